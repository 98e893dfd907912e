package eduscc.machine.cpu.tables;

import static eduscc.machine.cpu.tables.Hex.bytes;
import static eduscc.machine.cpu.tables.Hex.dump;
import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class SegmentDescriptorTest {

    @Test
    void barrelfishFlatRing0CodeIsTheBytesOfItsBootGdt() {
        SegmentDescriptor code = SegmentDescriptor.flatCode(0);
        assertEquals("ff ff 00 00 00 9a cf 00", dump(code.toBytes()));
        assertEquals(0x00CF9A000000FFFFL, code.encode());
        assertEquals(code, SegmentDescriptor.fromBytes(bytes("ff ff 00 00 00 9a cf 00"), 0));
        assertEquals(0, code.base());
        assertEquals(0xFFFFFFFFL, code.effectiveLimit(), "G=1 with limit 0xFFFFF covers 4 GB");
    }

    @Test
    void barrelfishFlatRing0DataWithAccessedSetIsTheBytesOfItsBootGdt() {
        SegmentDescriptor data = SegmentDescriptor.flatData(0).withAccessed();
        assertEquals("ff ff 00 00 00 93 cf 00", dump(data.toBytes()));
        SegmentDescriptor decoded = SegmentDescriptor.fromBytes(bytes("ff ff 00 00 00 93 cf 00"), 0);
        assertEquals(data, decoded);
        assertTrue(decoded.isAccessed());
        assertEquals(0, decoded.base());
        assertEquals(0xFFFFFFFFL, decoded.effectiveLimit());
    }

    @Test
    void eduOsUserSegmentsHaveAccessBytesFaAndF2() {
        assertEquals(0x9A, SegmentDescriptor.flatCode(0).accessByte());
        assertEquals(0x92, SegmentDescriptor.flatData(0).accessByte());
        assertEquals(0xFA, SegmentDescriptor.flatCode(3).accessByte());
        assertEquals(0xF2, SegmentDescriptor.flatData(3).accessByte());
        assertEquals(0xC, SegmentDescriptor.flatCode(3).flagsNibble(), "G=1 and D=1");
        assertEquals("ff ff 00 00 00 fa cf 00", dump(SegmentDescriptor.flatCode(3).toBytes()));
        assertEquals("ff ff 00 00 00 f2 cf 00", dump(SegmentDescriptor.flatData(3).toBytes()));
    }

    @Test
    void flatSegmentsStartWithTheAccessedBitClear() {
        assertFalse(SegmentDescriptor.flatCode(0).isAccessed());
        assertFalse(SegmentDescriptor.flatData(3).isAccessed());
    }

    @Test
    void baseAndLimitAreScatteredOverTheEightBytes() {
        SegmentDescriptor d = new SegmentDescriptor(0x12345678, 0xABCDE, DescriptorType.WRITABLE, true, 0, true,
                false, true, false);
        assertEquals("de bc 78 56 34 92 4a 12", dump(d.toBytes()));
        assertEquals(0xABCDE, d.effectiveLimit(), "G=0 counts bytes");
        assertEquals(d, SegmentDescriptor.decode(d.encode()));
    }

    @Test
    void fromBytesReadsTheEntryAtItsOffsetInATableImage() {
        byte[] gdt = new byte[24];
        System.arraycopy(SegmentDescriptor.flatCode(0).toBytes(), 0, gdt, 8, 8);
        System.arraycopy(SegmentDescriptor.flatData(0).toBytes(), 0, gdt, 16, 8);
        assertEquals(SegmentDescriptor.nullDescriptor(), SegmentDescriptor.fromBytes(gdt, 0));
        assertEquals(SegmentDescriptor.flatCode(0), SegmentDescriptor.fromBytes(gdt, Selector.of(0x08).tableOffset()));
        assertEquals(SegmentDescriptor.flatData(0), SegmentDescriptor.fromBytes(gdt, Selector.of(0x10).tableOffset()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SegmentDescriptor.fromBytes(gdt, 20));
        assertTrue(e.getMessage().contains("offset 20"), e.getMessage());
    }

    @Test
    void codeAndDataTypeBitsAnswerThePredicates() {
        SegmentDescriptor executeOnly = SegmentDescriptor.decode(0x00CF98000000FFFFL);
        assertTrue(executeOnly.isCode());
        assertFalse(executeOnly.isReadable(), "type 8 is execute-only");
        assertFalse(executeOnly.isWritable(), "code is never writable");

        SegmentDescriptor conforming = SegmentDescriptor.decode(0x00CF9E000000FFFFL);
        assertTrue(conforming.isConforming());
        assertTrue(conforming.isReadable());

        SegmentDescriptor readOnlyData = SegmentDescriptor.decode(0x00CF90000000FFFFL);
        assertTrue(readOnlyData.isData());
        assertTrue(readOnlyData.isReadable(), "data is always readable");
        assertFalse(readOnlyData.isWritable());

        SegmentDescriptor stack = SegmentDescriptor.decode(0x00CF96000000FFFFL);
        assertTrue(stack.isExpandDown());
        assertTrue(stack.isWritable());
        assertFalse(stack.isConforming(), "bit 2 of a data type is E, not C");
    }

    @Test
    void tssDescriptorWithMinimumLimitEncodesType9ByteGranular() {
        SegmentDescriptor tss = SegmentDescriptor.tss32(0x00105000, Tss32.MIN_LIMIT, 0);
        assertEquals("67 00 00 50 10 89 00 00", dump(tss.toBytes()));
        assertEquals(0x67, tss.effectiveLimit());
        assertTrue(tss.isTss());
        assertFalse(tss.isBusyTss());
        assertFalse(tss.isAccessed(), "bit 0 of a system type is not an accessed bit");
        assertFalse(tss.isCode() || tss.isData());
    }

    @Test
    void busyBitFlipsTssType9And0xB() {
        SegmentDescriptor available = SegmentDescriptor.tss32(0x00105000, 0x67, 0);
        SegmentDescriptor busy = available.withBusy(true);
        assertEquals(DescriptorType.TSS32_BUSY, busy.type());
        assertTrue(busy.isBusyTss());
        assertEquals(0x8B, busy.accessByte());
        assertEquals(available, busy.withBusy(false));
        assertEquals(busy, busy.withBusy(true), "setting busy twice changes nothing");
    }

    @Test
    void sixteenBitTssTypes1And3AreTssesToo() {
        SegmentDescriptor tss16 = new SegmentDescriptor(0x1000, 0x2B, DescriptorType.TSS16_AVAILABLE, false, 0, true,
                false, false, false);
        assertTrue(tss16.isTss());
        assertEquals(DescriptorType.TSS16_BUSY, tss16.withBusy(true).type());
    }

    @Test
    void ldtAndGateTypesAreRecognisedOnlyWithSClear() {
        assertTrue(SegmentDescriptor.ldt(0x2000, 0xFF).isLdt());
        for (int type : new int[] {4, 5, 6, 7, 0xC, 0xE, 0xF}) {
            SegmentDescriptor gate = new SegmentDescriptor(0, 0, type, false, 0, true, false, false, false);
            assertTrue(gate.isGate(), () -> "system type 0x" + Integer.toHexString(type) + " is a gate");
            assertFalse(gate.isTss());
        }
        SegmentDescriptor code = new SegmentDescriptor(0, 0, 0xE, true, 0, true, false, false, false);
        assertFalse(code.isGate(), "type 0xE with S=1 is conforming readable code");
    }

    @Test
    void busyAndAccessedRefuseTheWrongKindOfDescriptor() {
        IllegalStateException busy = assertThrows(IllegalStateException.class,
                () -> SegmentDescriptor.flatCode(0).withBusy(true));
        assertTrue(busy.getMessage().contains("code DPL0"), busy.getMessage());
        assertThrows(IllegalStateException.class, () -> SegmentDescriptor.tss32(0, 0x67, 0).withAccessed());
    }

    @Test
    void reservedLBitIsIgnoredOnDecodeAndWrittenAsZero() {
        long withL = 0x00EF9A000000FFFFL;
        SegmentDescriptor d = SegmentDescriptor.decode(withL);
        assertEquals(SegmentDescriptor.flatCode(0), d);
        assertEquals(0x00CF9A000000FFFFL, d.encode());
    }

    @Test
    void fieldsThatDoNotFitTheirBitsAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new SegmentDescriptor(0, 0x100000, 2, true, 0, true, false, true, true));
        assertThrows(IllegalArgumentException.class,
                () -> new SegmentDescriptor(0, 0, 0x10, true, 0, true, false, true, true));
        assertThrows(IllegalArgumentException.class, () -> SegmentDescriptor.flatCode(4));
    }

    @Test
    void describeGivesTheDebuggerLine() {
        assertEquals("code DPL0 base=0x00000000 limit=0xFFFFFFFF 32-bit R A present",
                SegmentDescriptor.flatCode(0).withAccessed().describe());
        assertEquals("data DPL3 base=0x00000000 limit=0xFFFFFFFF 32-bit W present",
                SegmentDescriptor.flatData(3).describe());
        assertEquals("32-bit TSS (busy) DPL0 base=0x00105000 limit=0x00000067 present",
                SegmentDescriptor.tss32(0x00105000, 0x67, 0).withBusy(true).describe());
        assertEquals("null", SegmentDescriptor.nullDescriptor().describe());
    }
}
