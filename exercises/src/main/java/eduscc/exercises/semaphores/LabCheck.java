package eduscc.exercises.semaphores;

import eduscc.exercises.observing.Failures;
import eduscc.exercises.observing.Observer;
import eduscc.labs.run.CoreRun;
import eduscc.labs.run.LabRunner;
import eduscc.labs.run.RunReport;
import eduscc.labs.scenario.Scenario;
import eduscc.labs.scenario.ShippedLabs;
import java.util.List;

/**
 * The whole point: the kernel runs the locks lab, whose core 23 has a consumer wait on a
 * semaphore that a producer posts, with the semaphore under test, and core 23 must show what it
 * shows with the kit's: the same task switches at the same ticks for the same reasons, the same
 * console. The lab takes the path {@code eduscc run locks --semaphores student} takes.
 */
final class LabCheck {
    /** The core whose tasks use the semaphore. */
    static final int CORE = 23;
    /** One simulated second: the lab is over by its fourth tick. */
    static final long UNTIL_CYCLES = 533_333_333L;

    private LabCheck() {
    }

    static void run(Observer o, String plugin) {
        Scenario lab = ShippedLabs.load("locks");
        lab = lab.withKernel(lab.kernel().withSemaphores(plugin));
        RunReport report = LabRunner.run(lab, UNTIL_CYCLES, cycle -> { });
        List<CoreRun.Failure> failures = report.failures();
        o.see("the first failure of the locks lab's run", failures.isEmpty() ? "none" : describe(failures.get(0)));
        o.see("how the locks lab's run ended", report.ended());
        int n = 1;
        for (CoreRun.Switch s : report.core(CORE).switches()) {
            o.see("task switch " + n++ + " on core 23 (run ./eduscc run locks --semaphores student to see them all)",
                s.from() + " -> " + s.to() + " at tick " + s.tick() + " (" + s.reason() + ")");
        }
        o.see("task switches on core 23", n - 1);
        o.see("the console of core 23", report.core(CORE).console());
    }

    private static String describe(CoreRun.Failure f) {
        return "the kernel stopped with a " + f.kind() + " in task " + f.task() + " on core " + f.core() + " at tick "
            + f.tick() + ": " + Failures.shorten(f.reason().lines().findFirst().orElse(""));
    }
}
