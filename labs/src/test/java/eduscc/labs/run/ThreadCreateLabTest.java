package eduscc.labs.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.labs.debug.NarrationChecks;
import eduscc.labs.debug.Session;
import eduscc.labs.scenario.NarrationStep;
import eduscc.labs.scenario.Scenario;
import eduscc.labs.scenario.ShippedLabs;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The thread-create labs tell what the run does: thread_create returns before the thread runs,
 * the joiner blocks, the other task keeps the core until the tick, the tick gives the thread its
 * first slice, its exit wakes the joiner; and the join shrinks with the tick period while the
 * call does not. The cycles are pinned (the cost model moves them; a test is re-pinned, never
 * loosened).
 */
class ThreadCreateLabTest {
    private static CoreRun run(String lab) {
        RunReport report = LabRunner.run(ShippedLabs.load(lab), LabRunner.DEFAULT_UNTIL_CYCLES, cycle -> { });
        assertEquals(List.of(), report.failures(), lab);
        return report.core(0);
    }

    private static List<String> switches(CoreRun core) {
        return core.switches().stream().map(s -> s.tick() + " " + s.from() + " -> " + s.to() + " (" + s.reason() + ")").toList();
    }

    @Test
    void theThreadRunsAtTheNextTickAfterTheOtherTasksSlice() {
        CoreRun core = run("thread-create");
        assertEquals(List.of(
            "1 idle -> threads (higher priority ready)",
            "1 threads -> other (current blocked)",
            "2 other -> threads-thread (round robin)",
            "2 threads-thread -> other (current finished)",
            "2 other -> threads (current finished)",
            "2 threads -> idle (idle)"), switches(core),
            "the join blocks threads, other (ahead of the thread in queue 8) keeps the core until tick 2");
        assertEquals(List.of(6_609_292L, 7_989_017L, 11_991_761L, 11_995_823L, 11_996_622L, 12_035_383L),
            core.switches().stream().map(CoreRun.Switch::cycle).toList());
    }

    @Test
    void threadsPrintsTheCallAndTheJoinInTheOrderTheyHappened() {
        assertEquals("""
            416098 cycles: thread_create returned; the thread has not run yet. Joining it.
            thread: running on my own stack, in my parent's address space; exiting
            other: my computation is done
            4008374 cycles: the join returned; the thread has run and exited.
            """, run("thread-create").console());
    }

    /**
     * At 250 Hz the call costs the same and the join is 3,233,325 cycles shorter: exactly the
     * difference in how long other held the core between threads blocking and the round-robin
     * tick (the tick period shrank by 3,200,000; other takes the interrupt between two pieces of
     * its computation, 1/64 of a period each, so a little later at 100 Hz).
     */
    @Test
    void aFasterTimerShortensTheJoinByTheTimeOtherHeldTheCoreAndLeavesTheCallAlone() {
        CoreRun at100 = run("thread-create");
        CoreRun at250 = run("thread-create-250hz");
        assertEquals(416_098, printed(at100, "thread_create returned"));
        assertEquals(416_098, printed(at250, "thread_create returned"));
        long join100 = printed(at100, "the join returned");
        long join250 = printed(at250, "the join returned");
        assertEquals(775_049, join250);
        assertEquals(switches(at100), switches(at250), "the same story, tick for tick");
        assertEquals(heldByOther(at100) - heldByOther(at250), join100 - join250);
        assertTrue(heldByOther(at100) - heldByOther(at250) >= 5_333_333 - 2_133_333, "at least the difference of the periods");
    }

    /** Cycles from threads blocking (other gets the core) to the round-robin tick that gives the thread the core. */
    private static long heldByOther(CoreRun core) {
        return core.switches().get(2).cycle() - core.switches().get(1).cycle();
    }

    private static long printed(CoreRun core, String line) {
        for (String l : core.console().split("\n")) {
            if (l.contains(line)) {
                return Long.parseLong(l.substring(0, l.indexOf(' ')));
            }
        }
        throw new AssertionError("no console line with '" + line + "' in:\n" + core.console());
    }

    @ParameterizedTest(name = "{0}: every narration check held when its tick ended")
    @ValueSource(strings = {"thread-create", "thread-create-250hz"})
    void everyNarrationCheckHoldsInTheDebugger(String name) {
        Scenario lab = ShippedLabs.load(name);
        try (Session session = new Session(lab)) {
            session.runTo(Long.MAX_VALUE, "the end");
            for (NarrationStep step : lab.narration()) {
                NarrationChecks.Result r = NarrationChecks.judge(step, session.snapshot(), 0);
                assertEquals(Boolean.TRUE, r.passed(), name + " tick " + step.tick() + " (" + step.check().describe() + "): " + r.seen());
            }
        }
    }
}
