package eduscc.kernel.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.machine.cost.InstructionCosts;
import org.junit.jupiter.api.Test;

/**
 * The page-fault and fork rows come from x86 programs in ring 3 and are deterministic; they are
 * reported, and here only held to what they must at least contain.
 */
class ProcessBenchmarkTest {
    /** The x86 loop's getpid is the Java user task's plus the loop's DEC and JNZ (1 cycle each, warm). */
    @Test
    void getpidFromAnX86LoopCostsTheCallPlusTheLoop() {
        assertEquals(SyscallBenchmark.getpid() + InstructionCosts.ALU + InstructionCosts.JCC, ProcessBenchmark.getpid());
    }

    @Test
    void aPageFaultZeroesTwoFramesAndIsTheSameEveryTime() {
        long cycles = ProcessBenchmark.pageFault();
        assertEquals(cycles, ProcessBenchmark.pageFault(), "deterministic");
        assertTrue(cycles > 2 * 1024, "two frames zeroed (the page and the heap's page table), 1,024 stores each: " + cycles);
    }

    /**
     * thread_create from an x86 program is dear because of the thread's user stack: four frames
     * zeroed, 1,024 stores each to lines no cache holds (about 100 cycles apiece, each waiting for
     * the one before), 409,600 cycles or more; the task itself (slot, task_t, TSS, kernel stack
     * frame) and the INT 0x80 around it are the few thousand left. Pinned: the cost model moves it.
     */
    @Test
    void threadCreateFromAnX86ProgramIsMostlyZeroingTheThreadsStack() {
        long cycles = ProcessBenchmark.threadCreate();
        assertEquals(415_988, cycles, "thread_create between two RDTSCs in /bin/threadcreate");
        assertTrue(cycles > 4 * 1024 * 100, "four stack frames zeroed, 1,024 uncached stores each: " + cycles);
        assertTrue(cycles < ProcessBenchmark.threadCreateJoin(100), "the call alone is part of create + join");
    }

    /**
     * The join blocks, so the new thread runs at once: a faster timer adds only the interrupts that
     * fall inside (a few hundred cycles), never the wait for a tick (5,333,333 cycles at 100 Hz).
     */
    @Test
    void threadCreateWithJoinWaitsForNoTick() {
        long at100 = ProcessBenchmark.threadCreateJoin(100);
        long at1000 = ProcessBenchmark.threadCreateJoin(1000);
        assertTrue(at100 < 5_333_333, "far less than a tick at 100 Hz: " + at100);
        assertTrue(Math.abs(at1000 - at100) < 10_000, at100 + " at 100 Hz, " + at1000 + " at 1,000 Hz");
        assertEquals(at100, ProcessBenchmark.threadCreateJoin(100), "deterministic");
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
