package eduscc.exercises.sleep;

import eduscc.exercises.observing.Failures;
import eduscc.exercises.observing.Observer;
import eduscc.kernel.arch.Apic;
import eduscc.labs.run.CoreRun;
import eduscc.labs.run.LabRunner;
import eduscc.labs.run.RunReport;
import eduscc.labs.scenario.Scenario;
import eduscc.labs.scenario.ShippedLabs;
import java.util.List;

/**
 * The whole point: the kernel runs the scheduling lab, in which realtime sleeps 3 ticks and
 * normal-a 2, with the timer list under test, and must hand the core to the same tasks at the same
 * ticks as with the kit's. The lab takes the path {@code eduscc run scheduling --sleep student}
 * takes: the lab names the plug-in and the kernel gets it from the registry.
 */
final class LabCheck {
    /** 40 ticks of 10 ms: the lab is over after 13; a list that never wakes anyone ends here. */
    static final int UNTIL_TICKS = 40;
    static final long UNTIL_CYCLES = UNTIL_TICKS * Apic.countFor(Apic.DEFAULT_TIMER_FREQ);

    private LabCheck() {
    }

    /** Records the first kernel failure (or "none"), how the run ended, and who got the core at which tick. */
    static void run(Observer o, String plugin) {
        Scenario lab = ShippedLabs.load("scheduling");
        lab = lab.withKernel(lab.kernel().withSleep(plugin));
        RunReport report = LabRunner.run(lab, UNTIL_CYCLES, cycle -> { });
        List<CoreRun.Failure> failures = report.failures();
        o.see("the first failure of the scheduling lab's run", failures.isEmpty() ? "none" : describe(failures.get(0)));
        o.see("how the scheduling lab's run ended", report.ended().equals(RunReport.ALL_IDLE) ? report.ended()
            : "stopped at tick " + report.core(0).ticks() + " of " + UNTIL_TICKS + " (it needs 13)");
        int n = 1;
        for (CoreRun.Switch s : report.core(0).switches()) {
            o.see("task switch " + n++ + " of the scheduling lab (run ./eduscc run scheduling --sleep student to see"
                + " them all)", s.to() + " at tick " + s.tick());
        }
        o.see("task switches in the scheduling lab", n - 1);
    }

    private static String describe(CoreRun.Failure f) {
        return "the kernel stopped with a " + f.kind() + " in task " + f.task() + " at tick " + f.tick() + ": "
            + Failures.shorten(f.reason().lines().findFirst().orElse(""));
    }
}
