package eduscc.labs.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eduscc.kernel.sched.ReadyQueuePlugins;
import eduscc.labs.scenario.Scenario;
import eduscc.labs.scenario.ShippedLabs;
import eduscc.machine.engine.RunResult;
import eduscc.machine.time.Clocks;
import eduscc.machine.trace.TraceEntry;
import eduscc.machine.trace.TraceEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * A shipped lab run to its end with every trace entry kept, for the tests that pin what a lab's
 * narration says of single events: the cycle a tick was delivered, the result of a system call.
 */
final class LabTrace {
    /** One event of a kind, with the core and the core cycle it happened at. */
    record At<T extends TraceEvent>(int core, long cycle, T event) {
    }

    private final List<TraceEntry> entries;

    private LabTrace(List<TraceEntry> entries) {
        this.entries = entries;
    }

    /** Runs shipped lab {@code name} until every core idles for good. */
    static LabTrace of(String name) {
        Scenario lab = ShippedLabs.load(name);
        try (BootedLab booted = LabRunner.boot(lab, ReadyQueuePlugins.get(lab.kernel().readyQueues()))) {
            List<TraceEntry> entries = new ArrayList<>();
            booted.machine().trace().replayAndFollow(entries::add);
            RunResult result = booted.machine().run(LabRunner.DEFAULT_UNTIL_CYCLES * Clocks.TILE_533_UNITS);
            assertEquals(RunResult.Reason.ALL_IDLE, result.reason(), name + " should end with every core idle");
            return new LabTrace(List.copyOf(entries));
        }
    }

    /** The events of one kind on {@code core}, in the order they happened. */
    <T extends TraceEvent> List<At<T>> events(int core, Class<T> kind) {
        List<At<T>> found = new ArrayList<>();
        for (TraceEntry e : entries) {
            if (e.core() == core && kind.isInstance(e.event())) {
                found.add(new At<>(core, e.time() / Clocks.TILE_533_UNITS, kind.cast(e.event())));
            }
        }
        return found;
    }
}
