package eduscc.visualizer.boot;

import eduscc.kernel.arch.EntryStubs;
import eduscc.kernel.boot.KernelImage;
import eduscc.labs.debug.DebugSnapshot;
import eduscc.machine.cpu.CoreState;
import eduscc.machine.cpu.Registers;
import eduscc.machine.snapshot.CoreSnapshot;
import eduscc.machine.snapshot.SegmentSnapshot;
import eduscc.machine.x86.asm.ListingLine;
import eduscc.visualizer.descriptors.TssNames;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the boot view shows for one core at one pause: the listing of the boot code the core is in
 * with the line it executes next (the reset stub, then after the jump to 1 MiB the kernel head),
 * how CS:EIP becomes a linear address, the mode it is in, the strip of boot steps it has passed,
 * and what the last step changed in its registers and descriptor caches.
 *
 * <p>The current line is the listing line that produced the byte at CS base + EIP: the
 * instruction the core will execute next, not the one it has just executed. Right after
 * {@code mov cr0, eax} that is the far jump, which is the point of the lesson: the core is in
 * protected mode but still fetches through CS's real-mode cache until that jump.
 */
public final class BootViewModel {
    private final int core;
    private final BootStrip strip;
    private final String mode;
    private final BootListing listing;
    private final OptionalInt currentLine;
    private final OptionalInt boundLine;
    private final String where;
    private final String address;
    private final List<RegisterChange> changes;
    private final String changesNote;

    private BootViewModel(int core, BootStrip strip, String mode, BootListing listing, OptionalInt currentLine,
                          OptionalInt boundLine, String where, String address, List<RegisterChange> changes,
                          String changesNote) {
        this.core = core;
        this.strip = strip;
        this.mode = mode;
        this.listing = listing;
        this.currentLine = currentLine;
        this.boundLine = boundLine;
        this.where = where;
        this.address = address;
        this.changes = List.copyOf(changes);
        this.changesNote = changesNote;
    }

    /** For a lab that boots the kit's reset stub. @param before the snapshot shown before this one, or null */
    public static BootViewModel of(DebugSnapshot now, DebugSnapshot before, int core) {
        return of(now, before, core, BootListing.RESET);
    }

    /**
     * @param before the snapshot shown before this one, or null: then no changes are listed
     * @param reset  the lab's reset stub ({@link BootListing#reset})
     */
    public static BootViewModel of(DebugSnapshot now, DebugSnapshot before, int core, BootListing reset) {
        CoreSnapshot c = now.machine().core(core);
        BootStrip strip = BootStrip.of(now.traceKept(), core);
        BootListing shown = BootListing.at(c, strip, reset);
        // At kernel_entry the core does not execute the x86 there: the kernel's Java entry is bound to it.
        boolean inJava = strip.lit(BootStep.KERNEL_ENTRY) && linearEip(c) == Integer.toUnsignedLong(KernelImage.entryAddress());
        // Likewise at the C-level functions of entry.asm (irq_handler, ...): the stubs CALL Java code there.
        Optional<String> routine = shown == BootListing.ENTRY && c.state() != CoreState.IN_RESET
            ? EntryStubs.routineAt(linearEip(c)) : Optional.empty();
        Optional<ListingLine> line = c.state() == CoreState.IN_RESET || inJava || routine.isPresent() ? Optional.empty()
            : shown.assembly().lineAt(linearEip(c));
        OptionalInt index = line.map(l -> OptionalInt.of(shown.assembly().listing().indexOf(l))).orElse(OptionalInt.empty());
        OptionalInt bound = routine.isPresent() ? labelLine(BootListing.ENTRY, routine.get() + ":")
            : inJava ? labelLine(BootListing.KERNEL_HEAD, "kernel_entry:") : OptionalInt.empty();
        String where = line.map(l -> String.format("next: %s line %d at %08X: %s", shown.source(), l.lineNumber(),
            l.address(), l.source().strip())).orElseGet(() -> routine.map(name -> String.format(
                "CS:EIP %04X:%08X: the kernel's Java code %s runs, CALLed from the stub; its RET returns there"
                + " (the HLT under its label runs only if no Java code is bound)",
                c.segment(Registers.CS).selector(), c.eip(), name)).orElseGet(() -> outside(c, shown)));
        List<RegisterChange> changes = before == null ? List.of()
            : RegisterChange.between(before.machine().core(core), c, TssNames.of(now, core));
        String note = before == null ? "no earlier snapshot to compare with"
            : changes.isEmpty() ? String.format("nothing changed on core %d since position %d", core, before.position())
            : String.format("changed since position %d", before.position());
        return new BootViewModel(core, strip, mode(c, strip), shown, index, bound, where, address(c), changes, note);
    }

    /** The line of {@code label} (e.g. {@code kernel_entry:}) in {@code listing}. */
    private static OptionalInt labelLine(BootListing listing, String label) {
        List<ListingLine> lines = listing.assembly().listing();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).source().strip().startsWith(label)) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /** The kit's reset stub's listing as the assembler renders it: number, address, bytes, source per line. */
    public static List<String> listing() {
        return BootListing.RESET.lines();
    }

    private static long linearEip(CoreSnapshot c) {
        return Integer.toUnsignedLong(c.segment(Registers.CS).base() + c.eip());
    }

    private static String outside(CoreSnapshot c, BootListing shown) {
        if (c.state() == CoreState.IN_RESET) {
            return "core " + c.pid() + " is held in reset";
        }
        if (shown == BootListing.KERNEL_HEAD) {
            return String.format("CS:EIP %04X:%08X (linear %08X): the kernel's Java code runs, entered at kernel_entry"
                + " %08X (the x86 there runs only if no Java code is bound)", c.segment(Registers.CS).selector(),
                c.eip(), linearEip(c), KernelImage.entryAddress());
        }
        return String.format("CS:EIP %04X:%08X (linear %08X) is outside %s", c.segment(Registers.CS).selector(),
            c.eip(), linearEip(c), shown.source());
    }

    /**
     * How the core forms the address it fetches from: in real mode CS:IP with the hidden base,
     * which after reset is FFFF0000 and not the selector times 16 (SDM Vol. 3A §9.1.4); in
     * protected mode the base the descriptor cache took from the GDT.
     */
    static String address(CoreSnapshot c) {
        if (c.state() == CoreState.IN_RESET) {
            return "";
        }
        SegmentSnapshot cs = c.segment(Registers.CS);
        long linear = linearEip(c);
        if (c.mode().equals("real")) {
            int ip = c.eip() & 0xFFFF;
            String hidden = cs.base() == cs.selector() << 4 ? "= " + String.format("%04X", cs.selector()) + " x 16"
                : String.format("hidden: the reset value, not %04X x 16 = %08X, until CS is loaded", cs.selector(),
                    cs.selector() << 4);
            return String.format("CS:IP = %04X:%04X: CS base 0x%08X (%s) + IP 0x%04X -> linear 0x%08X",
                cs.selector(), ip, cs.base(), hidden, ip, linear);
        }
        return String.format("CS:EIP = %04X:%08X: CS base 0x%08X (from the descriptor cache) + EIP -> linear 0x%08X",
            cs.selector(), c.eip(), cs.base(), linear);
    }

    /** The mode in words, with the twist between CR0.PE and the far jump spelled out. */
    static String mode(CoreSnapshot c, BootStrip strip) {
        SegmentSnapshot cs = c.segment(Registers.CS);
        String code = cs.big() ? "32-bit code" : "16-bit code";
        if (c.state() == CoreState.IN_RESET) {
            return "in reset";
        }
        if (c.mode().equals("real")) {
            return String.format("real mode, %s: CS %04X, base %08X", code, cs.selector(), cs.base());
        }
        if (strip.lit(BootStep.CR0_PE) && !strip.lit(BootStep.FAR_JUMP)) {
            return String.format("%s mode, but CS still holds its real-mode cache (%04X, base %08X, %s) until the far jump",
                c.mode(), cs.selector(), cs.base(), code);
        }
        return String.format("%s mode, %s, CPL %d: CS %04X, base %08X", c.mode(), code, c.cpl(), cs.selector(), cs.base());
    }

    public int core() {
        return core;
    }

    public BootStrip strip() {
        return strip;
    }

    public String mode() {
        return mode;
    }

    /** The boot code the listing shows: the reset stub, or the kernel head once the core has jumped to 1 MiB. */
    public BootListing shownListing() {
        return listing;
    }

    /** CS:EIP as the linear address the core fetches from, with the base that makes it. */
    public String address() {
        return address;
    }

    /** The 0-based index into {@link #shownListing()}'s lines of the next instruction, while the core is in that code. */
    public OptionalInt currentLine() {
        return currentLine;
    }

    /**
     * The label line where the kernel's Java code that runs now is bound ({@code kernel_entry:},
     * or a C-level function of entry.asm such as {@code irq_handler:}); empty otherwise.
     */
    public OptionalInt boundLine() {
        return boundLine;
    }

    /** The next instruction's line number, address and source, or where the core is instead. */
    public String where() {
        return where;
    }

    public List<RegisterChange> changes() {
        return changes;
    }

    public String changesNote() {
        return changesNote;
    }
}
