package eduscc.kernel.sys;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eduscc.kernel.Kernel;
import eduscc.kernel.KernelConfig;
import eduscc.kernel.boot.SccBoot;
import eduscc.kernel.sched.Priority;
import eduscc.kernel.user.ShippedPrograms;
import eduscc.machine.Machine;
import eduscc.machine.MachineConfig;
import eduscc.machine.chip.CoreId;
import eduscc.machine.trace.TraceEvent;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * uptime, the kit's system call 44, from /bin/uptime in ring 3: the ticks in EAX, the frequency
 * stored through the pointer in EBX, -EFAULT for a pointer into the kernel; and a number that
 * neither syscall_handler nor the extra calls know still answers -ENOSYS.
 */
class UptimeTest {
    private static Machine run(Consumer<Kernel> setUp) {
        KernelConfig config = new KernelConfig(250, 0, true, true).withPaging(true);
        return SccBoot.boot(List.of(CoreId.of(0)), MachineConfig.DEFAULT, null,
            ShippedPrograms.ramdiskFor(List.of("/bin/uptime")), core -> {
                Kernel kernel = new Kernel(core, config, k -> k.createProcess("uptime", Priority.NORMAL, "/bin/uptime"));
                setUp.accept(kernel);
                return kernel::boot;
            });
    }

    private static List<String> calls(Machine machine) {
        return machine.trace().events(TraceEvent.SystemCall.class).stream()
            .filter(c -> c.number() == SyscallNumbers.UPTIME).map(c -> c.name() + " = " + c.result()).toList();
    }

    @Test
    void uptimeAnswersTheTicksStoresTheFrequencyAndRefusesAKernelPointer() {
        try (Machine machine = run(k -> { })) {
            machine.run();
            assertEquals("up 3 ticks at 250 Hz\n", machine.core(0).consoleText());
            assertEquals(List.of("uptime = 3", "uptime = -14"), calls(machine));
        }
    }

    @Test
    void withoutTheExtraCallsNumber44IsUnknownAgain() {
        try (Machine machine = run(k -> k.setSyscalls(kernel -> (number, caller) -> -SyscallNumbers.ENOSYS))) {
            machine.run();
            assertEquals("up 4294967258 ticks at 0 Hz\n", machine.core(0).consoleText(), "-38, printed unsigned");
            assertEquals(List.of("uptime = -38", "uptime = -38"), calls(machine));
        }
    }
}
