package eduscc.machine.x86.asm;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One walk over the program from the first line to the last, placing every line at an address
 * and producing its bytes. {@link Assembler} repeats passes until the layout stops moving.
 *
 * <p>From the second pass on, every expression is evaluated in the layout of the previous pass:
 * labels, {@code $} and {@code $$} all take their previous values, even for lines above. That
 * layout is consistent (it is what one set of instruction sizes produces), so a jump found too
 * far for its short form really is too far, and growing it is never a mistake that would have to
 * be undone. The bytes a pass produces are only right once its layout equals the previous one,
 * which is exactly when the assembler stops.
 *
 * <p>Each pass starts afresh in {@code bits 16} at origin 0, the state NASM's flat binary output
 * starts in and the state an x86 core is in after reset.
 */
final class Pass {
    /** A bound on the output, so that {@code times 0x7FFFFFFF db 0} fails instead of filling memory. */
    static final int MAX_BYTES = 16 << 20;
    /** One past the last byte a 32-bit address can name: {@code org 0xFFFFFFFF} leaves room for one byte. */
    private static final long ADDRESS_SPACE = 1L << 32;

    private final List<Statement> statements;
    /** Where the previous pass placed each line, or null in the first pass. */
    private final long[] previousStarts;
    private final long previousOrigin;
    private final long[] lineStarts;
    private final SymbolTable symbols;
    private final SizeChoices choices;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final List<ListingLine> listing = new ArrayList<>();
    private final List<AssemblyException> problems = new ArrayList<>();
    private long origin;
    private int bits = 16;
    private String globalLabel;
    private boolean pastTheEnd;

    /** @param previous the pass before, or null for the first pass */
    Pass(List<Statement> statements, Pass previous, SizeChoices choices) {
        this.statements = statements;
        // Only the previous layout is kept, not the pass, so that passes do not chain up in memory.
        this.previousStarts = previous == null ? null : previous.lineStarts;
        this.previousOrigin = previous == null ? 0 : previous.origin;
        this.lineStarts = new long[statements.size()];
        this.symbols = new SymbolTable(previous == null ? null : previous.symbols.values());
        this.choices = choices;
    }

    void run() {
        for (Statement s : statements) {
            try {
                place(s);
            } catch (AssemblyException e) {
                throw e;
            } catch (RuntimeException e) {
                // A bug in the assembler must still point at the line that triggered it.
                throw s.position().error("internal assembler error: " + e);
            }
        }
    }

    private long here() {
        return origin + out.size();
    }

    private void place(Statement s) {
        long start = here();
        int before = out.size();
        lineStarts[s.line() - 1] = start;
        SizeChoices.Line line = choices.line(s.line());
        if (s.label() != null && s.kind() != Statement.Kind.EQU) {
            String name = s.label();
            if (!name.startsWith(".")) {
                globalLabel = name;
            }
            symbols.define(site(s, line, problems::add).qualify(name), Value.address(start), s.position());
        }
        switch (s.kind()) {
            case EQU -> {
                Site site = site(s, line, problems::add);
                symbols.define(site.qualify(s.label()), site.value(s.operands().get(0)), s.position());
            }
            case DIRECTIVE -> directive(s, site(s, line, problems::add));
            case DATA, INSTRUCTION -> repeat(s, line);
            default -> {
            }
        }
        int length = out.size() - before;
        listing.add(new ListingLine(s.line(), length == 0 ? here() : start, length, s.source()));
    }

    /** A site whose addresses, {@code $} and {@code $$} are those of the previous layout, when there is one. */
    private Site site(Statement s, SizeChoices.Line line, Consumer<AssemblyException> report) {
        int index = s.line() - 1;
        long lineStart = previousStarts == null ? lineStarts[index] : previousStarts[index];
        long start = previousStarts == null ? origin : previousOrigin;
        return new Site(s, bits, lineStart, lineStart + (here() - lineStarts[index]), start, globalLabel, symbols,
                line, report);
    }

    private void directive(Statement s, Site site) {
        if (s.operands().size() != 1) {
            throw site.error("'" + s.keyword() + "' takes one value");
        }
        Value value = site.value(s.operands().get(0));
        switch (s.keyword()) {
            case "bits" -> {
                if (!value.isConstant() || value.number() != 16 && value.number() != 32) {
                    throw site.error("bits must be 16 or 32");
                }
                bits = (int) value.number();
            }
            case "org" -> {
                if (!value.known()) {
                    throw site.error("org needs a value known when it is reached");
                }
                if (out.size() > 0) {
                    throw site.error("org must come before any code or data");
                }
                if (value.number() < 0 || value.number() > 0xFFFF_FFFFL) {
                    throw site.error("org " + value.shown() + " is outside the 4 GiB address space");
                }
                origin = value.number();
            }
            default -> align(site, value);
        }
    }

    /**
     * Pads with zero bytes up to the next multiple of the alignment, counted in absolute
     * addresses, since it is the address the CPU sees that a GDT or a stack wants aligned. (NASM
     * pads code with NOPs and counts from the section start; both agree when the origin is
     * aligned.)
     */
    private void align(Site site, Value value) {
        if (!value.isConstant() || value.number() <= 0 || Long.bitCount(value.number()) != 1) {
            throw site.error("align needs a constant power of two");
        }
        long boundary = value.number();
        long padding = Math.floorMod(-here(), boundary);
        grow(site, padding);
        for (long i = 0; i < padding; i++) {
            out.write(0);
        }
    }

    /** Assembles a data or instruction line once, or as often as its {@code times} count says. */
    private void repeat(Statement s, SizeChoices.Line line) {
        long count = 1;
        if (s.count() != null) {
            Site site = site(s, line, problems::add);
            Value c = site.value(s.count());
            count = c.known() ? c.number() : 0;
            if (count < 0) {
                site.problem("times count is negative (" + count + ")");
                count = 0;
            }
            grow(site, count);
        }
        if (count == 0) {
            // Nothing is emitted, but the line must still be a valid instruction.
            assembleOnce(s, site(s, line, ignored -> { }));
            return;
        }
        for (long i = 0; i < count; i++) {
            Site site = site(s, line, problems::add);
            byte[] bytes = assembleOnce(s, site);
            grow(site, bytes.length);
            out.writeBytes(bytes);
        }
    }

    private static byte[] assembleOnce(Statement s, Site site) {
        if (s.kind() == Statement.Kind.DATA) {
            return DataDirective.emit(s.keyword(), s.operands(), site);
        }
        List<Operand> operands = new ArrayList<>();
        for (List<Token> tokens : s.operands()) {
            operands.add(site.operand(tokens));
        }
        return InstructionSet.encode(new Instruction(s.keyword(), operands), site).bytes();
    }

    private void grow(Site site, long bytes) {
        if (out.size() + bytes > MAX_BYTES) {
            throw site.error("the program would grow beyond " + (MAX_BYTES >> 20) + " MiB");
        }
        // Only a problem, not an error at once: in a pass before the layout settles, a pad that
        // is computed from labels of the pass before can look too long by the bytes a jump grew.
        // Once a pass is past the end every later line is too, so only the first one is named.
        if (bytes > 0 && here() + bytes > ADDRESS_SPACE && !pastTheEnd) {
            pastTheEnd = true;
            site.problem("this line would reach past 0xFFFFFFFF, the end of the 4 GiB address space");
        }
    }

    long origin() {
        return origin;
    }

    byte[] bytes() {
        return out.toByteArray();
    }

    List<ListingLine> listing() {
        return listing;
    }

    /** Problems found in this pass, in line order; only those of the final pass are real. */
    List<AssemblyException> problems() {
        return problems;
    }

    SymbolTable symbols() {
        return symbols;
    }

    /**
     * The line that still moves between this pass and {@code other}: the last line before the
     * first one that was placed differently (it changed size), or the definition of the first
     * name whose value differs.
     */
    int unsettledLine(Pass other) {
        for (int i = 0; i < lineStarts.length; i++) {
            if (lineStarts[i] != other.lineStarts[i]) {
                return Math.max(1, i);
            }
        }
        for (Map.Entry<String, Value> e : symbols.values().entrySet()) {
            if (!e.getValue().equals(other.symbols.values().get(e.getKey()))) {
                return symbols.definition(e.getKey()).line();
            }
        }
        return 1;
    }

    /** Whether this pass placed every line and label exactly where {@code other} did. */
    boolean sameLayoutAs(Pass other) {
        return other != null && origin == other.origin && Arrays.equals(lineStarts, other.lineStarts)
                && symbols.values().equals(other.symbols.values());
    }
}
