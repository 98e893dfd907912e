package eduscc.labs.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eduscc.kernel.bench.ContextSwitchBenchmark;
import eduscc.machine.trace.TraceEvent.SwitchSample;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The switch-bench lab is the context-switch benchmark run as a lab: the same two tasks, the same
 * loop, the same 10 kHz timer. Its samples, one SwitchSample event each, are the benchmark's to the
 * cycle, so the scatter plot that builds up in the debugger is the one {@code eduscc bench} draws.
 */
class SwitchBenchLabTest {
    private static final int SWITCHES = 2000;

    @Test
    void theLabsSamplesAreTheBenchmarksToTheCycle() {
        List<LabTrace.At<SwitchSample>> events = LabTrace.of("switch-bench").events(0, SwitchSample.class);
        long[] lab = events.stream().mapToLong(e -> e.event().cycles()).toArray();
        assertEquals(SWITCHES, lab.length);
        assertArrayEquals(ContextSwitchBenchmark.run(true, SWITCHES).cycles(), lab);
        assertEquals(List.of(0, 1, 2), events.stream().limit(3).map(e -> e.event().sample()).toList());
        assertEquals(List.of("tsc-b", "tsc-a", "tsc-b"), events.stream().limit(3).map(e -> e.event().task()).toList(),
            "tsc-b takes the first sample: each task's first find only starts its watch");
    }

    @Test
    void theFirstTaskToLeaveTheLoopWritesTheSummary() {
        RunReport report = LabRunner.run(eduscc.labs.scenario.ShippedLabs.load("switch-bench"),
            LabRunner.DEFAULT_UNTIL_CYCLES, cycle -> { });
        assertEquals(List.of(), report.failures());
        assertEquals("tsc-a: 2000 switches sampled: min 468, median 470, max 552 cycles\n", report.core(0).console());
    }
}
