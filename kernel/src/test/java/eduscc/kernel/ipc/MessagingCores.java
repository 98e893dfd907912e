package eduscc.kernel.ipc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eduscc.kernel.Kernel;
import eduscc.kernel.KernelConfig;
import eduscc.kernel.boot.SccBoot;
import eduscc.machine.Machine;
import eduscc.machine.MachineConfig;
import eduscc.machine.chip.CoreId;
import eduscc.machine.engine.RunResult;
import eduscc.machine.trace.TraceEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/** For the messaging tests: boots cores that take part in messaging, runs them to their end, and keeps what they left. */
public final class MessagingCores {
    /** What a run leaves: each core's kernel and the whole trace. */
    public record Run(Map<Integer, Kernel> kernels, List<TraceEntry> trace) { }

    private MessagingCores() {
    }

    /**
     * Boots {@code pids} with messaging (100 Hz, software switching, paging), lets
     * {@code createTasks} make each core's tasks, and runs until every core is idle, at most
     * {@code limit} time units (failing the test if the tasks have not ended by then).
     */
    public static Run run(List<Integer> pids, Consumer<Kernel> createTasks, long limit) {
        KernelConfig config = new KernelConfig(100, 0, true, false, true).withMessaging(pids);
        Map<Integer, Kernel> kernels = new TreeMap<>();
        try (Machine machine = SccBoot.boot(pids.stream().map(CoreId::of).toList(), MachineConfig.DEFAULT, core -> {
            Kernel kernel = new Kernel(core, config, createTasks);
            kernels.put(core.pid(), kernel);
            return kernel::boot;
        })) {
            RunResult result = machine.run(limit);
            assertEquals(RunResult.Reason.ALL_IDLE, result.reason(), "every task ran to its end");
            List<TraceEntry> entries = new ArrayList<>();
            machine.trace().entries().forEach(entries::add);
            return new Run(kernels, entries);
        }
    }
}
