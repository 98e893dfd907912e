package eduscc.kernel.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The page-fault and fork rows come from x86 programs in ring 3 and are deterministic; they are
 * reported, and here only held to what they must at least contain.
 */
class ProcessBenchmarkTest {
    @Test
    void aPageFaultZeroesTwoFramesAndIsTheSameEveryTime() {
        long cycles = ProcessBenchmark.pageFault();
        assertEquals(cycles, ProcessBenchmark.pageFault(), "deterministic");
        assertTrue(cycles > 2 * 1024, "two frames zeroed (the page and the heap's page table), 1,024 stores each: " + cycles);
    }

    @Test
    void vforkCopiesNothingSoItCostsLessThanFork() {
        long vfork = ProcessBenchmark.vforkAndWait();
        assertEquals(vfork, ProcessBenchmark.vforkAndWait(), "deterministic");
        assertTrue(vfork < ProcessBenchmark.forkAndWait(), "no directory to zero, no page to share: " + vfork);
    }

    @Test
    void forkAndWaitIsTheSameEveryTimeAndCostsMoreThanAPageFaultsStores() {
        long cycles = ProcessBenchmark.forkAndWait();
        assertEquals(cycles, ProcessBenchmark.forkAndWait(), "deterministic");
        assertTrue(cycles > 1024, "the child's page directory is zeroed, 1,024 stores: " + cycles);
    }
}
