package eduscc.machine.chip;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CoreIdTest {

    @Test
    void pidIsTwelveYPlusTwoXPlusZForEveryCore() {
        int seen = 0;
        for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 6; x++) {
                for (int z = 0; z < 2; z++) {
                    CoreId core = CoreId.of(x, y, z);
                    assertEquals(12 * y + 2 * x + z, core.pid(), "x=" + x + " y=" + y + " z=" + z);
                    assertEquals(x, core.x(), core.toString());
                    assertEquals(y, core.y(), core.toString());
                    assertEquals(z, core.z(), core.toString());
                    assertEquals(new TileId(x, y), core.tile(), core.toString());
                    assertEquals(core.tile().index() * 2 + z, core.pid());
                    seen++;
                }
            }
        }
        assertEquals(48, seen);
    }

    @Test
    void allListsFortyEightCoresInPidOrder() {
        assertEquals(48, CoreId.all().size());
        for (int pid = 0; pid < 48; pid++) {
            assertEquals(pid, CoreId.all().get(pid).pid());
        }
    }

    @Test
    void myTileIdPacksYIntoBits10To7XInto6To3ZInto2To0() {
        CoreId core47 = new CoreId(47);
        assertEquals(5, core47.x());
        assertEquals(3, core47.y());
        assertEquals(1, core47.z());
        assertEquals((3 << 7) | (5 << 3) | 1, core47.myTileId());
        assertEquals(0, new CoreId(0).myTileId());
        assertEquals((3 << 3) | 1, new CoreId(7).myTileId()); // core 7 is (3,0) z=1
        assertEquals(1 << 7, new CoreId(12).myTileId());
    }

    @Test
    void pidOutsideTheChipIsRejectedWithTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new CoreId(48));
        assertTrue(e.getMessage().contains("48"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CoreId.of(-1));
        assertThrows(IllegalArgumentException.class, () -> CoreId.of(new TileId(0, 0), 2));
    }

    @Test
    void printsAsCoreAndPid() {
        assertEquals("core 7", new CoreId(7).toString());
    }

    @Test
    void subDestinationCodesRoundTripAndPeripheralPortsAreFourToSeven() {
        for (SubDestination d : SubDestination.values()) {
            assertEquals(d, SubDestination.ofCode(d.code()));
        }
        assertEquals(2, SubDestination.CRB.code());
        assertEquals(3, SubDestination.MPB.code());
        assertEquals(4, SubDestination.PERIE.code());
        assertEquals(5, SubDestination.PERIS.code());
        assertEquals(6, SubDestination.PERIW.code());
        assertEquals(7, SubDestination.PERIN.code());
        assertThrows(IllegalArgumentException.class, () -> SubDestination.ofCode(8));
    }
}
