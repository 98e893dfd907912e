package eduscc.exercises.idtgates;

import eduscc.exercises.descriptors.CheckBoot;
import eduscc.exercises.observing.Observer;
import eduscc.kernel.arch.GateEncoder;
import eduscc.kernel.arch.Idt;
import eduscc.kernel.arch.KernelLayout;
import eduscc.kernel.sched.Priority;
import eduscc.machine.cpu.Core;
import eduscc.machine.cpu.tables.GateDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The whole point: a core boots with the encoder under test writing the kernel's IDT, and the
 * processor goes through those gates. A user task in ring 3 makes a system call (INT 0x80, whose
 * gate must let ring 3 in and lead to isrsyscall) and sleeps two ticks (the APIC timer's vector
 * 123 must reach the scheduler, or it never wakes). The check records how the run ended, the
 * console (where the kernel reports a task it killed, with the vector), what the task got back,
 * the ticks the kernel counted, and gates 123 and 0x80 read back from the IDT in simulated
 * memory, decoded as the processor decodes them.
 */
final class BootCheck {
    static final int SLEEP_TICKS = 2;

    private BootCheck() {
    }

    static void run(Observer o, Supplier<GateEncoder> encoders) {
        List<String> seen = new ArrayList<>();
        CheckBoot.run(kernel -> kernel.setGateEncoder(encoders.get()),
            kernel -> kernel.createUserTask("user", Priority.NORMAL, libc -> {
                seen.add("getpid() from ring 3 answered " + libc.getpid());
                int slept = libc.sleep(SLEEP_TICKS);
                seen.add("sleep(" + SLEEP_TICKS + ") answered " + slept + " at tick " + kernel.ticks());
            }),
            (machine, core, kernel, ended) -> {
                o.see("the first failure of the boot", CheckBoot.firstFailure(machine));
                o.see("how the run ended", ended);
                String console = core.consoleText().strip();
                o.see("the console (where the kernel reports a task it killed)",
                    console.isEmpty() ? "(nothing)" : console);
                o.see("what the user task saw",
                    seen.isEmpty() ? "nothing: it did not get that far" : String.join("; ", seen));
                o.see("the timer ticks the kernel counted", kernel.ticks());
                o.see("gate 123 (the APIC timer) in memory, as the processor reads it", gate(core, Idt.TIMER));
                o.see("gate 0x80 (system calls) in memory, as the processor reads it", gate(core, Idt.SYSCALL));
            });
    }

    /** The gate as the processor reads it (byte 4 ignored), or why it is no gate. */
    private static String gate(Core core, int vector) {
        long bits = CheckBoot.entry(core, KernelLayout.IDT, vector);
        try {
            return GateDescriptor.decode(bits).describe();
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }
}
