package eduscc.machine.cpu.tables;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class SelectorTest {

    @Test
    void eduOsGdtSelectorsDecodeToIndexTableAndRpl() {
        assertEquals(new Selector(1, Selector.Table.GDT, 0), Selector.of(0x08), "kernel code");
        assertEquals(new Selector(2, Selector.Table.GDT, 0), Selector.of(0x10), "kernel data");
        assertEquals(new Selector(3, Selector.Table.GDT, 3), Selector.of(0x1B), "user code");
        assertEquals(new Selector(4, Selector.Table.GDT, 3), Selector.of(0x23), "user data");
    }

    @Test
    void tableIndicatorBitSelectsTheLdt() {
        Selector s = Selector.of(0x0F);
        assertEquals(1, s.index());
        assertEquals(Selector.Table.LDT, s.table());
        assertEquals(3, s.rpl());
    }

    @Test
    void valueReassemblesEverySixteenBitSelector() {
        for (int value = 0; value <= 0xFFFF; value++) {
            assertEquals(value, Selector.of(value).value(), () -> "selector round trip");
        }
    }

    @Test
    void tableOffsetIsIndexTimesEight() {
        assertEquals(0x18, Selector.of(0x1B).tableOffset());
    }

    @Test
    void nullSelectorIgnoresRplButNotTheTableIndicator() {
        assertTrue(Selector.of(0x0000).isNull());
        assertTrue(Selector.of(0x0003).isNull(), "RPL does not matter for the null selector");
        assertFalse(Selector.of(0x0004).isNull(), "LDT entry 0 is an ordinary selector");
        assertFalse(Selector.of(0x0008).isNull());
    }

    @Test
    void toStringShowsValueTableIndexAndRpl() {
        assertEquals("0x1B (GDT[3], RPL 3)", Selector.of(0x1B).toString());
        assertEquals("0x08 (GDT[1], RPL 0)", Selector.of(0x08).toString());
        assertEquals("0x0C (LDT[1], RPL 0)", Selector.of(0x0C).toString());
    }

    @Test
    void valuesOutsideSixteenBitsAreRejectedWithTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Selector.of(0x10000));
        assertTrue(e.getMessage().contains("0x10000"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Selector(1, Selector.Table.GDT, 4));
        assertThrows(IllegalArgumentException.class, () -> new Selector(0x2000, Selector.Table.GDT, 0));
    }
}
