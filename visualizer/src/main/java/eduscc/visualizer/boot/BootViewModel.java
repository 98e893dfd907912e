package eduscc.visualizer.boot;

import eduscc.kernel.boot.KernelImage;
import eduscc.labs.debug.DebugSnapshot;
import eduscc.machine.cpu.CoreState;
import eduscc.machine.cpu.Registers;
import eduscc.machine.snapshot.CoreSnapshot;
import eduscc.machine.snapshot.SegmentSnapshot;
import eduscc.machine.x86.asm.Assembly;
import eduscc.machine.x86.asm.ListingLine;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the boot view shows for one core at one pause: the reset stub's listing with the line the
 * core executes next, the mode it is in, the strip of boot steps it has passed, and what the last
 * step changed in its registers and descriptor caches.
 *
 * <p>The current line is the listing line that produced the byte at CS base + EIP: the
 * instruction the core will execute next, not the one it has just executed. Right after
 * {@code mov cr0, eax} that is the far jump, which is the point of the lesson: the core is in
 * protected mode but still fetches through CS's real-mode cache until that jump.
 */
public final class BootViewModel {
    /** The kit's reset stub, assembled once; its listing never changes while the GUI runs. */
    private static final class Stub {
        static final Assembly ASSEMBLY = KernelImage.resetStub();
        static final List<String> LINES = List.of(ASSEMBLY.render().split("\n"));
    }

    private final int core;
    private final BootStrip strip;
    private final String mode;
    private final OptionalInt currentLine;
    private final String where;
    private final List<RegisterChange> changes;
    private final String changesNote;

    private BootViewModel(int core, BootStrip strip, String mode, OptionalInt currentLine, String where,
                          List<RegisterChange> changes, String changesNote) {
        this.core = core;
        this.strip = strip;
        this.mode = mode;
        this.currentLine = currentLine;
        this.where = where;
        this.changes = List.copyOf(changes);
        this.changesNote = changesNote;
    }

    /** @param before the snapshot shown before this one, or null: then no changes are listed */
    public static BootViewModel of(DebugSnapshot now, DebugSnapshot before, int core) {
        CoreSnapshot c = now.machine().core(core);
        BootStrip strip = BootStrip.of(now.trace(), core);
        Optional<ListingLine> line = c.state() == CoreState.IN_RESET ? Optional.empty() : Stub.ASSEMBLY.lineAt(linearEip(c));
        OptionalInt index = line.map(l -> OptionalInt.of(Stub.ASSEMBLY.listing().indexOf(l))).orElse(OptionalInt.empty());
        String where = line.map(l -> String.format("next: line %d at %08X: %s", l.lineNumber(), l.address(), l.source().strip()))
            .orElseGet(() -> outside(c));
        List<RegisterChange> changes = before == null ? List.of() : RegisterChange.between(before.machine().core(core), c);
        String note = before == null ? "no earlier snapshot to compare with"
            : changes.isEmpty() ? String.format("nothing changed on core %d since position %d", core, before.position())
            : String.format("changed since position %d", before.position());
        return new BootViewModel(core, strip, mode(c, strip), index, where, changes, note);
    }

    /** The listing as the assembler renders it, one line per source line: number, address, bytes, source. */
    public static List<String> listing() {
        return Stub.LINES;
    }

    private static long linearEip(CoreSnapshot c) {
        return Integer.toUnsignedLong(c.segment(Registers.CS).base() + c.eip());
    }

    private static String outside(CoreSnapshot c) {
        if (c.state() == CoreState.IN_RESET) {
            return "core " + c.pid() + " is held in reset";
        }
        return String.format("CS:EIP %04X:%08X (linear %08X) is outside the reset stub",
            c.segment(Registers.CS).selector(), c.eip(), linearEip(c));
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

    /** The 0-based index into {@link #listing()} of the next instruction, while the core is in the stub. */
    public OptionalInt currentLine() {
        return currentLine;
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
