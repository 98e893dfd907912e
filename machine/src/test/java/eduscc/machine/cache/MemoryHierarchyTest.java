package eduscc.machine.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Hand-computed access sequences through one core's caches. Every line fill costs {@link #FILL}
 * (own private DRAM on the tile of MC0, 97 [BF-TN]); an L2 hit 10; a write to memory is
 * outstanding 100 cycles. L1D: 16 KB, 4 ways, 32-byte lines = 128 sets, so lines 4 KB apart
 * share a set; the L2's sets are 64 KB apart.
 */
class MemoryHierarchyTest {
    private static final int FILL = 97;
    private final MemoryHierarchy caches = new MemoryHierarchy(physical -> FILL);
    private final CacheCounters counters = caches.counters();

    private int read(int physical, long now) {
        return caches.read(physical, 4, false, false, now);
    }

    @Test
    void aReadMissFillsL1AndL2AndTheNextReadHits() {
        assertEquals(FILL, read(0x1000, 0), "L1 and L2 miss: one line fill from DRAM");
        assertEquals(0, read(0x1004, 0), "the same 32-byte line: an L1 hit costs nothing extra");
        assertEquals(1, counters.misses(Level.L1D));
        assertEquals(1, counters.hits(Level.L1D));
        assertEquals(1, counters.misses(Level.L2));
        assertTrue(caches.of(Level.L2).contains(0x1000 >>> 5));
    }

    @Test
    void aFifthLineInOneSetEvictsTheLeastRecentlyUsedAndItComesBackFromL2() {
        for (int line = 0; line < 4; line++) {
            read(line * 0x1000, 0);
        }
        assertEquals(0, read(0x0000, 0), "line 0 is touched again: now the most recently used");
        assertEquals(FILL, read(0x4000, 0), "a fifth line in set 0");
        SetAssociativeCache l1d = caches.of(Level.L1D);
        assertFalse(l1d.contains(0x1000 >>> 5), "0x1000 was the least recently used and is evicted");
        assertTrue(l1d.contains(0x0000 >>> 5), "0x0000 stays");
        assertEquals(10, read(0x1000, 0), "the evicted line still sits in L2: an L2 hit");
        assertEquals(1, counters.hits(Level.L2));
    }

    @Test
    void aWriteMissAllocatesNothingAndTheNextMissWaitsForIt() {
        assertEquals(0, caches.write(0x2000, 4, 0), "the write is posted: the core goes on");
        assertFalse(caches.of(Level.L1D).contains(0x2000 >>> 5), "no allocation in L1 on a write miss");
        assertFalse(caches.of(Level.L2).contains(0x2000 >>> 5), "nor in L2");
        assertEquals(90 + FILL, read(0x3000, 10), "a miss at cycle 10 waits for the write until 100, then fills");
        assertEquals(1, counters.writeStalls());
        assertEquals(90, counters.writeStallCycles());
    }

    @Test
    void anL1HitDoesNotWaitForTheOutstandingWrite() {
        read(0x0000, 0);
        caches.write(0x2000, 4, FILL);
        assertEquals(0, read(0x0000, FILL + 3), "an L1 hit needs neither L2 nor memory");
        assertEquals(0, counters.writeStalls());
    }

    @Test
    void aSecondWriteMissWaitsForTheFirst() {
        caches.write(0x2000, 4, 0);
        assertEquals(60, caches.write(0x3000, 4, 40), "one outstanding write: the second waits until 100");
        assertEquals(50 + FILL, read(0x5000, 150), "the second started at 100 and completes at 200");
    }

    @Test
    void aWriteHitMakesTheLineDirtyAndItsEvictionGoesToL2AtNoCost() {
        read(0x0000, 0);
        assertEquals(0, caches.write(0x0000, 4, 0), "write hit: write-back, nothing leaves the core");
        for (int line = 1; line <= 4; line++) {
            assertEquals(FILL, read(line * 0x1000, 0), "the dirty victim is absorbed by L2, which holds the line");
        }
        assertFalse(caches.of(Level.L1D).contains(0));
        assertEquals(0, counters.writeStalls());
    }

    @Test
    void mpbtLinesBypassL2AndCl1invmbDropsOnlyThem() {
        assertEquals(FILL, caches.read(0x8000, 4, false, true, 0), "MPBT read miss: filled into L1 only");
        read(0x9000, 0);
        assertTrue(caches.of(Level.L1D).contains(0x8000 >>> 5));
        assertFalse(caches.of(Level.L2).contains(0x8000 >>> 5), "MPBT bypasses L2");
        assertEquals(1, caches.invalidateMessageBufferLines(), "CL1INVMB drops exactly the one MPBT line");
        assertFalse(caches.of(Level.L1D).contains(0x8000 >>> 5));
        assertTrue(caches.of(Level.L1D).contains(0x9000 >>> 5), "the ordinary line stays");
        assertEquals(FILL, caches.read(0x8000, 4, false, true, 0), "the next MPBT read goes to memory again");
    }

    @Test
    void fetchesUseTheInstructionCacheAndShareL2() {
        assertEquals(FILL, caches.read(0x7000, 4, true, false, 0));
        assertEquals(10, read(0x7000, 0), "the data side misses in L1D and finds the line in the unified L2");
        assertEquals(1, counters.misses(Level.L1I));
        assertEquals(1, counters.misses(Level.L1D));
    }

    @Test
    void resetEmptiesEverythingAndZeroesTheCounters() {
        read(0x1000, 0);
        caches.write(0x2000, 4, FILL);
        caches.rememberTranslation(5, false);
        caches.reset();
        assertEquals(0, caches.of(Level.L1D).occupied() + caches.of(Level.L2).occupied() + caches.of(Level.DTLB).occupied());
        assertEquals(0, counters.misses(Level.L1D));
        assertEquals(FILL, read(0x1000, FILL), "no write outstanding after reset, the line is gone");
    }

    @Test
    void contentsNameEachSlotsLineFlagsAndPlaceInTheReplacementOrder() {
        for (int line = 0; line < 4; line++) {
            read(line * 0x1000, 0);
        }
        read(0x0000, 0);
        caches.write(0x2000, 4, 0);
        CacheContents l1d = caches.of(Level.L1D).contents();
        assertEquals(4, l1d.occupied());
        // set 0 holds lines 0x000, 0x080, 0x100, 0x180 (addresses 0, 4 KB, 8 KB, 12 KB) in slots 0-3
        assertEquals(0x2000 >>> 5, l1d.tag(2));
        assertEquals(SetAssociativeCache.DIRTY, l1d.flags(2), "written after its fill: dirty");
        assertEquals(0, l1d.age(2), "the write made it the most recently used");
        assertEquals(1, l1d.age(0), "0x0000 was read again before the write");
        assertEquals(3, l1d.age(1), "0x1000 is the next victim");
        assertEquals(-1, l1d.tag(4), "set 1 is empty");
        assertTrue(l1d == caches.of(Level.L1D).contents(), "unchanged: the same copy, no new arrays");
        read(0x3000, 0);
        CacheContents after = caches.of(Level.L1D).contents();
        assertFalse(after.equals(l1d), "a hit changes the replacement order, so the contents differ");
        assertEquals(0, after.age(3));
    }
}
