package eduscc.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eduscc.kernel.boot.SccBoot;
import eduscc.kernel.sched.Priority;
import eduscc.machine.Machine;
import eduscc.machine.MachineConfig;
import eduscc.machine.chip.CoreId;
import eduscc.machine.trace.TraceEvent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One core's kernel interrupts another's through the GIC; the receiver learns who sent it. */
class InterCoreInterruptTest {
    @Test
    void receiverReadsTheSenderFromTheGicStatus() {
        Map<Integer, Kernel> kernels = new HashMap<>();
        KernelConfig config = new KernelConfig(100, 3, false, true);
        try (Machine machine = SccBoot.boot(List.of(CoreId.of(0), CoreId.of(37)), MachineConfig.DEFAULT, core -> {
            Kernel kernel = new Kernel(core, config, k -> {
                if (core.pid() == 37) {
                    k.scheduler().create("sender", Priority.NORMAL, () -> k.sendIpi(0));
                }
            });
            kernels.put(core.pid(), kernel);
            return kernel::boot;
        })) {
            machine.run();
            assertEquals(1, kernels.get(0).ipisReceived());
            assertEquals(1L << 37, kernels.get(0).lastIpiSenders(), "IRQ_STATUS bit 6 + 37 names core 37");
            assertEquals(new TraceEvent.Ipi(37, 0, 0), machine.trace().events(TraceEvent.Ipi.class).get(0));
        }
    }
}
