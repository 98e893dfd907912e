package eduscc.exercises.hypercalls;

import eduscc.exercises.observing.Failures;
import eduscc.exercises.observing.Observer;
import eduscc.kernel.sched.ReadyQueuePlugins;
import eduscc.labs.run.BootedLab;
import eduscc.labs.run.LabRunner;
import eduscc.labs.scenario.Scenario;
import eduscc.labs.scenario.ShippedLabs;
import eduscc.machine.Machine;
import eduscc.machine.engine.RunResult;
import eduscc.machine.time.Clocks;
import eduscc.machine.trace.TraceEvent;
import java.util.List;

/**
 * The whole point: the host runs a lab's guest with the dispatcher under test serving its
 * hypercalls, and the run must show what it shows with the kit's. The lab takes the path
 * {@code eduscc run LAB --hypercalls student} takes: the lab names the plug-in and every
 * launcher gets a dispatcher from the registry.
 */
final class LabCheck {
    /** Two simulated seconds: both labs are over well within them. */
    static final long UNTIL_CYCLES = 2 * 533_333_333L;

    private LabCheck() {
    }

    /**
     * The lguest lab's small guest: every exit in order (a dispatcher's reads of the regs page
     * cost cycles, but this guest takes no timer interrupt, so the exits do not depend on them),
     * how the guest ended, and the console.
     */
    static void lguest(Observer o, String plugin) {
        try (BootedLab booted = boot("lguest", plugin)) {
            Machine machine = booted.machine();
            RunResult result = machine.run(UNTIL_CYCLES * Clocks.TILE_533_UNITS);
            o.see("the first failure of the lguest lab's run", firstFailure(machine));
            o.see("how the lguest lab's run ended", ended(result));
            List<TraceEvent.GuestExit> exits = machine.trace().events(TraceEvent.GuestExit.class);
            for (int i = 0; i < exits.size(); i++) {
                o.see("exit " + (i + 1) + " of the guest", exits.get(i).reason());
            }
            o.see("exits of the guest", exits.size());
            o.see("the console of the lguest lab", machine.core(0).consoleText());
        }
    }

    /**
     * The kit's kernel as the guest, running forkdemo: the guest kernel's timer interrupts come
     * at cycle counts that a dispatcher's own reads move, so what is compared is what forkdemo and
     * the host print, and how the guest ended, not the number of exits.
     */
    static void lguestFork(Observer o, String plugin) {
        try (BootedLab booted = boot("lguest-fork", plugin)) {
            Machine machine = booted.machine();
            RunResult result = machine.run(UNTIL_CYCLES * Clocks.TILE_533_UNITS);
            o.see("the first failure of the lguest-fork lab's run", firstFailure(machine));
            o.see("how the lguest-fork lab's run ended", ended(result));
            String console = machine.core(0).consoleText();
            for (String line : console.split("\n")) {
                if (line.contains("my counter is") || line.startsWith("[lguest]")) {
                    o.see("a line of the lguest-fork lab's console (exit and hypercall counts left out)",
                        line.replaceAll("after \\d+ exits, \\d+ hypercalls", "after N exits, M hypercalls"));
                }
            }
        }
    }

    private static BootedLab boot(String labName, String plugin) {
        Scenario lab = ShippedLabs.load(labName);
        lab = lab.withKernel(lab.kernel().withHypercalls(plugin));
        return LabRunner.boot(lab, ReadyQueuePlugins.get(lab.kernel().readyQueues()));
    }

    private static String ended(RunResult result) {
        return result.reason() == RunResult.Reason.ALL_IDLE ? "every task done" : "still running after two simulated seconds";
    }

    private static String firstFailure(Machine machine) {
        for (TraceEvent.Panic p : machine.trace().events(TraceEvent.Panic.class)) {
            return "the host's kernel panicked in task " + p.task() + ": "
                + Failures.shorten(p.reason().lines().findFirst().orElse(""));
        }
        for (TraceEvent.Hang h : machine.trace().events(TraceEvent.Hang.class)) {
            return "task " + h.task() + " ran Java without a machine operation for too long (an endless loop?)";
        }
        for (TraceEvent.TripleFault t : machine.trace().events(TraceEvent.TripleFault.class)) {
            return "triple fault: " + t.reason();
        }
        return "none";
    }
}
