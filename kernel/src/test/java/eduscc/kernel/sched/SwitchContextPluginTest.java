package eduscc.kernel.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eduscc.kernel.Kernel;
import eduscc.kernel.KernelConfig;
import eduscc.kernel.boot.SccBoot;
import eduscc.machine.Machine;
import eduscc.machine.MachineConfig;
import eduscc.machine.chip.CoreId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A kernel that switches by software routes every new task's first frame and both callbacks of
 * every switch through the chosen C half; one that switches by hardware never calls it.
 */
class SwitchContextPluginTest {

    /** The kit's code, with each call written down. */
    private static final class Recording implements SwitchContextParts {
        final List<String> calls = new ArrayList<>();
        private final KitSwitchContext kit = new KitSwitchContext();

        @Override
        public void createDefaultFrame(SwitchContextCpu cpu, Task task, int entry) {
            calls.add("frame " + task.name());
            kit.createDefaultFrame(cpu, task, entry);
        }

        @Override
        public void getCurrentStack(SwitchContextCpu cpu, Task next) {
            calls.add("stack " + next.name());
            kit.getCurrentStack(cpu, next);
        }

        @Override
        public void setKernelStack(SwitchContextCpu cpu, Task next) {
            calls.add("esp0 " + next.name());
            kit.setKernelStack(cpu, next);
        }
    }

    private static List<String> run(boolean hardwareSwitch) {
        Recording recording = new Recording();
        try (Machine machine = SccBoot.boot(List.of(CoreId.of(0)), MachineConfig.DEFAULT, core -> {
            Kernel kernel = new Kernel(core, new KernelConfig(100, 0, true, hardwareSwitch), k ->
                k.scheduler().create("a", Priority.NORMAL, () -> k.print("a\n")));
            kernel.setSwitchContext(recording);
            return kernel::boot;
        })) {
            machine.run();
            assertEquals("a\n", machine.core(0).consoleText());
        }
        return recording.calls;
    }

    @Test
    void aSoftwareSwitchCallsTheChosenPartsInEduosOrder() {
        assertEquals(List.of("frame a", "stack a", "esp0 a", "stack idle", "esp0 idle"), run(false));
    }

    @Test
    void aHardwareSwitchNeverCallsThem() {
        assertEquals(List.of(), run(true));
    }

    @Test
    void theKitsPartsAreAlwaysThereAndCannotBeReplaced() {
        assertEquals(KitSwitchContext.class, SwitchContextPlugins.get(SwitchContextPlugins.KIT).get().getClass());
        assertThrows(IllegalArgumentException.class, () -> SwitchContextPlugins.register("kit", KitSwitchContext::new));
        assertEquals("no context-switch plug-in named 'x'; known: kit",
            assertThrows(IllegalArgumentException.class, () -> SwitchContextPlugins.get("x")).getMessage());
    }
}
