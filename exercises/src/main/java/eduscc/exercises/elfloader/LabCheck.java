package eduscc.exercises.elfloader;

import eduscc.exercises.descriptors.CheckBoot;
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
 * The whole point: the kernel runs the fork lab, whose process forkdemo is loaded by exec, forks,
 * and writes its counter through copy-on-write, with the loader under test, and the run must show
 * what it shows with the kit's: the same page faults, in the same tasks, on the same frames, the
 * same console, no panic. (Not the trace hash: a loader may take its own machine operations, as
 * long as every page and frame ends up as the kit's leaves them.) The lab takes the path {@code eduscc run fork --elf-loader student} takes.
 */
final class LabCheck {
    static final String LAB = "fork";
    /** One simulated second: the lab is over within its second tick. */
    static final long UNTIL_CYCLES = 533_333_333L;

    private LabCheck() {
    }

    static void run(Observer o, String plugin) {
        Scenario lab = ShippedLabs.load(LAB);
        lab = lab.withKernel(lab.kernel().withElfLoader(plugin));
        try (BootedLab booted = LabRunner.boot(lab, ReadyQueuePlugins.get(lab.kernel().readyQueues()))) {
            Machine machine = booted.machine();
            RunResult result = machine.run(UNTIL_CYCLES * Clocks.TILE_533_UNITS);
            o.see("the first failure of the fork lab's run", CheckBoot.firstFailure(machine));
            o.see("how the fork lab's run ended", result.reason() == RunResult.Reason.ALL_IDLE
                ? "every task done" : "still running after one simulated second");
            o.see("the console of the fork lab", machine.core(0).consoleText());
            List<TraceEvent.PageFaultResolved> faults = machine.trace().events(TraceEvent.PageFaultResolved.class);
            for (int i = 0; i < faults.size(); i++) {
                TraceEvent.PageFaultResolved f = faults.get(i);
                o.see("page fault " + (i + 1) + " of the fork lab", String.format("%s at 0x%08X in %s, frame 0x%08X",
                    f.outcome(), f.linearAddress(), f.task(), f.frame()));
            }
            o.see("page faults the kernel handled in the fork lab (./eduscc run fork --elf-loader student shows them)",
                faults.size());
        }
    }
}
