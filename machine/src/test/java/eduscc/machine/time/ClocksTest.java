package eduscc.machine.time;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ClocksTest {

    @Test
    void standardClocksAreWholeNumbersOfSixteenthNanoseconds() {
        assertEquals(30, Clocks.unitsPerCycle(533));
        assertEquals(20, Clocks.unitsPerCycle(800));
        assertEquals(160, Clocks.unitsPerCycle(100));
        assertEquals(10, Clocks.unitsPerCycle(1600));
        assertEquals(128, Clocks.unitsPerCycle(125));
        assertEquals(Clocks.MESH_800_UNITS, Clocks.unitsPerCycle(800));
        assertEquals(Clocks.TIMESTAMP_125MHZ_UNITS, Clocks.unitsPerCycle(125));
        assertEquals(Clocks.TILE_533_UNITS, Clocks.unitsPerCycle(533));
    }

    @Test
    void everyDividerIsTenUnitsTimesNPlusOne() {
        for (int n = 1; n <= 15; n++) {
            Frequency f = new Frequency(n);
            assertEquals(10L * (n + 1), f.unitsPerCycle(), f.toString());
            assertEquals(f.unitsPerCycle(), Clocks.unitsPerCycle(f.mhz()), f.toString());
            assertEquals(f, Frequency.ofMhz(f.mhz()));
            assertEquals(7 * (n + 1), f.tileRatio());
        }
    }

    @Test
    void gcbcfgResetValueSelects533MhzWithRatio21() {
        Frequency f = Frequency.ofGcbcfg(0x00A8E2FF);
        assertEquals(Frequency.TILE_533, f);
        assertEquals(533, f.mhz());
        assertEquals(21, f.tileRatio());
        assertEquals(f.tileRatio(), (0x00A8E2FF >>> 19) & 0x7F, "bits 25:19 of the reset value");
    }

    @Test
    void frequenciesThatAreNotSccClocksAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Clocks.unitsPerCycle(333));
        assertThrows(IllegalArgumentException.class, () -> Clocks.unitsPerCycle(0));
        assertThrows(IllegalArgumentException.class, () -> Frequency.ofMhz(125));
        assertThrows(IllegalArgumentException.class, () -> new Frequency(0));
        assertThrows(IllegalArgumentException.class, () -> new Frequency(16));
    }
}
