package eduscc.machine.cost;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class MeshLatencyTest {

    @Test
    void mpbReadCostDependsOnTheOffsetNotItsSign() {
        assertEquals(20, MeshLatency.mpbRead(0, 0));
        assertEquals(102, MeshLatency.mpbRead(5, 3));
        assertEquals(102, MeshLatency.mpbRead(-5, -3));
        assertEquals(72, MeshLatency.mpbRead(3, 0));
        assertEquals(72, MeshLatency.mpbRead(0, 3));
    }

    @Test
    void mpbLineWriteTableIsTheMeasuredOne() {
        assertEquals(39, MeshLatency.mpbLineWrite(0, 0));
        assertEquals(119, MeshLatency.mpbLineWrite(5, 3));
        assertEquals(89, MeshLatency.mpbLineWrite(2, 1)); // row y=1, column x=2
        assertEquals(89, MeshLatency.mpbLineWrite(1, 2)); // row y=2, column x=1
    }

    @Test
    void dramCostsAreTheMeasuredValuesAtTheMeasuredHopCounts() {
        assertArrayEquals(new int[] {0, 2, 5, 7}, MeshLatency.dramMeasuredHops());
        int[] reads = {97, 105, 121, 134};
        int[] writes = {779, 843, 972, 1069};
        int[] mpbt = {122, 134, 146, 158};
        int[] hops = MeshLatency.dramMeasuredHops();
        for (int i = 0; i < hops.length; i++) {
            assertEquals(reads[i], MeshLatency.dramRead(hops[i]), hops[i] + " hops");
            assertEquals(writes[i], MeshLatency.dramLineWrite(hops[i]), hops[i] + " hops");
            assertEquals(mpbt[i], MeshLatency.dramMpbtLineWrite(hops[i]), hops[i] + " hops");
        }
    }

    @Test
    void dramCostsBetweenMeasuredHopCountsAreInterpolatedAndRounded() {
        assertEquals(101, MeshLatency.dramRead(1));  // 97 + 8/2
        assertEquals(110, MeshLatency.dramRead(3));  // 105 + 16/3 = 110.3
        assertEquals(116, MeshLatency.dramRead(4));  // 105 + 32/3 = 115.7
        assertEquals(128, MeshLatency.dramRead(6));  // 127.5 rounds up
        assertEquals(141, MeshLatency.dramRead(8));  // 134 + 6.5, extrapolated
    }

    @Test
    void eightDwordSharesOfALineAddUpToTheMeasuredLineCost() {
        for (int line : new int[] {39, 84, 101, 119, 779, 1069}) {
            int sum = 0;
            for (int p = 0; p < 8; p++) {
                sum += MeshLatency.dwordShareOfLine(line, p);
            }
            assertEquals(line, sum, "line cost " + line);
        }
    }

    @Test
    void ipiFiguresAreTheMeasuredOnes() {
        assertEquals(612, MeshLatency.IPI_DELIVERY_AND_TRAP);
        assertEquals(8746, MeshLatency.IPI_ROUND_TRIP);
    }
}
