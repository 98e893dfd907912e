package eduscc.exercises.switchcontext;

import eduscc.exercises.descriptors.CheckBoot;
import eduscc.kernel.Kernel;
import eduscc.kernel.KernelConfig;
import eduscc.kernel.boot.SccBoot;
import eduscc.machine.Machine;
import eduscc.machine.MachineConfig;
import eduscc.machine.chip.CoreId;
import eduscc.machine.cpu.Core;
import eduscc.machine.engine.RunResult;
import eduscc.machine.time.Clocks;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Where the switch checks run: core 0 of the SCC released from reset into a kernel that pages and
 * switches tasks by software, with the code under test ({@link Mixed}) in its switch, and the
 * check's tasks; once every task is done (or the time is up), the check looks at what it recorded.
 */
final class SwitchBoot {
    /** One simulated second: the checks' tasks take a few ticks. */
    private static final long UNTIL_CYCLES = 533_333_333L;
    private static final KernelConfig SOFTWARE_SWITCH = new KernelConfig(100, 0, true, false).withPaging(true);

    private SwitchBoot() {
    }

    /**
     * @param createTasks creates the check's tasks once the scheduler exists, on the boot context
     * @return the first failure of the run, with what the switch did last (the task it was switching
     *     to, when the code under test made the core fault), and the core's console
     */
    static Outcome run(Mixed parts, BiConsumer<Core, Kernel> createTasks) {
        Kernel[] kernel = new Kernel[1];
        try (Machine machine = SccBoot.boot(List.of(CoreId.of(0)), MachineConfig.DEFAULT, core -> {
            kernel[0] = new Kernel(core, SOFTWARE_SWITCH, k -> createTasks.accept(core, k));
            kernel[0].setSwitchContext(parts);
            return kernel[0]::boot;
        })) {
            RunResult result = machine.run(UNTIL_CYCLES * Clocks.TILE_533_UNITS);
            String failure = CheckBoot.firstFailure(machine);
            if (!failure.equals("none")) {
                failure += "; the switch's last step before it: " + parts.doing();
            } else if (result.reason() != RunResult.Reason.ALL_IDLE) {
                failure = "the tasks were still running after a simulated second";
            }
            return new Outcome(failure, machine.core(0).consoleText());
        }
    }

    /** How a run ended: its first failure, or "none", and what the core printed. */
    record Outcome(String failure, String console) {
    }
}
