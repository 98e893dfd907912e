package eduscc.machine.cpu.tables;

import static eduscc.machine.cpu.tables.Hex.bytes;
import static eduscc.machine.cpu.tables.Hex.dump;
import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class TableRegisterTest {

    @Test
    void lgdtWith32BitOperandLoadsTheFullBase() {
        TableRegister gdtr = TableRegister.fromPseudoDescriptor(bytes("27 00 00 50 34 12"), 0, true);
        assertEquals(new TableRegister(0x12345000, 0x27), gdtr);
    }

    @Test
    void lgdtWith16BitOperandDropsBaseBits31To24() {
        TableRegister gdtr = TableRegister.fromPseudoDescriptor(bytes("27 00 00 50 34 12"), 0, false);
        assertEquals(new TableRegister(0x00345000, 0x27), gdtr);
        assertEquals(0x00345000, TableRegister.fromPseudoDescriptor(0x1234_5000_0027L, false).base());
    }

    @Test
    void sgdtStoresLimitThenBaseLittleEndian() {
        TableRegister idtr = new TableRegister(0xC0105000, 0x7FF);
        assertEquals("ff 07 00 50 10 c0", dump(idtr.toPseudoDescriptorBytes()));
        assertEquals(idtr, TableRegister.fromPseudoDescriptor(idtr.toPseudoDescriptor(), true));
    }

    @Test
    void anEntryIsInsideOnlyIfItsLastByteIsWithinTheLimit() {
        TableRegister gdtr = new TableRegister(0x1000, 0x27);
        assertTrue(gdtr.contains(0x20), "entry 4 ends at 0x27");
        assertFalse(gdtr.contains(0x28), "entry 5 starts past the limit");
        assertTrue(gdtr.containsIndex(4));
        assertFalse(gdtr.containsIndex(5));
        assertFalse(new TableRegister(0x1000, 0x26).containsIndex(4), "a limit of 0x26 cuts entry 4 short");
        assertFalse(gdtr.containsIndex(Integer.MAX_VALUE), "no overflow into a small offset");
        assertEquals(5, gdtr.entryCount());
    }

    @Test
    void syscallVectorNeedsAnIdtLimitOfAtLeast0x407() {
        assertFalse(new TableRegister(0, 0x3FF).containsIndex(0x80));
        assertTrue(new TableRegister(0, 0x407).containsIndex(0x80));
    }

    @Test
    void entryAddressIsBasePlusEightTimesIndex() {
        TableRegister idtr = new TableRegister(0x00106000, 0x7FF);
        assertEquals(0x00106400, idtr.entryAddress(0x80));
        assertEquals(0x00106018, new TableRegister(0x00106000, 0x27).entryAddress(Selector.of(0x1B).index()));
    }

    @Test
    void resetStateIsBase0Limit0xFFFF() {
        assertEquals(new TableRegister(0, 0xFFFF), TableRegister.RESET);
        assertThrows(IllegalArgumentException.class, () -> new TableRegister(0, 0x10000));
    }
}
