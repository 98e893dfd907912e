package eduscc.kernel.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The messaging figures come from the cost table: an MPB read costs the measured latency of its hop count and its MOV. */
class MessagingBenchmarkTest {
    @Test
    void anMpbReadCostsTheTableOfItsHopCountPlusItsOwnClock() {
        List<Long> measuredOnTheChip = List.of(20L, 63L, 69L, 72L, 78L, 84L, 90L, 96L, 102L);
        List<Long> model = MessagingBenchmark.mpbReadByHops();
        for (int hops = 0; hops < measuredOnTheChip.size(); hops++) {
            assertEquals(measuredOnTheChip.get(hops) + 1, model.get(hops), hops + " hops: facts A.4's read plus MOV's 1 cycle");
        }
    }

    @Test
    void aRoundTripGrowsWithDistanceAndSize() {
        long sameTile = MessagingBenchmark.pingPong(0, 1, 32);
        long corners = MessagingBenchmark.pingPong(0, 47, 32);
        assertEquals(588, sameTile, "two cores of tile (0,0)");
        assertEquals(1072, corners, "tile (0,0) to tile (5,3), 8 hops");
    }

    @Test
    void aBarrierOfMoreCoresTakesLonger() {
        assertEquals(164, MessagingBenchmark.barrier(2));
        assertEquals(1172, MessagingBenchmark.barrier(8));
    }
}
