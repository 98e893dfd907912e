package eduscc.visualizer.descriptors;

import eduscc.kernel.KernelSnapshot;
import eduscc.labs.debug.DebugSnapshot;

/**
 * Names a TSS selector with the task it belongs to, so that wherever the debugger prints one (TR,
 * a GDT row, the TSS panel, a task-switch event) the class reads "0030 (realtime)" rather than a
 * number to look up. With hardware switching each task has its own TSS (GDT index 5 + task id);
 * with software switching the core has one, which every task runs with.
 */
public final class TssNames {
    /** Names nothing: a core without a kernel, or before its scheduler exists. */
    public static final TssNames NONE = new TssNames(null);

    private final KernelSnapshot kernel;

    private TssNames(KernelSnapshot kernel) {
        this.kernel = kernel;
    }

    /** The names on {@code core} in {@code snapshot}: that core's kernel's task table. */
    public static TssNames of(DebugSnapshot snapshot, int core) {
        KernelSnapshot k = snapshot.kernels().get(core);
        return k == null ? NONE : new TssNames(k);
    }

    public static TssNames of(KernelSnapshot kernel) {
        return new TssNames(kernel);
    }

    /** Whose TSS {@code selector} is ("realtime", "all tasks of core 0"), or empty when it names no TSS. */
    public String owner(int selector) {
        return kernel == null ? "" : kernel.tssOwner(selector);
    }

    /** {@code text} (the selector as the view prints it) followed by its owner in parentheses, if it has one. */
    public String named(String text, int selector) {
        String owner = owner(selector);
        return owner.isEmpty() ? text : text + " (" + owner + ")";
    }
}
