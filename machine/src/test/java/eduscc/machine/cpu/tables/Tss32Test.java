package eduscc.machine.cpu.tables;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class Tss32Test {

    /** Every field holds a value that names its own offset: 0xE00000oo for dwords, 0x10oo for words. */
    private static final Tss32 SELF_NAMING = new Tss32(0x1000, 0xE0000004, 0x1008, 0xE000000C, 0x1010,
            0xE0000014, 0x1018, 0xE000001C, 0xE0000020, 0xE0000024, 0xE0000028, 0xE000002C, 0xE0000030,
            0xE0000034, 0xE0000038, 0xE000003C, 0xE0000040, 0xE0000044,
            0x1048, 0x104C, 0x1050, 0x1054, 0x1058, 0x105C, 0x1060, true, 0x0068);

    private static final int[] DWORD_FIELDS = {Tss32.ESP0, Tss32.ESP1, Tss32.ESP2, Tss32.CR3, Tss32.EIP,
            Tss32.EFLAGS, Tss32.EAX, Tss32.ECX, Tss32.EDX, Tss32.EBX, Tss32.ESP, Tss32.EBP, Tss32.ESI, Tss32.EDI};
    private static final int[] WORD_FIELDS = {Tss32.LINK, Tss32.SS0, Tss32.SS1, Tss32.SS2, Tss32.ES, Tss32.CS,
            Tss32.SS, Tss32.DS, Tss32.FS, Tss32.GS, Tss32.LDT};

    private static int wordAt(byte[] b, int offset) {
        return (b[offset] & 0xFF) | (b[offset + 1] & 0xFF) << 8;
    }

    private static int dwordAt(byte[] b, int offset) {
        return wordAt(b, offset) | wordAt(b, offset + 2) << 16;
    }

    @Test
    void offsetsFollowTheSdmLayout() {
        assertArrayEquals(new int[] {0x04, 0x0C, 0x14, 0x1C, 0x20, 0x24, 0x28, 0x2C, 0x30, 0x34, 0x38, 0x3C, 0x40, 0x44},
                DWORD_FIELDS);
        assertArrayEquals(new int[] {0x00, 0x08, 0x10, 0x18, 0x48, 0x4C, 0x50, 0x54, 0x58, 0x5C, 0x60}, WORD_FIELDS);
        assertEquals(0x64, Tss32.TRAP);
        assertEquals(0x66, Tss32.IOMAP);
        assertEquals(104, Tss32.SIZE);
        assertEquals(0x67, Tss32.MIN_LIMIT);
    }

    @Test
    void everyFieldLandsAtItsOffset() {
        byte[] image = SELF_NAMING.toBytes();
        assertEquals(Tss32.SIZE, image.length);
        for (int offset : DWORD_FIELDS) {
            assertEquals(0xE0000000 | offset, dwordAt(image, offset), "dword field at 0x" + Integer.toHexString(offset));
        }
        for (int offset : WORD_FIELDS) {
            assertEquals(0x1000 | offset, wordAt(image, offset), "word field at 0x" + Integer.toHexString(offset));
            assertEquals(0, wordAt(image, offset + 2), "reserved half above 0x" + Integer.toHexString(offset));
        }
        assertEquals(1, wordAt(image, Tss32.TRAP), "T flag is bit 0 of the word at 0x64");
        assertEquals(0x0068, wordAt(image, Tss32.IOMAP));
    }

    @Test
    void bytesRoundTripFromAnyOffsetInMemory() {
        byte[] memory = new byte[0x200];
        System.arraycopy(SELF_NAMING.toBytes(), 0, memory, 0x100, Tss32.SIZE);
        assertEquals(SELF_NAMING, Tss32.fromBytes(memory, 0x100));
    }

    @Test
    void reservedBitsAreIgnoredWhenReading() {
        byte[] image = SELF_NAMING.toBytes();
        image[Tss32.CS + 2] = (byte) 0xFF;
        image[Tss32.LINK + 3] = (byte) 0xFF;
        image[Tss32.TRAP] |= (byte) 0xFE;
        assertEquals(SELF_NAMING, Tss32.fromBytes(image, 0));
    }

    @Test
    void truncatedImageIsRejectedWithItsOffset() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Tss32.fromBytes(new byte[Tss32.SIZE], 4));
        assertTrue(e.getMessage().contains("offset 4"), e.getMessage());
    }

    @Test
    void savingDynamicStateLeavesStaticFieldsAlone() {
        Tss32.DynamicState cpu = new Tss32.DynamicState(0x00101000, 0x202, 1, 2, 3, 4, 0x8000, 0x7FF0, 5, 6,
                0x23, 0x1B, 0x23, 0x23, 0x23, 0x23);
        Tss32 saved = SELF_NAMING.withDynamicState(cpu);
        assertEquals(cpu, saved.dynamicState());
        byte[] before = SELF_NAMING.toBytes();
        byte[] after = saved.toBytes();
        assertArrayEquals(Arrays.copyOfRange(before, 0, Tss32.EIP), Arrays.copyOfRange(after, 0, Tss32.EIP),
                "link, SSn:ESPn and CR3 must not be written by step 8");
        assertArrayEquals(Arrays.copyOfRange(before, Tss32.LDT, Tss32.SIZE), Arrays.copyOfRange(after, Tss32.LDT, Tss32.SIZE),
                "LDT, T and I/O map base must not be written by step 8");
    }

    @Test
    void dynamicStateBytesAreTheSliceFromEipToGs() {
        Tss32.DynamicState state = SELF_NAMING.dynamicState();
        assertEquals(0x20, Tss32.DynamicState.OFFSET);
        assertEquals(0x40, Tss32.DynamicState.SIZE);
        assertArrayEquals(Arrays.copyOfRange(SELF_NAMING.toBytes(), 0x20, 0x60), state.toBytes());
    }

    @Test
    void withEflagsChangesOnlyTheSavedFlags() {
        int nt = 1 << 14;
        Tss32.DynamicState state = SELF_NAMING.dynamicState();
        Tss32.DynamicState cleared = state.withEflags(state.eflags() & ~nt);
        assertEquals(0xE0000024 & ~nt, cleared.eflags());
        assertEquals(state, cleared.withEflags(state.eflags()));
    }

    @Test
    void withLinkWritesOnlyThePreviousTaskLink() {
        Tss32 linked = SELF_NAMING.withLink(0x30);
        assertEquals(0x30, linked.link());
        byte[] before = SELF_NAMING.toBytes();
        byte[] after = linked.toBytes();
        assertEquals(0x30, wordAt(after, Tss32.LINK));
        assertArrayEquals(Arrays.copyOfRange(before, 2, Tss32.SIZE), Arrays.copyOfRange(after, 2, Tss32.SIZE));
    }

    @Test
    void sixteenBitFieldThatDoesNotFitIsRejectedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Tss32(0, 0, 0x10000, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, false, 0));
        assertTrue(e.getMessage().contains("ss0"), e.getMessage());
    }

    @Test
    void describeShowsStaticFieldsThenRegisters() {
        String[] lines = SELF_NAMING.describe().split("\n");
        assertEquals(6, lines.length);
        assertTrue(lines[0].contains("CR3 0xE000001C") && lines[0].contains("T=1"), lines[0]);
        assertTrue(lines[1].contains("ring 0 stack 1008:E0000004"), lines[1]);
        assertTrue(lines[5].startsWith("CS 104C  SS 1050"), lines[5]);
    }
}
