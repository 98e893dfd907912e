package eduscc.exercises.pageframes;

import eduscc.exercises.observing.Failures;
import eduscc.exercises.observing.Observer;
import eduscc.kernel.arch.KernelLayout;
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
 * The whole point: the kernel runs the fork lab with the allocator under test behind every page
 * table, program page and copy it makes, and the run must show what it shows with the kit's: the
 * same page faults resolved the same way (copied while a frame is shared, taken over once its
 * count is one, which the page-fault handler asks the allocator), the same console, no panic, and
 * as many frames in use once the processes are gone. Which frames they were is the unit checks'
 * business, not this one's. The lab takes the path {@code eduscc run fork --page-frames student}
 * takes: the lab names the plug-in and the kernel gets it from the registry.
 */
final class LabCheck {
    /** One simulated second: the lab is over within its second tick. */
    static final long UNTIL_CYCLES = 533_333_333L;

    private LabCheck() {
    }

    /** Records the first failure (or "none"), how the run ended, each resolved fault, the console and the frames left in use. */
    static void run(Observer o, String plugin) {
        Scenario lab = ShippedLabs.load("fork");
        lab = lab.withKernel(lab.kernel().withPageFrames(plugin));
        try (BootedLab booted = LabRunner.boot(lab, ReadyQueuePlugins.get(lab.kernel().readyQueues()))) {
            Machine machine = booted.machine();
            RunResult result = machine.run(UNTIL_CYCLES * Clocks.TILE_533_UNITS);
            o.see("the first failure of the fork lab's run", Failures.firstFailure(machine));
            o.see("how the fork lab's run ended", result.reason() == RunResult.Reason.ALL_IDLE
                ? "every task done" : "still running after one simulated second");
            List<TraceEvent.PageFaultResolved> faults = machine.trace().events(TraceEvent.PageFaultResolved.class);
            for (int i = 0; i < faults.size(); i++) {
                TraceEvent.PageFaultResolved f = faults.get(i);
                o.see("page fault " + (i + 1) + " of the fork lab", String.format("%s at 0x%08X in %s", f.outcome(),
                    f.linearAddress(), f.task()));
            }
            o.see("page faults the kernel handled in the fork lab", faults.size());
            o.see("the console of the fork lab", machine.core(0).consoleText());
            o.see("frames in use once the fork lab is over (the kernel's own)", framesInUse(machine));
        }
    }

    /** The bits set in core 0's frame bitmap, read without charging the core. */
    private static int framesInUse(Machine machine) {
        int used = 0;
        for (int word = 0; word < KernelLayout.FRAME_POOL_FRAMES / 32; word++) {
            used += Integer.bitCount(machine.core(0).probePrivate(KernelLayout.FRAME_BITMAP + 4 * word, 4));
        }
        return used;
    }
}
