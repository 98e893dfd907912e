package eduscc.machine.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eduscc.machine.cache.Level;
import eduscc.machine.cache.MemoryHierarchy;
import eduscc.machine.trace.Trace;
import org.junit.jupiter.api.Test;

/**
 * CR0.CD after reset (SDM Vol. 3A §11.5.3, "no-fill cache mode"): a miss goes to memory and
 * fills no line, while a line already cached still hits. The core leaves reset with CD and NW
 * set (CR0 = 0x60000010), so until the kernel clears them every access pays memory. A line
 * fill and an uncached read cost the same here ({@link CachedMemory#READ}).
 */
class CacheDisableTest {
    private static final int FILL = CachedMemory.READ;
    private final Core core = new Core(0, new CachedMemory(), 30, new Trace());
    private final LogicalMemory mem = core.memory();
    private final MemoryHierarchy caches = mem.caches();

    CacheDisableTest() {
        core.releaseFromReset(0);
    }

    private int costOfRead(int physical) {
        mem.takeLatency();
        mem.readLinear(physical, 4, false);
        return (int) mem.takeLatency();
    }

    private int costOfFetch(int physical) {
        mem.takeLatency();
        mem.fetchLinear(physical, 1, false);
        return (int) mem.takeLatency();
    }

    @Test
    void afterResetNothingIsCachedAndEveryReadPaysMemory() {
        assertEquals(ControlBits.CR0_CD | ControlBits.CR0_NW, core.regs().cr0 & (ControlBits.CR0_CD | ControlBits.CR0_NW));
        assertEquals(FILL, costOfRead(0x5000));
        assertEquals(FILL, costOfRead(0x5004), "the same line again: the first read filled nothing");
        assertEquals(FILL, costOfFetch(0x6000));
        assertEquals(0, costOfFetch(0x6001), "the rest of the line comes from the prefetch buffer");
        assertEquals(FILL, costOfFetch(0x6020), "the next line is read from memory");
        assertEquals(FILL, costOfFetch(0x6001), "and the first line again");
        assertEquals(0, caches.of(Level.L1D).occupied());
        assertEquals(0, caches.of(Level.L1I).occupied());
        assertEquals(0, caches.of(Level.L2).occupied());
        assertEquals(2, caches.counters().misses(Level.L1D));
        assertEquals(3, caches.counters().misses(Level.L1I));
    }

    @Test
    void withCdClearTheFirstReadFillsTheLine() {
        core.regs().cr0 &= ~(ControlBits.CR0_CD | ControlBits.CR0_NW);
        assertEquals(FILL, costOfRead(0x5000));
        assertEquals(0, costOfRead(0x5004));
    }

    @Test
    void aLineCachedBeforeCdIsSetStillHits() {
        core.regs().cr0 &= ~(ControlBits.CR0_CD | ControlBits.CR0_NW);
        costOfRead(0x5000);
        core.regs().cr0 |= ControlBits.CR0_CD;
        assertEquals(0, costOfRead(0x5004), "a read hit still reads the cache");
        assertEquals(FILL, costOfRead(0x7000), "a miss fills nothing");
        assertEquals(FILL, costOfRead(0x7004));
    }

    @Test
    void nwWithoutCdIsAGeneralProtectionFault() {
        CpuFault fault = assertThrows(CpuFault.class,
            () -> core.systemInstructions().writeControl(0, ControlBits.CR0_RESET & ~ControlBits.CR0_CD));
        assertEquals(Vector.GP, fault.vector());
        assertEquals(ControlBits.CR0_RESET, core.regs().cr0, "CR0 unchanged");
    }

    @Test
    void clearingBothTurnsTheCachesOn() {
        core.systemInstructions().writeControl(0, ControlBits.CR0_RESET & ~(ControlBits.CR0_CD | ControlBits.CR0_NW));
        assertEquals(0x00000010, core.regs().cr0);
        costOfRead(0x5000);
        assertEquals(0, costOfRead(0x5004));
    }
}
