package eduscc.visualizer.boot;

import java.util.Locale;

/**
 * The steps of the boot story in the order a lecturer tells it: SDM Vol. 3A §9.9.1 "Switching to
 * Protected Mode" as the kit's reset stub performs it, then the jump into the kernel. The boot
 * view lights one lamp per step once the core has passed it ({@link BootStrip}).
 */
public enum BootStep {
    /** sccReset released the core: it fetches at 0xFFFFFFF0 in real mode. */
    RESET_RELEASED("reset released"),
    /** The first SS load: from now on the stub may push and call. */
    STACK("stack"),
    /** LGDT: the GDT the far jump will take CS from. */
    LGDT("LGDT"),
    /** MOV CR0 with PE set: protected mode, though CS still holds its real-mode cache. */
    CR0_PE("CR0.PE"),
    /** The far jump that loads CS from the GDT and with it 32-bit code. */
    FAR_JUMP("far jump"),
    /** DS, ES, FS, GS and SS reloaded with protected-mode selectors after the far jump. */
    SEGMENTS("segments"),
    /** Execution reached the kernel's entry point. */
    KERNEL_ENTRY("kernel entry");

    private final String label;

    BootStep(String label) {
        this.label = label;
    }

    /** The lamp's text, e.g. "CR0.PE". */
    public String label() {
        return label;
    }

    /** The node id of the step's lamp in the boot view, e.g. {@code boot-stage-cr0-pe}. */
    public String lampId() {
        return "boot-stage-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
