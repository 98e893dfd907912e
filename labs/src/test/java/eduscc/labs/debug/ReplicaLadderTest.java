package eduscc.labs.debug;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Where the replicas go, on a ladder of rungs 10 and 100 boundaries behind, worked by hand. */
class ReplicaLadderTest {
    private static final ReplicaLadder LADDER = new ReplicaLadder(10, 100);
    private static final int BOOT = ReplicaLadder.Job.NEW_BOOT;

    @Test
    void anEmptyLadderBootsForTheNearestRungFirst() {
        assertEquals(new ReplicaLadder.Job(BOOT, 990), LADDER.next(1000, new long[0]));
        // 990 holds the first rung (band 960..998); the second (band 600..975) still needs a boot
        assertEquals(new ReplicaLadder.Job(BOOT, 900), LADDER.next(1000, new long[] {990}));
        assertNull(LADDER.next(1000, new long[] {900, 990}), "both rungs held");
    }

    @Test
    void aStepForwardLeavesTheLadderStandingWhileItsReplicasStayInTheirBands() {
        assertNull(LADDER.next(1001, new long[] {900, 990}));
        assertNull(LADDER.next(1025, new long[] {900, 990}), "990 is 35 behind: still within 4 x 10");
        assertEquals(new ReplicaLadder.Job(1, 1031), LADDER.next(1041, new long[] {900, 990}),
            "51 behind is out of the first rung's band: the replica there moves up");
    }

    @Test
    void usingTheNearestReplicaMovesTheNextOneUpAndBootsOnlyForTheLast() {
        // stepped back from 1000 to 999 with the replica at 990: the one at 900 moves up to 989
        assertEquals(new ReplicaLadder.Job(0, 989), LADDER.next(999, new long[] {900}));
        assertEquals(new ReplicaLadder.Job(BOOT, 899), LADDER.next(999, new long[] {989}));
        assertNull(LADDER.next(999, new long[] {899, 989}));
    }

    @Test
    void rungsThatWouldLieBeforeTheBootAreLeftEmpty() {
        assertEquals(new ReplicaLadder.Job(BOOT, 40), LADDER.next(50, new long[0]));
        assertNull(LADDER.next(50, new long[] {40}), "100 behind 50 is before the boot: the boot itself is as near");
        assertNull(LADDER.next(10, new long[0]));
    }

    @Test
    void aFullLadderDropsItsSpareFarthestBehindBeforeBootingAgain() {
        // 995 holds the first rung; 100 lies in no band (600..975): it is the spare
        assertArrayEquals(new int[] {-1, 0}, LADDER.assign(1000, new long[] {100, 995}));
        assertEquals(0, LADDER.spareToDrop(1000, new long[] {100, 995}));
        assertEquals(-1, LADDER.spareToDrop(1000, new long[] {995}), "room for one more");
        assertEquals(new ReplicaLadder.Job(0, 900), LADDER.next(1000, new long[] {100, 995}),
            "the spare behind the second rung's place moves up rather than a new boot");
    }

    @Test
    void noneHasNoRungs() {
        assertEquals(0, ReplicaLadder.NONE.rungs());
        assertNull(ReplicaLadder.NONE.next(1_000_000, new long[0]));
    }
}
