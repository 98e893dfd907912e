package eduscc.visualizer.boot;

import eduscc.kernel.arch.EntryStubs;
import eduscc.kernel.boot.KernelImage;
import eduscc.kernel.boot.ResetStubPlugins;
import eduscc.machine.cpu.CoreState;
import eduscc.machine.cpu.Registers;
import eduscc.machine.snapshot.CoreSnapshot;
import eduscc.machine.x86.asm.Assembly;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The pieces of x86 code a core runs, each with its listing: the reset stub in the top page of
 * memory (the lab's: the kit's {@code reset.asm}, or the stub a lab names, such as a student's);
 * from the {@code jmp KERNEL_START} on, the head of the kernel image at 1 MiB with its Multiboot
 * header; and, once the kernel runs, its interrupt entry and exit paths and software context
 * switch (entry.asm), so stepping into an interrupt shows the stub's lines. Each is assembled
 * once; its listing never changes while the GUI runs.
 */
public final class BootListing {
    /** The kit's reset stub. */
    public static final BootListing RESET = new BootListing(KernelImage::resetStub, "the reset page, the last 4 KiB below 4 GiB");
    public static final BootListing KERNEL_HEAD = new BootListing(KernelImage::head, "the kernel image at 1 MiB");
    public static final BootListing ENTRY = new BootListing(EntryStubs::assembly, "the interrupt stubs and switch_context");
    /** The reset stubs of the labs shown so far, by their registered name. */
    private static final Map<String, BootListing> STUBS = new TreeMap<>(Map.of(ResetStubPlugins.KIT, RESET));

    private final Supplier<Assembly> assembler;
    private final String where;
    private Assembly assembly;
    private List<String> lines;

    private BootListing(Supplier<Assembly> assembler, String where) {
        this.assembler = assembler;
        this.where = where;
    }

    /**
     * The listing of the reset stub registered as {@code stub} (a lab's {@code resetStub}).
     *
     * @throws IllegalArgumentException for an unregistered stub, or one that does not assemble
     */
    public static synchronized BootListing reset(String stub) {
        BootListing listing = STUBS.get(stub);
        if (listing == null) {
            listing = new BootListing(ResetStubPlugins.get(stub), "the reset page, the last 4 KiB below 4 GiB");
            listing.assembly();
            STUBS.put(stub, listing);
        }
        return listing;
    }

    /**
     * The code {@code core} is in: the one whose bytes hold CS base + EIP; outside all, the kernel
     * head once the core has entered the kernel (its Java code runs elsewhere), else the stub.
     *
     * @param reset the lab's reset stub
     */
    static BootListing at(CoreSnapshot core, BootStrip strip, BootListing reset) {
        if (core.state() != CoreState.IN_RESET) {
            long linear = Integer.toUnsignedLong(core.segment(Registers.CS).base() + core.eip());
            for (BootListing listing : List.of(reset, KERNEL_HEAD, ENTRY)) {
                if (listing.assembly().lineAt(linear).isPresent()) {
                    return listing;
                }
            }
        }
        return strip.lit(BootStep.KERNEL_ENTRY) ? KERNEL_HEAD : reset;
    }

    /** The source file's name without its folder, e.g. {@code kernel_head.asm} or {@code student-reset.asm}. */
    public String source() {
        String name = assembly().sourceName();
        return name.substring(name.lastIndexOf('/') + 1);
    }

    /** The listing's heading: the file and where its bytes lie. */
    public String title() {
        return String.format("%s at %08X: %s", source(), assembly().origin(), where);
    }

    synchronized Assembly assembly() {
        if (assembly == null) {
            assembly = assembler.get();
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
