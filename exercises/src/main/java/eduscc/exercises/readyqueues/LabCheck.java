package eduscc.exercises.readyqueues;

import eduscc.exercises.grading.CheckFailed;
import eduscc.kernel.arch.Apic;
import eduscc.kernel.sched.ReadyQueueFactory;
import eduscc.labs.run.CoreRun;
import eduscc.labs.run.LabRunner;
import eduscc.labs.run.RunReport;
import eduscc.labs.scenario.ShippedLabs;
import java.util.List;

/**
 * The whole point: the kernel runs the scheduling lab with the queue under test (invariants
 * checked after every decision, as the lab asks) and must hand the core to the same tasks at the
 * same ticks as with the kit's own queue.
 */
final class LabCheck {
    /**
     * 40 ticks of 10 ms: the lab is over after 13. A queue whose code keeps calling BSR in a loop
     * never hangs the engine, since every call is a machine operation; this limit ends such a run
     * in simulated time, before the grader's wall-clock limit would.
     */
    static final int UNTIL_TICKS = 40;
    static final long UNTIL_CYCLES = UNTIL_TICKS * Apic.countFor(Apic.DEFAULT_TIMER_FREQ);

    private static List<String> reference;

    private LabCheck() {
    }

    static void run(ReadyQueueFactory queues) {
        RunReport report = LabRunner.run(ShippedLabs.load("scheduling"), queues, UNTIL_CYCLES, cycle -> { });
        for (CoreRun.Failure f : report.failures()) {
            throw new CheckFailed("the kernel stopped with a " + f.kind() + " in task " + f.task() + " at tick " + f.tick()
                + ": " + firstLines(f.reason()));
        }
        if (!report.ended().equals(RunReport.ALL_IDLE)) {
            throw new CheckFailed("the scheduling lab did not finish within " + UNTIL_TICKS + " ticks (it needs 13);"
                + " it stopped at tick " + report.core(0).ticks());
        }
        List<String> ordering = ordering(report);
        List<String> expected = reference();
        for (int i = 0; i < Math.max(ordering.size(), expected.size()); i++) {
            String want = i < expected.size() ? expected.get(i) : "nothing more";
            String got = i < ordering.size() ? ordering.get(i) : "nothing more";
            if (!want.equals(got)) {
                throw new CheckFailed("task switch " + (i + 1) + " of the scheduling lab: expected " + want + ", got " + got
                    + " (run ./eduscc run scheduling --ready-queues student to see it all)");
            }
        }
    }

    /** Who got the core at which tick: "realtime at tick 1", ... */
    static List<String> ordering(RunReport report) {
        return report.core(0).switches().stream().map(s -> s.to() + " at tick " + s.tick()).toList();
    }

    /** The ordering with the kit's queue, computed once. */
    private static synchronized List<String> reference() {
        if (reference == null) {
            reference = ordering(LabRunner.run(ShippedLabs.load("scheduling"), ReadyQueueFactory.KIT, UNTIL_CYCLES,
                cycle -> { }));
        }
        return reference;
    }

    private static String firstLines(String text) {
        String[] lines = text.split("\n");
        return lines.length <= 3 ? text : String.join("\n", List.of(lines).subList(0, 3)) + " ...";
    }
}
