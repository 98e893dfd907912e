package eduscc.machine.memory;

import eduscc.machine.chip.SubDestination;
import eduscc.machine.chip.TileId;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LutEntryTest {

    @Test
    void encodesAddressSubdestXAndYAtTheirBitPositions() {
        LutEntry e = new LutEntry(0x12, SubDestination.PERIE, new TileId(5, 2), false);
        assertEquals((2 << 17) | (5 << 13) | (4 << 10) | 0x12, e.encode());
        assertEquals(0x25, (e.encode() >>> 13) & 0xFF, "bits 20:13 are the route byte");
    }

    @Test
    void bypassIsBit21() {
        LutEntry e = new LutEntry(0, SubDestination.CORE0, new TileId(0, 0), true);
        assertEquals(1 << 21, e.encode());
    }

    @Test
    void decodeInvertsEncodeForEveryRouteAndSubdestination() {
        for (TileId tile : TileId.all()) {
            for (SubDestination d : SubDestination.values()) {
                for (int bits : new int[] {0, 0x29, 0x1EC, 0x3FF}) {
                    LutEntry e = new LutEntry(bits, d, tile, bits == 0x29);
                    assertEquals(e, LutEntry.decode(e.encode()), e.toString());
                }
            }
        }
    }

    @Test
    void decodeRejectsReservedBitsNamingTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LutEntry.decode(0x0040_0000));
        assertTrue(e.getMessage().contains("0x00400000"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> LutEntry.decode(0x8000_0000));
    }

    @Test
    void decodeRejectsARouteOutsideTheMesh() {
        assertThrows(IllegalArgumentException.class, () -> LutEntry.decode(6 << 13));
        assertThrows(IllegalArgumentException.class, () -> LutEntry.decode(4 << 17));
    }

    @Test
    void addressBitsAreTenBits() {
        assertThrows(IllegalArgumentException.class,
                () -> new LutEntry(0x400, SubDestination.MPB, new TileId(0, 0), false));
    }

    @Test
    void systemAddressIsSlotAboveTheLow24PhysicalBits() {
        LutEntry e = new LutEntry(0x1EC, SubDestination.PERIW, new TileId(0, 2), false);
        SystemAddress a = SystemAddress.of(e, 0x82123456);
        assertEquals(0x1EC_123456L, a.address());
        assertEquals(0x1EC, a.slot());
        assertEquals(new TileId(0, 2), a.tile());
        assertEquals(SubDestination.PERIW, a.subdest());
        long expected = (2L << 41) | (0L << 37) | (6L << 34) | 0x1EC_123456L;
        assertEquals(expected, a.encode());
        assertEquals("(0,2)/PERIW:0x1ec123456", a.toString());
    }
}
