package eduscc.visualizer.boot;

import eduscc.kernel.arch.EntryStubs;
import eduscc.kernel.boot.KernelImage;
import eduscc.machine.cpu.CoreState;
import eduscc.machine.cpu.Registers;
import eduscc.machine.snapshot.CoreSnapshot;
import eduscc.machine.x86.asm.Assembly;
import java.util.List;

/**
 * The pieces of x86 code a core runs, each with its listing: the reset stub in the top page of
 * memory; from the {@code jmp KERNEL_START} on, the head of the kernel image at 1 MiB with its
 * Multiboot header; and, once the kernel runs, its interrupt entry and exit paths and software
 * context switch (entry.asm), so stepping into an interrupt shows the stub's lines. All are
 * assembled once; their listings never change while the GUI runs.
 */
public enum BootListing {
    RESET(KernelImage.RESET_SOURCE, "the reset page, the last 4 KiB below 4 GiB"),
    KERNEL_HEAD(KernelImage.HEAD_SOURCE, "the kernel image at 1 MiB"),
    ENTRY(EntryStubs.SOURCE, "the interrupt stubs and switch_context");

    private final String source;
    private final String where;
    private Assembly assembly;
    private List<String> lines;

    BootListing(String source, String where) {
        this.source = source;
        this.where = where;
    }

    /**
     * The code {@code core} is in: the one whose bytes hold CS base + EIP; outside both, the
     * kernel head once the core has entered the kernel (its Java code runs elsewhere), else the stub.
     */
    static BootListing at(CoreSnapshot core, BootStrip strip) {
        if (core.state() != CoreState.IN_RESET) {
            long linear = Integer.toUnsignedLong(core.segment(Registers.CS).base() + core.eip());
            for (BootListing listing : values()) {
                if (listing.assembly().lineAt(linear).isPresent()) {
                    return listing;
                }
            }
        }
        return strip.lit(BootStep.KERNEL_ENTRY) ? KERNEL_HEAD : RESET;
    }

    /** The source file name, e.g. {@code kernel_head.asm}. */
    public String source() {
        return source;
    }

    /** The listing's heading: the file and where its bytes lie. */
    public String title() {
        return String.format("%s at %08X: %s", source, assembly().origin(), where);
    }

    synchronized Assembly assembly() {
        if (assembly == null) {
            assembly = switch (this) {
                case RESET -> KernelImage.resetStub();
                case KERNEL_HEAD -> KernelImage.head();
                case ENTRY -> EntryStubs.assembly();
            };
        }
        return assembly;
    }

    /** The listing as the assembler renders it, one line per source line: number, address, bytes, source. */
    public synchronized List<String> lines() {
        if (lines == null) {
            lines = List.of(assembly().render().split("\n"));
        }
        return lines;
    }
}
