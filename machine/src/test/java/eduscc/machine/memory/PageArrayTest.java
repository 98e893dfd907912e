package eduscc.machine.memory;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PageArrayTest {

    private final PageArray pages = new PageArray();

    @Test
    void aPageNobodyWroteDoesNotExist() {
        assertNull(pages.page(0));
        assertNull(pages.page(PageArray.PAGES - 1));
        assertEquals(0, pages.count());
        assertArrayEquals(new long[0], pages.pageNumbers());
    }

    @Test
    void aWrittenPageStartsAsZerosAndIsMadeOnce() {
        byte[] page = pages.pageForWrite(0x123);
        assertArrayEquals(new byte[4096], page);
        page[7] = 42;
        assertSame(page, pages.pageForWrite(0x123));
        assertSame(page, pages.page(0x123));
        assertEquals(1, pages.count());
    }

    @Test
    void pagesEitherSideOfASixteenMegabyteSlotAreApart() {
        byte[] lastOfSlot0 = pages.pageForWrite(0xFFF);
        byte[] firstOfSlot1 = pages.pageForWrite(0x1000);
        assertNotSame(lastOfSlot0, firstOfSlot1);
        assertNull(pages.page(0xFFE));
        assertNull(pages.page(0x1001));
        assertArrayEquals(new long[] {0xFFF, 0x1000}, pages.pageNumbers());
    }

    @Test
    void theTopOfTheFourGigabyteSpaceAndThePageAboveItAreDifferentPages() {
        byte[] below4G = pages.pageForWrite(0xF_FFFF);
        byte[] at4G = pages.pageForWrite(0x10_0000);
        assertNotSame(below4G, at4G, "page numbers are not cut to 32-bit addresses");
        assertNull(pages.page(0));
        assertArrayEquals(new long[] {0xF_FFFF, 0x10_0000}, pages.pageNumbers());
    }

    @Test
    void theLastPageOfTheThirtyFourBitSpaceExistsAndTheNextIsAnError() {
        pages.pageForWrite(PageArray.PAGES - 1)[4095] = 1;
        assertEquals(1, pages.page(PageArray.PAGES - 1)[4095]);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> pages.page(PageArray.PAGES));
        assertEquals("DRAM address 0x400000000 is beyond the 34-bit space of a memory controller", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> pages.pageForWrite(-1));
    }

    @Test
    void pagesAreListedInAddressOrderWhateverOrderTheyWereWrittenIn() {
        for (long n : new long[] {0x30_0000, 0x5, 0x2_0001, 0x1}) {
            pages.pageForWrite(n);
        }
        assertArrayEquals(new long[] {0x1, 0x5, 0x2_0001, 0x30_0000}, pages.pageNumbers());
        pages.clear();
        assertEquals(0, pages.count());
        assertNull(pages.page(0x5));
    }
}
