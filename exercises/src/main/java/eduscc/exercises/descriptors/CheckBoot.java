package eduscc.exercises.descriptors;

import eduscc.exercises.observing.Failures;
import eduscc.kernel.Kernel;
import eduscc.kernel.KernelConfig;
import eduscc.kernel.boot.SccBoot;
import eduscc.machine.Machine;
import eduscc.machine.MachineConfig;
import eduscc.machine.chip.CoreId;
import eduscc.machine.cpu.Core;
import eduscc.machine.engine.RunResult;
import eduscc.machine.time.Clocks;
import eduscc.machine.trace.TraceEvent;
import java.util.List;
import java.util.function.Consumer;

/**
 * Where the descriptor exercises' boot checks run: core 0 of the SCC released from reset, through
 * the kit's real-mode stub into the kernel, with paging and hardware task switches as the labs
 * boot it, and the encoder under test plugged into the kernel before {@code boot}. The kernel
 * writes its GDT and IDT with that encoder, loads them and runs the check's tasks; once every
 * task is done (or the time is up), the check looks at what the machine holds: registers, and the
 * tables' bytes read back from simulated memory.
 */
public final class CheckBoot {
    /** Two simulated seconds: the boot and the checks' tasks take a few million cycles. */
    static final long UNTIL_CYCLES = 2 * 533_333_333L;

    /** What a check looks at once the run is over. */
    @FunctionalInterface
    public interface Inspection {
        void inspect(Machine machine, Core core, Kernel kernel, String ended);
    }

    private CheckBoot() {
    }

    /**
     * @param prepare     plugs the encoder under test into the kernel, before it boots
     * @param createTasks creates the check's tasks once the scheduler exists
     * @param inspection  looks at the machine once every task is done or the time is up
     */
    public static void run(Consumer<Kernel> prepare, Consumer<Kernel> createTasks, Inspection inspection) {
        KernelConfig config = new KernelConfig(100, 0, true, true).withPaging(true);
        Kernel[] kernel = new Kernel[1];
        try (Machine machine = SccBoot.boot(List.of(CoreId.of(0)), MachineConfig.DEFAULT, core -> {
            kernel[0] = new Kernel(core, config, createTasks);
            prepare.accept(kernel[0]);
            return kernel[0]::boot;
        })) {
            RunResult result = machine.run(UNTIL_CYCLES * Clocks.TILE_533_UNITS);
            String ended = result.reason() == RunResult.Reason.ALL_IDLE ? "every task done"
                : "still running after two simulated seconds";
            inspection.inspect(machine, machine.core(0), kernel[0], ended);
        }
    }

    /** The first panic, hang or triple fault of the run, as a student would read it; or "none". */
    public static String firstFailure(Machine machine) {
        for (TraceEvent.Panic p : machine.trace().events(TraceEvent.Panic.class)) {
            String reason = p.reason().lines().findFirst().orElse("");
            return "the kernel stopped in " + p.task() + ": " + Failures.shorten(reason);
        }
        for (TraceEvent.Hang h : machine.trace().events(TraceEvent.Hang.class)) {
            return "task " + h.task() + " ran Java without a machine operation for too long (an endless loop?)";
        }
        for (TraceEvent.TripleFault t : machine.trace().events(TraceEvent.TripleFault.class)) {
            return "triple fault: " + t.reason();
        }
        return "none";
    }

    /** The 8 bytes of table entry {@code index} at physical {@code table}, read back without charging the core. */
    public static long entry(Core core, int table, int index) {
        long low = core.probePrivate(table + 8 * index, 4) & 0xFFFF_FFFFL;
        long high = core.probePrivate(table + 8 * index + 4, 4) & 0xFFFF_FFFFL;
        return high << 32 | low;
    }
}
