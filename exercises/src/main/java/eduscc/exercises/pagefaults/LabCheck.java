package eduscc.exercises.pagefaults;

import eduscc.exercises.observing.Failures;
import eduscc.exercises.observing.Observer;
import eduscc.kernel.mm.PageFaultPlugins;
import eduscc.kernel.sched.ReadyQueuePlugins;
import eduscc.labs.run.BootedLab;
import eduscc.labs.run.LabRunner;
import eduscc.labs.scenario.Scenario;
import eduscc.labs.scenario.ShippedLabs;
import eduscc.machine.Machine;
import eduscc.machine.engine.RunResult;
import eduscc.machine.time.Clocks;
import eduscc.machine.trace.TraceEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole point: the kernel runs a lab with paging with the resolver under test in its
 * page-fault handler, and the run must show what it shows with the kit's: the same page faults
 * resolved the same way on the same frames, the same console output, no panic. The lab takes the
 * path {@code eduscc run LAB --page-faults student} takes: the lab names the plug-in and the
 * kernel gets it from the registry.
 *
 * <p>The paging lab's faults are all demand-zero ones, whose entries the entries check judges bit
 * by bit; that lab runs the resolver with the kit's bits in them ({@link KitEntries}) and also
 * judges what the MMU had recorded in each new page's entry when the resolver returned: whether
 * the page was already accessed, or even written, before the faulting access ran again.
 */
final class LabCheck {
    /** One simulated second: both labs are over within their second tick. */
    static final long UNTIL_CYCLES = 533_333_333L;
    /** The plug-in under which the paging lab runs the resolver under test with the kit's entry bits. */
    static final String WITH_KIT_ENTRIES = "graded-with-kit-entries";

    private LabCheck() {
    }

    /**
     * The paging lab, its demand-zero entries settled to the kit's bits; also records each page's A
     * and D bits. Its faults are all demand-zero ones, so the Nth page settled is the Nth fault.
     */
    static void paging(Observer o, String plugin) {
        List<KitEntries.Resolved> resolved = new ArrayList<>();
        PageFaultPlugins.register(WITH_KIT_ENTRIES, KitEntries.around(PageFaultPlugins.get(plugin), resolved));
        run(o, "paging", WITH_KIT_ENTRIES);
        for (int i = 0; i < resolved.size(); i++) {
            KitEntries.Resolved r = resolved.get(i);
            o.see("page fault " + (i + 1) + " of the paging lab: the accessed and dirty bits of the entry of its page "
                + ResolverChecks.hex(r.page()) + " when the resolver returned (before the faulting access ran again)",
                r.bits());
        }
    }

    /** Records the first failure (or "none"), how the run ended, each resolved fault and the console. */
    static void run(Observer o, String labName, String plugin) {
        Scenario lab = ShippedLabs.load(labName);
        lab = lab.withKernel(lab.kernel().withPageFaults(plugin));
        try (BootedLab booted = LabRunner.boot(lab, ReadyQueuePlugins.get(lab.kernel().readyQueues()))) {
            Machine machine = booted.machine();
            RunResult result = machine.run(UNTIL_CYCLES * Clocks.TILE_533_UNITS);
            o.see("the first failure of the " + labName + " lab's run", Failures.firstFailure(machine));
            o.see("how the " + labName + " lab's run ended", result.reason() == RunResult.Reason.ALL_IDLE
                ? "every task done" : "still running after one simulated second");
            List<TraceEvent.PageFaultResolved> faults = machine.trace().events(TraceEvent.PageFaultResolved.class);
            for (int i = 0; i < faults.size(); i++) {
                TraceEvent.PageFaultResolved f = faults.get(i);
                o.see("page fault " + (i + 1) + " of the " + labName + " lab", String.format("%s at 0x%08X in %s, frame 0x%08X",
                    f.outcome(), f.linearAddress(), f.task(), f.frame()));
            }
            o.see("page faults the kernel handled in the " + labName + " lab", faults.size());
            o.see("the console of the " + labName + " lab", machine.core(0).consoleText());
        }
    }
}
