package eduscc.exercises.switchcontext;

import eduscc.exercises.observing.Failures;
import eduscc.exercises.observing.Observer;
import eduscc.kernel.arch.Apic;
import eduscc.labs.run.CoreRun;
import eduscc.labs.run.LabRunner;
import eduscc.labs.run.RunReport;
import eduscc.labs.scenario.Scenario;
import eduscc.labs.scenario.ShippedLabs;

/**
 * The whole point: the switch-side-by-side lab, whose core 1 switches ping and pong by software,
 * runs with all three of the code under test's methods, and core 1 must hand the core to the same
 * tasks at the same ticks as with the kit's, and print the same. The lab takes the path
 * {@code eduscc run switch-side-by-side --context-switch student} takes.
 */
final class LabCheck {
    /** The software core of the lab. */
    private static final int CORE = 1;
    /** 30 ticks of 10 ms: the lab is over long before. */
    private static final long UNTIL_CYCLES = 30 * Apic.countFor(Apic.DEFAULT_TIMER_FREQ);

    private LabCheck() {
    }

    static void run(Observer o, String plugin) {
        Scenario lab = ShippedLabs.load("switch-side-by-side");
        lab = lab.withKernel(lab.kernel().withContextSwitch(plugin));
        RunReport report = LabRunner.run(lab, UNTIL_CYCLES, cycle -> { });
        CoreRun core = report.core(CORE);
        o.see("the first failure on core 1", core.failures().isEmpty() ? "none" : describe(core.failures().get(0)));
        int n = 1;
        for (CoreRun.Switch s : core.switches()) {
            o.see("task switch " + n++ + " on core 1 (./eduscc run switch-side-by-side --context-switch student shows"
                + " them all)", s.from() + " -> " + s.to() + " at tick " + s.tick());
        }
        o.see("task switches on core 1", n - 1);
        o.see("core 1's console", core.console());
    }

    private static String describe(CoreRun.Failure f) {
        return "a " + f.kind() + " in task " + f.task() + " at tick " + f.tick() + ": "
            + Failures.shorten(f.reason().lines().findFirst().orElse(""));
    }
}
