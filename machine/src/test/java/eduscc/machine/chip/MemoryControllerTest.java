package eduscc.machine.chip;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MemoryControllerTest {

    private static List<Integer> pids(int firstFrom, int firstTo, int secondFrom, int secondTo) {
        List<Integer> pids = new ArrayList<>();
        IntStream.rangeClosed(firstFrom, firstTo).forEach(pids::add);
        IntStream.rangeClosed(secondFrom, secondTo).forEach(pids::add);
        return pids;
    }

    private static List<Integer> servedBy(MemoryController mc) {
        return CoreId.all().stream().filter(c -> MemoryController.serving(c) == mc).map(CoreId::pid).toList();
    }

    @Test
    void eachControllerServesTheQuadrantListedInTheFacts() {
        assertEquals(pids(0, 5, 12, 17), servedBy(MemoryController.MC0));
        assertEquals(pids(6, 11, 18, 23), servedBy(MemoryController.MC1));
        assertEquals(pids(24, 29, 36, 41), servedBy(MemoryController.MC2));
        assertEquals(pids(30, 35, 42, 47), servedBy(MemoryController.MC3));
    }

    @Test
    void controllersSitOnTheCornerColumnsWestAndEast() {
        assertEquals(0x00, MemoryController.MC0.tile().route());
        assertEquals(SubDestination.PERIW, MemoryController.MC0.port());
        assertEquals(0x05, MemoryController.MC1.tile().route());
        assertEquals(SubDestination.PERIE, MemoryController.MC1.port());
        assertEquals(0x20, MemoryController.MC2.tile().route());
        assertEquals(SubDestination.PERIW, MemoryController.MC2.port());
        assertEquals(0x25, MemoryController.MC3.tile().route());
        assertEquals(SubDestination.PERIE, MemoryController.MC3.port());
        assertEquals(MemoryController.MC3, MemoryController.at(new TileId(5, 2), SubDestination.PERIE));
        assertNull(MemoryController.at(new TileId(5, 2), SubDestination.PERIW));
    }

    @Test
    void coreSlotCountsTheControllersCoresInPidOrder() {
        for (MemoryController mc : MemoryController.values()) {
            List<Integer> served = servedBy(mc);
            for (int k = 0; k < served.size(); k++) {
                assertEquals(k, mc.coreSlot(new CoreId(served.get(k))), mc + " core " + served.get(k));
            }
        }
        assertEquals(6, MemoryController.MC0.coreSlot(new CoreId(12)));
        assertEquals(11, MemoryController.MC3.coreSlot(new CoreId(47)));
    }

    @Test
    void coreSlotRejectsACoreOfAnotherController() {
        assertThrows(IllegalArgumentException.class, () -> MemoryController.MC0.coreSlot(new CoreId(6)));
    }

    @Test
    void systemInterfaceIsTheSouthPortOfTileThreeZero() {
        assertEquals(0x03, SystemInterface.TILE.route());
        assertEquals(SubDestination.PERIS, SystemInterface.PORT);
    }
}
