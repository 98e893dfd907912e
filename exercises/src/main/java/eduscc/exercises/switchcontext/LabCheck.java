package eduscc.exercises.switchcontext;

import eduscc.exercises.observing.Failures;
import eduscc.exercises.observing.Observer;
import eduscc.kernel.arch.Apic;
import eduscc.kernel.sched.SwitchContextPlugins;
import eduscc.labs.run.CoreRun;
import eduscc.labs.run.LabRunner;
import eduscc.labs.run.RunReport;
import eduscc.labs.scenario.Scenario;
import eduscc.labs.scenario.ShippedLabs;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole point: the switch-side-by-side lab, whose core 1 switches ping and pong by software
 * at every timer tick, runs with all three of the code under test's methods, and core 1 must hand
 * the core to the same tasks at the same ticks as with the kit's, and print the same. The other
 * checks run tasks that yield; here the timer preempts them, which it can only if a new task's
 * first EFLAGS has IF: that bit is this check's to judge. Every other value the three methods
 * produce (the rest of the first frame, EAX, ESP0) is another check's, so the lab runs with the
 * kit's ({@link Mixed.Part#LAB}): a mistake there costs its own check alone. The lab takes the path
 * {@code eduscc run switch-side-by-side --context-switch student} takes.
 */
final class LabCheck {
    /** The software core of the lab. */
    private static final int CORE = 1;
    /** The plug-in under which the lab runs the code under test with the kit's values for what other checks judge. */
    static final String LAB_PLUGIN = "graded-with-kit-values";
    /** 30 ticks of 10 ms: the lab is over long before. */
    private static final long UNTIL_CYCLES = 30 * Apic.countFor(Apic.DEFAULT_TIMER_FREQ);

    private LabCheck() {
    }

    static void run(Observer o, String plugin) {
        List<Mixed.FirstInterruptFlag> firstInterruptFlags = new ArrayList<>();
        SwitchContextPlugins.register(LAB_PLUGIN, Mixed.forLab(SwitchContextPlugins.get(plugin), firstInterruptFlags));
        Scenario lab = ShippedLabs.load("switch-side-by-side");
        lab = lab.withKernel(lab.kernel().withContextSwitch(LAB_PLUGIN));
        RunReport report = LabRunner.run(lab, UNTIL_CYCLES, cycle -> { });
        CoreRun core = report.core(CORE);
        for (Mixed.FirstInterruptFlag flag : firstInterruptFlags) {
            o.see("the first EFLAGS of " + flag.task() + " (the timer preempts a task only with IF set)",
                flag.set() ? "IF set" : "IF clear");
        }
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
