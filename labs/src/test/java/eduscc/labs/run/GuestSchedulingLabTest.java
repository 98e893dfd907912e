package eduscc.labs.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.kernel.Kernel;
import eduscc.kernel.KernelConfig;
import eduscc.kernel.boot.SccBoot;
import eduscc.kernel.lguest.GuestKernel;
import eduscc.kernel.lguest.HypercallDispatcherFactory;
import eduscc.kernel.user.ShippedPrograms;
import eduscc.labs.scenario.Scenario;
import eduscc.labs.scenario.ShippedLabs;
import eduscc.labs.scenario.TaskSpec;
import eduscc.machine.Machine;
import eduscc.machine.MachineConfig;
import eduscc.machine.chip.CoreId;
import eduscc.machine.trace.TraceEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One kernel, two hardware layers: the scheduling lab's tasks, run by the kit's kernel as an
 * lguest guest in ring 1 (its timer a virtual interrupt, its prints general-protection faults the
 * host emulates), are scheduled in the same order, for the same reasons, as natively
 * (SchedulingLabTest's hand-computed order). The ticks are the guest's own, so only the order and
 * the reasons of the switches are compared (a decision to keep the current task is no switch,
 * as in the lab's report; the host's own decisions, between its launcher and its idle task, are
 * left out).
 */
class GuestSchedulingLabTest {
    private static final int GUEST_MEMORY = 16 << 20;

    @Test
    void theGuestKernelSchedulesTheLabsTasksAsTheNativeOneDoes() {
        Scenario lab = ShippedLabs.load("scheduling");
        int timerFreq = lab.kernel().timerFreq();
        KernelConfig guestConfig = new KernelConfig(timerFreq, 0, true, false).withPaging(true);
        GuestKernel guest = new GuestKernel("sched", guestConfig, ShippedPrograms.ramdisk(), k -> {
            TaskDirectory directory = new TaskDirectory();
            for (TaskSpec spec : lab.tasksOf(0)) {
                TaskProgram.create(k, spec, directory, new SwitchSampling(k), timerFreq, HypercallDispatcherFactory.KIT);
            }
        });
        KernelConfig hostConfig = new KernelConfig(timerFreq, 0, true, false).withPaging(true);
        try (Machine machine = SccBoot.boot(List.of(CoreId.of(0)), MachineConfig.DEFAULT, core -> {
            Kernel host = new Kernel(core, hostConfig, k -> k.createGuest("launcher", 8, guest, GUEST_MEMORY));
            return host::boot;
        })) {
            machine.run(20_000_000_000L);
            List<TraceEvent.SchedulerDecision> guestDecisions = machine.trace().events(TraceEvent.SchedulerDecision.class)
                .stream().filter(d -> !d.from().equals("launcher") && !d.to().equals("launcher") && !d.from().equals(d.to()))
                .toList();
            assertEquals(SchedulingLabTest.HAND_COMPUTED.stream().map(SchedulingLabTest.Ran::task).toList(),
                guestDecisions.stream().map(TraceEvent.SchedulerDecision::to).toList());
            assertEquals(List.of("higher priority ready", "current blocked", "current blocked", "round robin",
                "higher priority ready", "current finished", "higher priority ready", "current finished", "round robin",
                "round robin", "round robin", "current blocked", "current finished", "higher priority ready",
                "current finished", "idle"), guestDecisions.stream().map(TraceEvent.SchedulerDecision::reason).toList());
            String console = machine.core(0).consoleText();
            assertTrue(console.contains("[guest sched] high: woken, and I preempted normal-a\n"), console);
        }
    }
}
