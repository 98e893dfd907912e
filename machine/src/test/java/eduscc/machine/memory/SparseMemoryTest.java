package eduscc.machine.memory;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SparseMemoryTest {

    @Test
    void untouchedMemoryReadsZeroWithoutAllocating() {
        SparseMemory m = new SparseMemory();
        assertEquals(0, m.read32(0x1234_5678L));
        assertEquals(0, m.read8(0x3_FFFF_FFFFL));
        byte[] buf = {1, 2, 3};
        m.readBytes(0x10_0000L, buf, 0, 3);
        assertArrayEquals(new byte[3], buf);
        assertEquals(0, m.pagesAllocated());
    }

    @Test
    void valuesAreStoredLittleEndian() {
        SparseMemory m = new SparseMemory();
        m.write32(0x100, 0x11223344);
        assertEquals(0x44, m.read8(0x100));
        assertEquals(0x33, m.read8(0x101));
        assertEquals(0x22, m.read8(0x102));
        assertEquals(0x11, m.read8(0x103));
        assertEquals(0x3344, m.read16(0x100));
        m.write16(0x102, 0xBEEF);
        assertEquals(0xBEEF3344, m.read32(0x100));
        assertEquals(1, m.pagesAllocated());
    }

    @Test
    void accessesMayStraddleAPageBoundary() {
        SparseMemory m = new SparseMemory();
        m.write32(0x0FFE, 0xCAFEBABE);
        assertEquals(0xCAFEBABE, m.read32(0x0FFE));
        assertEquals(0xBABE, m.read16(0x0FFE));
        assertEquals(0xCAFE, m.read16(0x1000));
        assertEquals(2, m.pagesAllocated());
    }

    @Test
    void bulkCopiesCrossPagesAndReadUntouchedPagesAsZero() {
        SparseMemory m = new SparseMemory();
        byte[] data = new byte[6000];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 7);
        }
        m.writeBytes(0x2F00, data, 0, data.length);
        assertEquals(3, m.pagesAllocated(), "0x2F00..0x466F touches pages 2, 3 and 4");
        byte[] back = new byte[data.length + 16];
        m.readBytes(0x2F00 - 16, back, 0, back.length);
        for (int i = 0; i < 16; i++) {
            assertEquals(0, back[i]);
        }
        for (int i = 0; i < data.length; i++) {
            assertEquals(data[i], back[16 + i], "byte " + i);
        }
    }

    @Test
    void pagesAreListedInAddressOrderAndClearForgetsThem() {
        SparseMemory m = new SparseMemory();
        m.write8(0x3_0000_0000L, 1);
        m.write8(0x5000, 2);
        m.write8(0x1000, 3);
        assertArrayEquals(new long[] {0x1000, 0x5000, 0x3_0000_0000L}, m.allocatedPages());
        assertEquals(1, m.read8(0x3_0000_0000L));
        m.clear();
        assertEquals(0, m.pagesAllocated());
        assertEquals(0, m.read8(0x5000));
    }

    @Test
    void aValueStraddlingTheFourGigabyteLineSplitsAcrossTwoPages() {
        SparseMemory m = new SparseMemory();
        m.write32(0xFFFF_FFFEL, 0xCAFEBABE);
        assertEquals(0xBABE, m.read16(0xFFFF_FFFEL));
        assertEquals(0xCAFE, m.read16(0x1_0000_0000L));
        assertEquals(0, m.read16(0x0000_0000L), "no wrap to address 0");
        assertArrayEquals(new long[] {0xFFFF_F000L, 0x1_0000_0000L}, m.allocatedPages());
    }

    @Test
    void theTopOfTheThirtyFourBitSpaceHoldsDataAndBeyondItIsAnError() {
        SparseMemory m = new SparseMemory();
        m.write32(0x3_FFFF_FFFCL, 0x01020304);
        assertEquals(0x01020304, m.read32(0x3_FFFF_FFFCL));
        assertEquals(0x01, m.read8(0x3_FFFF_FFFFL));
        assertThrows(IllegalArgumentException.class, () -> m.write8(0x4_0000_0000L, 1));
        assertThrows(IllegalArgumentException.class, () -> m.read32(0x4_0000_0000L));
    }

    /** The count the translation shortcuts watch: writes to marked pages, by every path, and a clear. */
    @Test
    void writesToAPageMarkedAsAPagingStructureAreCountedByEveryPath() {
        FrameChanges changes = new FrameChanges();
        SparseMemory m = new SparseMemory(changes);
        m.write32(0x5000, 1);
        m.write32(0x6000, 1);
        m.markPagingStructure(0x5FFF);
        long before = changes.count();
        m.write32(0x6000, 2);
        m.writeBytes(0x6010, new byte[] {1, 2}, 0, 2);
        m.writtenDirectly(0x6FFF);
        assertEquals(before, changes.count(), "writes to an unmarked page change nothing the shortcuts watch");
        m.write8(0x5000, 1);
        m.write16(0x5002, 1);
        m.write32(0x5004, 1);
        m.writeBytes(0x5FFF, new byte[] {1, 2}, 0, 2);                 // into the marked page, then the next
        m.writtenDirectly(0x5800);
        m.write32(0x4FFE, 0x01020304);                                 // straddles into the marked page
        assertEquals(before + 7, changes.count(), "byte, word, dword, copy, direct write, and the straddling dword's two bytes in the page");
        m.clear();
        assertEquals(before + 8, changes.count(), "a clear is a change");
        m.write32(0x5000, 1);
        assertEquals(before + 8, changes.count(), "and forgets the marks");
    }
}
