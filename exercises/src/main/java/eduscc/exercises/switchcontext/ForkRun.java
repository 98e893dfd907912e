package eduscc.exercises.switchcontext;

import eduscc.exercises.descriptors.CheckBoot;
import eduscc.exercises.observing.Observer;
import eduscc.kernel.sched.ReadyQueuePlugins;
import eduscc.labs.run.BootedLab;
import eduscc.labs.run.LabRunner;
import eduscc.labs.scenario.KernelPart;
import eduscc.labs.scenario.Scenario;
import eduscc.labs.scenario.ShippedLabs;
import eduscc.machine.time.Clocks;
import eduscc.machine.trace.TraceEntry;
import eduscc.machine.trace.TraceEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * The fork lab switched by software: forkdemo and its copy-on-write child each run on a page
 * directory of their own, the idle task on the kernel's. A switch between them must load CR3, and
 * a switch between two tasks on the same directory must not (a MOV CR3 flushes the TLBs, SDM
 * §4.10.4.1). The check records every CR3 load of the run and what the two processes printed,
 * which is right only if each ran on its own memory.
 */
final class ForkRun {
    /** Two simulated seconds: the lab is over after one tick. */
    private static final long UNTIL_CYCLES = 2 * 533_333_333L;

    private ForkRun() {
    }

    static void run(Observer o, String plugin) {
        Scenario lab = ShippedLabs.load("fork");
        lab = lab.withKernel(lab.kernel().withSwitch(KernelPart.SOFTWARE).withContextSwitch(plugin));
        List<String> loads = new ArrayList<>();
        try (BootedLab booted = LabRunner.boot(lab, ReadyQueuePlugins.get(lab.kernel().readyQueues()))) {
            booted.machine().trace().replayAndFollow(entry -> cr3(entry, loads));
            booted.machine().run(UNTIL_CYCLES * Clocks.TILE_533_UNITS);
            o.see("the first failure of the fork lab's run", CheckBoot.firstFailure(booted.machine()));
            o.see("CR3 loads after the kernel turned paging on", loads.size() - Math.min(1, loads.size()));
            for (int i = 1; i < loads.size(); i++) {
                o.see("CR3 load " + i + " after the kernel's own", loads.get(i));
            }
            o.see("the console", booted.machine().core(0).consoleText());
        }
    }

    private static void cr3(TraceEntry entry, List<String> loads) {
        if (entry.core() == 0 && entry.event() instanceof TraceEvent.ControlRegisterWrite w && w.register() == 3) {
            loads.add(String.format("0x%08X", w.newValue()));
        }
    }
}
