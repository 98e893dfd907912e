package eduscc.labs.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eduscc.kernel.arch.KernelLayout;
import eduscc.labs.scenario.ShippedLabs;
import eduscc.machine.trace.TraceEvent.InterruptDelivered;
import eduscc.machine.trace.TraceEvent.InterruptReturn;
import eduscc.machine.trace.TraceEvent.TaskSwitch;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The side-by-side lab runs one task pair on two cores, core 0 switching by TSS and far JMP, core
 * 1 by switch_context: the decisions are the same tick for tick, only core 0 makes processor task
 * switches (its selectors walk 0x28, 0x30, 0x38), and warm, a tick that switches costs 359 cycles
 * on core 0 and 360 on core 1 from the delivery to the next task's IRET, as the narration says.
 */
class SwitchSideBySideLabTest {
    private static final LabTrace TRACE = LabTrace.of("switch-side-by-side");

    @Test
    void eachCoreSwitchesItsOwnWayAndBothMakeTheSameDecisions() {
        RunReport report = LabRunner.run(ShippedLabs.load("switch-side-by-side"), LabRunner.DEFAULT_UNTIL_CYCLES, cycle -> { });
        assertEquals(List.of(), report.failures());
        assertEquals("hardware", report.core(0).contextSwitch());
        assertEquals("software", report.core(1).contextSwitch());
        assertEquals(decisions(report.core(0)), decisions(report.core(1)));
        assertEquals(List.of("1 idle -> ping", "2 ping -> pong", "3 pong -> ping", "4 ping -> pong", "5 pong -> ping",
            "6 ping -> pong", "7 pong -> ping", "7 ping -> pong", "7 pong -> idle"), decisions(report.core(0)));
    }

    private static List<String> decisions(CoreRun core) {
        return core.switches().stream().map(s -> s.tick() + " " + s.from() + " -> " + s.to()).toList();
    }

    @Test
    void onlyTheHardwareCoreJumpsToTaskStateSegments() {
        assertEquals(List.of("0x28 -> 0x30", "0x30 -> 0x38", "0x38 -> 0x30", "0x30 -> 0x38", "0x38 -> 0x30",
                "0x30 -> 0x38", "0x38 -> 0x30", "0x30 -> 0x38", "0x38 -> 0x28"),
            TRACE.events(0, TaskSwitch.class).stream()
                .map(t -> String.format("0x%02x -> 0x%02x", t.event().fromSelector(), t.event().toSelector())).toList());
        assertEquals(List.of(85), TRACE.events(0, TaskSwitch.class).stream().map(t -> t.event().cycles()).distinct().toList(),
            "the P54C's task switch with cache hits (facts p54c-costs)");
        assertEquals(List.of(), TRACE.events(1, TaskSwitch.class));
    }

    @Test
    void warmSwitchesCostTheSameToACycle() {
        assertEquals(List.of(359L, 359L, 359L), warmSwitchCycles(0));
        assertEquals(List.of(360L, 360L, 360L), warmSwitchCycles(1));
    }

    /**
     * Ticks 5 to 7: from the tick's delivery to the IRET that resumes the next task's computation
     * (a lab task's body runs at the kernel's task entry, whose address its Java code is bound to).
     */
    private static List<Long> warmSwitchCycles(int core) {
        List<Long> deliveries = TRACE.events(core, InterruptDelivered.class).stream().map(LabTrace.At::cycle).toList();
        List<LabTrace.At<InterruptReturn>> returns = TRACE.events(core, InterruptReturn.class);
        return deliveries.subList(4, 7).stream().map(delivered -> {
            long resumed = returns.stream().filter(r -> r.cycle() > delivered && r.event().eip() == KernelLayout.TASK_ENTRY)
                .findFirst().orElseThrow().cycle();
            return resumed - delivered;
        }).toList();
    }
}
