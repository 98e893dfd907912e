package eduscc.kernel.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eduscc.kernel.Kernel;
import eduscc.kernel.KernelConfig;
import eduscc.kernel.boot.SccBoot;
import eduscc.machine.Machine;
import eduscc.machine.MachineConfig;
import eduscc.machine.chip.CoreId;
import eduscc.machine.cpu.LocalApic;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The kernel starts its local APIC through the chosen set-up, once, at the lab's frequency. */
class ApicTimerPluginTest {

    @Test
    void theKernelCallsTheChosenSetUpOnceWithItsTimerFrequency() {
        List<Integer> calls = new ArrayList<>();
        ApicTimerSetup recording = (ops, timerFreq) -> {
            calls.add(timerFreq);
            new KitApicTimer().start(ops, timerFreq);
        };
        try (Machine machine = SccBoot.boot(List.of(CoreId.of(0)), MachineConfig.DEFAULT, core -> {
            Kernel kernel = new Kernel(core, new KernelConfig(250, 3));
            kernel.setApicTimer(recording);
            return kernel::boot;
        })) {
            machine.run();
            assertEquals(List.of(250), calls);
            LocalApic apic = machine.core(0).apic();
            assertEquals(Apic.countFor(250), apic.read(LocalApic.TIMER_INITIAL, 0));
            assertEquals(LocalApic.LVT_PERIODIC | Idt.TIMER, apic.read(LocalApic.LVT_TIMER, 0));
            assertEquals(LocalApic.SVR_ENABLE | Idt.SPURIOUS, apic.read(LocalApic.SVR, 0));
        }
    }

    @Test
    void theKitsSetUpIsAlwaysThereAndCannotBeReplaced() {
        assertEquals(KitApicTimer.class, ApicTimerPlugins.get(ApicTimerPlugins.KIT).get().getClass());
        assertThrows(IllegalArgumentException.class, () -> ApicTimerPlugins.register("kit", KitApicTimer::new));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> ApicTimerPlugins.get("x"));
        assertEquals("no apic-timer plug-in named 'x'; known: kit", unknown.getMessage());
    }
}
