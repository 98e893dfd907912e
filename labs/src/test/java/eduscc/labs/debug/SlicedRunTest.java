package eduscc.labs.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.labs.scenario.EveryCore;
import eduscc.labs.scenario.Scenario;
import eduscc.labs.scenario.ShippedLabs;
import eduscc.machine.engine.RunResult;
import eduscc.machine.trace.TracePrefix;
import org.junit.jupiter.api.Test;

/**
 * A run the window watches goes in slices of boundaries and is stopped and resumed many times;
 * DESIGN §3 says that must not change what the machine does. Also: a snapshot takes the trace so
 * far without copying it, so publishing one per frame costs the same at any trace length.
 */
class SlicedRunTest {
    /** The scheduling lab's five tasks on each of {@code cores} cores, which then interleave. */
    static Scenario schedulingOn(int cores) {
        return EveryCore.of(ShippedLabs.load("scheduling"), cores);
    }

    private static String oneRun(Scenario lab) {
        try (Session session = new Session(lab)) {
            session.runTo(Long.MAX_VALUE, "to the end");
            assertTrue(session.finished());
            return session.snapshot().machine().traceHash();
        }
    }

    @Test
    void aMultiCoreRunInSlicesOfAnySizeEndsWithTheTraceOfOneRun() {
        Scenario lab = schedulingOn(3);
        String whole = oneRun(lab);
        for (int slice : new int[] {1, 7, 64, 1000}) {
            try (Session session = new Session(lab)) {
                RunResult last;
                do {
                    last = session.advance(slice); // each slice ends at a boundary inside some core's quantum
                } while (last.reason() != RunResult.Reason.ALL_IDLE);
                session.publishRun(last, "sliced");
                assertEquals(whole, session.snapshot().machine().traceHash(),
                    "slices of " + slice + " boundaries interleave the cores as one run does");
            }
        }
    }

    @Test
    void aMultiCoreRunInChunksOfSimulatedTimeEndsWithTheTraceOfOneRun() {
        Scenario lab = schedulingOn(3);
        String whole = oneRun(lab);
        try (Session session = new Session(lab)) {
            while (session.runChunk().reason() != RunResult.Reason.ALL_IDLE) {
                assertTrue(session.snapshot().position() > 0); // each chunk ends at a time limit inside a quantum
            }
            assertEquals(whole, session.snapshot().machine().traceHash(), "time limits interleave the cores as one run does");
        }
    }

    @Test
    void aStepBackAfterARunInSlicesShowsTheStateTheRunPassedThrough() {
        Scenario lab = schedulingOn(2);
        try (Session session = new Session(lab)) {
            RunResult last = null;
            for (int i = 0; i < 30; i++) {
                last = session.advance(13);
            }
            session.publishRun(last, "sliced");
            DebugSnapshot sliced = session.snapshot();
            session.step();
            session.stepBack();
            assertEquals(sliced.position(), session.snapshot().position());
            assertEquals(sliced.machine().traceHash(), session.snapshot().machine().traceHash(),
                "re-running from the boot in one go reaches the same trace as the sliced run");
        }
    }

    @Test
    void aSnapshotSharesTheRunsTraceInsteadOfCopyingIt() {
        try (Session session = new Session(ShippedLabs.load("scheduling"))) {
            session.runTo(300, "test");
            DebugSnapshot early = session.snapshot();
            int earlySize = early.trace().size();
            session.runTo(17_500, "test");
            DebugSnapshot later = session.snapshot();
            TracePrefix a = assertInstanceOf(TracePrefix.class, early.trace(), "the snapshot holds a view, not a copy");
            TracePrefix b = assertInstanceOf(TracePrefix.class, later.trace());
            assertTrue(a.sharesStorageWith(b), "both snapshots read the run's own trace storage");
            assertEquals(earlySize, early.trace().size(), "the earlier snapshot still shows the trace as it was");
            assertTrue(later.trace().size() > earlySize);
            assertEquals(later.trace().subList(0, earlySize), early.trace());
        }
    }

    @Test
    void kernelStacksKeptForCoresThatDidNotRunAreTheStacksAFreshRunShows() {
        Scenario lab = schedulingOn(2);
        try (Session stepped = new Session(lab); Session fresh = new Session(lab)) {
            stepped.runTo(2_000, "test");
            for (int i = 0; i < 25; i++) {
                stepped.step(); // one core moves; the other's stack is the one read before
                fresh.runTo(stepped.snapshot().position(), "test");
                assertEquals(fresh.snapshot().kernelStacks(), stepped.snapshot().kernelStacks(),
                    "the kernel lines at position " + stepped.snapshot().position());
            }
        }
    }
}
