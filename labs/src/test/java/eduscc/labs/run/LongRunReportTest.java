package eduscc.labs.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.kernel.sched.ReadyQueueFactory;
import eduscc.labs.scenario.Scenario;
import eduscc.labs.scenario.ScenarioReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A long run's report keeps the first and the last scheduler decisions and switches, says how many
 * it left out, and is otherwise the report of the same run with {@code --full}.
 */
class LongRunReportTest {
    /** Two tasks of equal priority take turns at every tick of a 10 kHz timer. */
    private static final Scenario TURNS = ScenarioReader.parse("turns.json", """
        {"name": "turns", "description": "two tasks take turns at 10 kHz",
         "machine": {"cores": [0]}, "kernel": {"timerFreq": 10000},
         "cores": [{"pid": 0, "tasks": [
           {"name": "a", "priority": 8, "steps": [{"type": "slices", "count": 100000}]},
           {"name": "b", "priority": 8, "steps": [{"type": "slices", "count": 100000}]}]}]}
        """);
    /** About 4,100 ticks, each with a switch: more than the 2 x 1000 a report keeps. */
    private static final long UNTIL = 220_000_000L;

    private static RunReport bounded;
    private static RunReport full;

    @BeforeAll
    static void runBothWays() {
        bounded = LabRunner.run(TURNS, ReadyQueueFactory.KIT, UNTIL, false, cycle -> { });
        full = LabRunner.run(TURNS, ReadyQueueFactory.KIT, UNTIL, true, cycle -> { });
    }

    @Test
    void theReportKeepsTheFirstAndLastThousandDecisionsAndCountsTheRest() {
        CoreRun all = full.core(0);
        CoreRun kept = bounded.core(0);
        int each = CoreTrace.KEPT_AT_EACH_END;
        assertTrue(all.decisions().size() > 4000, "the run makes a decision at every tick: " + all.decisions().size());
        assertEquals(2 * each, kept.decisions().size());
        assertEquals(each, kept.decisionsBeforeGap());
        assertEquals(all.decisions().size() - 2 * each, kept.decisionsLeftOut());
        List<CoreRun.Decision> expected = new java.util.ArrayList<>(all.decisions().subList(0, each));
        expected.addAll(all.decisions().subList(all.decisions().size() - each, all.decisions().size()));
        assertEquals(expected, kept.decisions());
        assertEquals(all.switches().size() - 2 * each, kept.switchesLeftOut());
        assertEquals(all.switches().get(all.switches().size() - 1), kept.switches().get(2 * each - 1));
        assertEquals(0, all.decisionsLeftOut());
    }

    @Test
    void keepingLessChangesNothingElse() {
        assertEquals(full.traceHash(), bounded.traceHash());
        assertEquals(full.traceEvents(), bounded.traceEvents());
        assertEquals(full.core(0).ticks(), bounded.core(0).ticks());
        assertEquals(full.core(0).tasks(), bounded.core(0).tasks());
        assertEquals(full.core(0).contextSwitches(), bounded.core(0).contextSwitches());
    }

    @Test
    void theTextSaysWhatItLeftOutAndEndsWithTheLastSwitch() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RunText.print(TURNS, bounded, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String text = bytes.toString(StandardCharsets.UTF_8);
        long switchesLeftOut = bounded.core(0).switchesLeftOut();
        assertTrue(text.contains("(" + switchesLeftOut + " task switches left out, ticks "), text);
        assertTrue(text.contains("(" + bounded.core(0).decisionsLeftOut() + " decisions left out; run --full shows every one)"));
        CoreRun.Switch last = full.core(0).switches().get(full.core(0).switches().size() - 1);
        assertTrue(text.contains(String.format("  %5d  %s > %s%n", last.tick(), last.from(), last.to())), "the last tick's row");
        assertTrue(text.contains("; " + full.core(0).switches().size() + " task switch(es); "), "the total counts every switch");
        assertTrue(text.length() < 400_000, "the text stays small: " + text.length());
    }
}
