package eduscc.kernel.arch;

import eduscc.machine.cpu.BindingScope;
import eduscc.machine.cpu.Core;
import eduscc.machine.cpu.JavaCode;

/**
 * Where a kernel's Java code is bound (DESIGN §3): the labels of its C-level functions
 * (irq_handler, syscall_handler, the switch's callbacks) and the places its contexts begin (the
 * task entry, the user entry). A kernel that owns its core binds into the core's own table. A
 * kernel that runs as an lguest guest on the same core binds the same addresses into a scope of
 * its own, which is in effect only while its IDT is loaded ({@link Core#bindings}): one kernel
 * source, two kernels on one core, each reaching only its own Java code.
 */
public final class KernelText {
    private final Core core;
    private final BindingScope scope;

    private KernelText(Core core, BindingScope scope) {
        this.core = core;
        this.scope = scope;
    }

    /** The core's own bindings: a kernel that owns the core. */
    public static KernelText of(Core core) {
        return new KernelText(core, null);
    }

    /** A guest kernel's bindings, in effect while the IDT at {@code idtBase} is loaded. */
    public static KernelText scoped(Core core, int idtBase) {
        return new KernelText(core, core.bindings(idtBase));
    }

    /** Java code where a context begins (see {@link Core.Binding}). */
    public void bind(int address, String name, JavaCode code) {
        if (scope == null) {
            core.bind(address, name, code);
        } else {
            scope.bind(address, name, code);
        }
    }

    /** A C-level function: x86 code CALLs it and it returns with RET. */
    public void bindRoutine(int address, String name, JavaCode code) {
        if (scope == null) {
            core.bindRoutine(address, name, code);
        } else {
            scope.bindRoutine(address, name, code);
        }
    }
}
