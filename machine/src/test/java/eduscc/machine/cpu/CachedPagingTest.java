package eduscc.machine.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.machine.cache.Level;
import eduscc.machine.cache.MemoryHierarchy;
import eduscc.machine.trace.Trace;
import org.junit.jupiter.api.Test;

/**
 * The TLBs and the page bits in front of the caches, on a core with paging on: identity-mapped
 * pages, directory at 0x10000, table at 0x11000, entries with A already set so the walk writes
 * nothing, caches on. A line fill costs {@link CachedMemory#READ} (97).
 */
class CachedPagingTest {
    private static final int DIRECTORY = 0x10000;
    private static final int TABLE = 0x11000;
    private static final int FILL = CachedMemory.READ;
    private final CachedMemory memory = new CachedMemory();
    private final Core core = new Core(0, memory, 30, new Trace());
    private final LogicalMemory mem = core.memory();
    private final MemoryHierarchy caches = mem.caches();

    CachedPagingTest() {
        core.releaseFromReset(0);
        memory.write(DIRECTORY, 4, TABLE | Paging.P | Paging.RW | Paging.A);
        for (int page = 0; page < 1024; page++) {
            memory.write(TABLE + page * 4, 4, (page << 12) | Paging.P | Paging.RW | Paging.A);
        }
        // Caches on (the reset left CR0.CD and NW set: no fills), protected mode and paging.
        core.regs().cr0 = (core.regs().cr0 & ~(ControlBits.CR0_CD | ControlBits.CR0_NW))
            | ControlBits.CR0_PE | ControlBits.CR0_PG;
        core.systemInstructions().writeControl(3, DIRECTORY);
    }

    private int costOfRead(int linear) {
        mem.takeLatency();
        mem.readLinear(linear, 4, false);
        return (int) mem.takeLatency();
    }

    private void setPte(int page, int bits) {
        memory.write(TABLE + page * 4, 4, (page << 12) | Paging.P | Paging.RW | Paging.A | bits);
    }

    @Test
    void aTlbMissCostsTheWalksTwoReadsThroughTheDataCache() {
        assertEquals(3 * FILL, costOfRead(0x5000), "PDE, PTE and the data: three line fills");
        assertEquals(0, costOfRead(0x5004), "TLB hit, L1 hit");
        caches.invalidateCaches();
        assertEquals(FILL, costOfRead(0x5008), "the TLB still holds the page: no walk, only the data fill");
        assertEquals(1, caches.counters().misses(Level.DTLB));
        assertEquals(2, caches.counters().hits(Level.DTLB));
    }

    @Test
    void aCr3WriteFlushesTheTlbs() {
        costOfRead(0x5000);
        core.systemInstructions().writeControl(3, DIRECTORY);
        assertEquals(0, caches.of(Level.DTLB).occupied(), "MOV to CR3 flushed the data TLB");
        assertEquals(0, costOfRead(0x5000), "the walk runs again, but its PDE and PTE lines are in L1");
        assertEquals(2, caches.counters().misses(Level.DTLB));
        caches.invalidateCaches();
        core.systemInstructions().writeControl(3, DIRECTORY);
        assertEquals(3 * FILL, costOfRead(0x5000), "flushed TLB and empty caches: the first-touch cost again");
    }

    @Test
    void instructionFetchesGoThroughTheCodeTlbAndTheInstructionCache() {
        mem.takeLatency();
        mem.fetchLinear(0x6000, 4, false);
        assertEquals(3 * FILL, mem.takeLatency(), "I-TLB miss: PDE and PTE through L1D, the code line into L1I");
        assertEquals(1, caches.counters().misses(Level.ITLB));
        assertEquals(1, caches.counters().misses(Level.L1I));
        assertTrue(caches.of(Level.L1I).contains(0x6000 >>> 5));
        assertFalse(caches.of(Level.L1D).contains(0x6000 >>> 5));
    }

    @Test
    void aPcdPageIsNeverCached() {
        setPte(5, Paging.PCD);
        costOfRead(0x5000);
        assertEquals(FILL, costOfRead(0x5004), "uncached: every read goes to memory");
        assertFalse(caches.of(Level.L1D).contains(0x5000 >>> 5));
    }

    @Test
    void anMpbtPageIsCachedInL1OnlyAndCl1invmbDropsIt() {
        core.regs().cr4 |= ControlBits.CR4_MPE;
        int page = CachedMemory.SHARED_PAGE >>> 12;
        setPte(page, Paging.PS_OR_MPBT);
        costOfRead(0x5000);
        assertEquals(2 * FILL, costOfRead(CachedMemory.SHARED_PAGE), "the PTE's line and the MPBT line (PDE: an L1 hit)");
        assertEquals(0, costOfRead(CachedMemory.SHARED_PAGE + 4), "an MPBT line is cached in L1");
        assertFalse(caches.of(Level.L2).contains(CachedMemory.SHARED_PAGE >>> 5), "and bypasses L2");
        caches.invalidateMessageBufferLines();
        assertEquals(FILL, costOfRead(CachedMemory.SHARED_PAGE + 8), "after CL1INVMB it comes from memory again");
        assertEquals(0, costOfRead(0x5004), "the ordinary line was kept");
    }

    @Test
    void sharedMemoryWithoutMpbtIsUncached() {
        costOfRead(CachedMemory.SHARED_PAGE);
        assertEquals(FILL, costOfRead(CachedMemory.SHARED_PAGE + 4), "no coherence: other cores' memory is read uncached");
    }

    @Test
    void resetEmptiesTheCachesAndTlbsAndZeroesTheCounters() {
        costOfRead(0x5000);
        core.releaseFromReset(0);
        assertEquals(0, caches.of(Level.L1D).occupied() + caches.of(Level.L2).occupied()
            + caches.of(Level.DTLB).occupied());
        assertEquals(0, caches.counters().misses(Level.L1D) + caches.counters().misses(Level.DTLB));
    }

    @Test
    void flushCachesAndTlbsGivesTheFirstTouchCostAgainWithoutChargingTime() {
        assertEquals(3 * FILL, costOfRead(0x5000), "first touch: PDE, PTE and data line fills");
        assertEquals(0, costOfRead(0x5000), "warm: TLB and L1 hit");
        long cycles = core.cycles();
        long l1dMisses = caches.counters().misses(Level.L1D);
        core.flushCachesAndTlbs();
        assertEquals(cycles, core.cycles(), "the flush is a harness action: no cycles");
        assertEquals(0, caches.of(Level.L1D).occupied() + caches.of(Level.L2).occupied()
            + caches.of(Level.DTLB).occupied() + caches.of(Level.ITLB).occupied() + caches.of(Level.L1I).occupied());
        assertEquals(l1dMisses, caches.counters().misses(Level.L1D), "the counters keep their history");
        assertEquals(3 * FILL, costOfRead(0x5000), "cold again: the same three line fills as the first touch");
    }
}
