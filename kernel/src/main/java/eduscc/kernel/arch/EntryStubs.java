package eduscc.kernel.arch;

import eduscc.kernel.boot.KernelResources;
import eduscc.machine.x86.asm.Assembler;
import eduscc.machine.x86.asm.Assembly;



import java.util.List;
import java.util.Optional;

/**
 * The kernel's entry and exit paths in x86 (eduOS arch/x86/kernel/entry.asm): one small stub per
 * interrupt vector, {@code common_stub}, the system-call entry {@code isrsyscall}, and the
 * software context switch {@code switch_context} / {@code common_switch}. The source ships in
 * the kernel jar as {@value #SOURCE}; it is assembled once and loaded with the kernel image, at
 * {@link KernelLayout#HANDLERS}, so the interpreter runs it and the debugger lists it.
 *
 * <p>The labels of the C-level functions the stubs call ({@code irq_handler},
 * {@code syscall_handler}, {@code get_current_stack}, {@code set_kernel_stack}) are where the
 * kernel binds its Java code.
 */
public final class EntryStubs {
    public static final String SOURCE = "entry.asm";
    /** The labels of the C-level functions the kernel binds Java code to. */
    public static final List<String> ROUTINES = List.of("irq_handler", "syscall_handler", "get_current_stack",
        "set_kernel_stack");

    private EntryStubs() {
    }

    /** The assembled entry.asm: bytes, listing and symbols. */
    public static Assembly assembly() {
        return Holder.ASSEMBLY;
    }

    private static final class Holder {
        static final Assembly ASSEMBLY = assemble();

        private static Assembly assemble() {
            Assembly assembly = Assembler.assemble(SOURCE, source());
            if (assembly.origin() != KernelLayout.HANDLERS) {
                throw new IllegalStateException(SOURCE + " must start at HANDLERS (org "
                    + Integer.toHexString(KernelLayout.HANDLERS) + "), not at " + Long.toHexString(assembly.origin()));
            }
            if (assembly.origin() + assembly.bytes().length > KernelLayout.TASK_ENTRY) {
                throw new IllegalStateException(SOURCE + " runs into the task entry at "
                    + Integer.toHexString(KernelLayout.TASK_ENTRY));
            }
            return assembly;
        }
    }

    /** The text of entry.asm as it ships in the kernel jar. */
    public static String source() {
        return KernelResources.text(EntryStubs.class, SOURCE);
    }

    /** The address of a label in entry.asm, e.g. {@code common_stub}. */
    public static int address(String label) {
        Long value = assembly().symbols().get(label);
        if (value == null) {
            throw new IllegalArgumentException(SOURCE + " has no label '" + label + "'");
        }
        return value.intValue();
    }

    /** Where the IDT gate of {@code vector} points: its stub, or isrsyscall for INT 0x80. */
    public static int stub(int vector) {
        return address(vector == Idt.SYSCALL ? "isrsyscall" : "isr" + vector);
    }

    /** Whether entry.asm has a stub for {@code vector}. */
    public static boolean hasStub(int vector) {
        return vector == Idt.SYSCALL || assembly().symbols().containsKey("isr" + vector);
    }

    /** The C-level function whose label is at {@code linear}, if any: there the kernel's Java code runs. */
    public static Optional<String> routineAt(long linear) {
        return ROUTINES.stream().filter(name -> address(name) == linear).findFirst();
    }

    public static int irqHandler() {
        return address("irq_handler");
    }

    public static int syscallHandler() {
        return address("syscall_handler");
    }

    public static int switchContext() {
        return address("switch_context");
    }

    public static int getCurrentStack() {
        return address("get_current_stack");
    }

    public static int setKernelStack() {
        return address("set_kernel_stack");
    }
}
