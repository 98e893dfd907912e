package eduscc.exercises.apictimer;

import eduscc.exercises.descriptors.CheckBoot;
import eduscc.exercises.observing.Observer;
import eduscc.kernel.arch.Apic;
import eduscc.kernel.arch.ApicTimerPlugins;
import eduscc.kernel.arch.ApicTimerSetup;
import eduscc.kernel.arch.Idt;
import eduscc.kernel.sched.ReadyQueuePlugins;
import eduscc.labs.run.BootedLab;
import eduscc.labs.run.LabRunner;
import eduscc.labs.scenario.Scenario;
import eduscc.labs.scenario.ShippedLabs;
import eduscc.machine.engine.RunResult;
import eduscc.machine.time.Clocks;
import eduscc.machine.trace.TraceEntry;
import eduscc.machine.trace.TraceEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The whole point: the kernel boots the interrupts lab (100 Hz) and the thread-create-250hz lab
 * with the set-up under test, and every timer tick must reach the core at the same cycle as with
 * the kit's. A tick's cycle depends on every register of the timer and on when the set-up wrote
 * them; the register checks judge the values, so here the set-up's code runs with the kit's values
 * ({@link KitValues}) and the ticks judge the rest: a set-up that starts the timer before it is
 * programmed, or that spends cycles the kit's does not. A wrong divider or timer LVT thus costs its
 * own check's points, not this one's too. The labs take the path
 * {@code eduscc run interrupts --apic-timer student} takes: the lab names the plug-in and the kernel
 * gets it from the registry.
 */
final class LabCheck {
    /** The plug-in under which the labs run the set-up under test with the kit's register values. */
    static final String WITH_KIT_VALUES = "graded-with-kit-values";
    /** The labs are over after 7 and 2 ticks; a timer that never ticks (again) ends here. */
    static final int UNTIL_TICKS = 20;
    /** Ticks the check lists one by one; later ones only follow from them. */
    private static final int LISTED = 8;

    private LabCheck() {
    }

    static void run(Observer o, String plugin) {
        lab(o, "interrupts", plugin);
        lab(o, "thread-create-250hz", plugin);
    }

    /** Records the first failure, the ticks core 0 took and the cycle of each, and how the run ended. */
    private static void lab(Observer o, String name, String plugin) {
        Scenario lab = ShippedLabs.load(name);
        KitValues kitValues = KitValues.at(lab.kernel().timerFreq());
        Supplier<ApicTimerSetup> graded = ApicTimerPlugins.get(plugin);
        ApicTimerPlugins.register(WITH_KIT_VALUES, () -> kitValues.around(graded.get()));
        lab = lab.withKernel(lab.kernel().withApicTimer(WITH_KIT_VALUES));
        long until = UNTIL_TICKS * Apic.countFor(lab.kernel().timerFreq());
        List<Long> ticks = new ArrayList<>();
        try (BootedLab booted = LabRunner.boot(lab, ReadyQueuePlugins.get(lab.kernel().readyQueues()))) {
            kitValues.watch(booted.machine());
            booted.machine().trace().replayAndFollow(entry -> tick(entry, ticks));
            RunResult result = booted.machine().run(until * Clocks.TILE_533_UNITS);
            o.see("the first failure of the " + name + " lab's run", CheckBoot.firstFailure(booted.machine()));
            o.see("ticks the " + name + " lab's core took", ticks.size());
            for (int i = 0; i < Math.min(LISTED, ticks.size()); i++) {
                o.see("tick " + (i + 1) + " of the " + name + " lab (vector 123) delivered at cycle",
                    String.format("%,d", ticks.get(i)));
            }
            o.see("how the " + name + " lab's run ended", result.reason() == RunResult.Reason.ALL_IDLE
                ? "every task done" : "still running after " + UNTIL_TICKS + " tick periods");
        }
    }

    private static void tick(TraceEntry entry, List<Long> ticks) {
        if (entry.core() == 0 && entry.event() instanceof TraceEvent.InterruptDelivered d && d.vector() == Idt.TIMER) {
            ticks.add(entry.time() / Clocks.TILE_533_UNITS);
        }
    }
}
