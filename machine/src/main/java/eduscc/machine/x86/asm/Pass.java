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
 * <p>Each pass starts afresh in the state its {@link OutputFormat} names: {@code bits 16} at
 * origin 0 for a flat binary (the state NASM's flat binary output starts in and the state an x86
 * core is in after reset), {@code bits 32} at 0x08048000 for an ELF executable.
 *
 * <p>Sections come one after the other in the order {@code .text}, {@code .data}, {@code .bss}
 * (see {@link SectionLayout}), so one location counter serves them all: {@code section .data}
 * pads to the next page, and {@code .bss} only counts reserved bytes past the end of the output.
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
    private final long[] previousSectionStarts;
    private final long[] lineStarts;
    /** {@code $$} of each line: the start of the section it is in. */
    private final long[] lineSectionStarts;
    private final SymbolTable symbols;
    private final SizeChoices choices;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final List<ListingLine> listing = new ArrayList<>();
    private final List<AssemblyException> problems = new ArrayList<>();
    private long origin;
    private int bits;
    private String globalLabel;
    private boolean pastTheEnd;
    private final SectionCursor sections;
    /** Bytes reserved in {@code .bss}: addresses past the end of the output, with no bytes in it. */
    private long reserved;

    /** @param previous the pass before, or null for the first pass */
    Pass(List<Statement> statements, Pass previous, SizeChoices choices, OutputFormat format) {
        this.statements = statements;
        this.origin = format.defaultOrigin();
        this.sections = new SectionCursor(origin);
        this.bits = format.startBits();
        // Only the previous layout is kept, not the pass, so that passes do not chain up in memory.
        this.previousStarts = previous == null ? null : previous.lineStarts;
        this.previousOrigin = previous == null ? origin : previous.origin;
        this.previousSectionStarts = previous == null ? null : previous.lineSectionStarts;
        this.lineStarts = new long[statements.size()];
        this.lineSectionStarts = new long[statements.size()];
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
        return origin + out.size() + reserved;
    }

    private void place(Statement s) {
        long start = here();
        int before = out.size();
        long reservedBefore = reserved;
        boolean inBss = sections.inBss();
        lineStarts[s.index()] = start;
        lineSectionStarts[s.index()] = sections.start();
        SizeChoices.Line line = choices.line(s.index());
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
        // The line that opens .bss may pad .text to the page where .data would have begun.
        if (length > 0 && inBss) {
            throw s.position().error("only resb, resw, resd, resq and align belong in section .bss,"
                    + " which has addresses but no bytes in the output");
        }
        boolean placedNothing = length == 0 && reserved == reservedBefore;
        listing.add(new ListingLine(s.line(), placedNothing ? here() : start, length, s.source(),
                s.included() ? s.position().sourceName() : null));
    }

    /** A site whose addresses, {@code $} and {@code $$} are those of the previous layout, when there is one. */
    private Site site(Statement s, SizeChoices.Line line, Consumer<AssemblyException> report) {
        int index = s.index();
        long lineStart = previousStarts == null ? lineStarts[index] : previousStarts[index];
        long start = previousSectionStarts == null ? sections.start() : previousSectionStarts[index];
        return new Site(s, bits, lineStart, lineStart + (here() - lineStarts[index]), start, globalLabel, symbols,
                line, report);
    }

    private void directive(Statement s, Site site) {
        if (s.keyword().equals("section")) {
            section(s, site);
            return;
        }
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
                if (sections.current() != SectionCursor.Section.TEXT) {
                    throw site.error("org belongs in section .text: it sets where .text, and after it the"
                            + " other sections, are loaded");
                }
                if (value.number() < 0 || value.number() > 0xFFFF_FFFFL) {
                    throw site.error("org " + value.shown() + " is outside the 4 GiB address space");
                }
                origin = value.number();
                sections.origin(origin);
            }
            case "resb" -> reserve(site, value, 1);
            case "resw" -> reserve(site, value, 2);
            case "resd" -> reserve(site, value, 4);
            case "resq" -> reserve(site, value, 8);
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
        pad(site, value.number());
    }

    private void pad(Site site, long boundary) {
        long padding = Math.floorMod(-here(), boundary);
        if (sections.inBss()) {
            reserveBytes(site, padding);
            return;
        }
        grow(site, padding);
        for (long i = 0; i < padding; i++) {
            out.write(0);
        }
    }

    /**
     * {@code section .text}, {@code .data} or {@code .bss}. Each may be named again while it is
     * current; leaving {@code .text} pads to the next page, so that code and data can be mapped
     * with different rights.
     */
    private void section(Statement s, Site site) {
        SectionCursor.Section wanted = sections.named(s, site);
        if (sections.current() == SectionCursor.Section.TEXT && wanted != SectionCursor.Section.TEXT) {
            sections.endText(here());
            pad(site, SectionLayout.PAGE_SIZE);
            sections.startData(here());
        }
        if (sections.current() == SectionCursor.Section.DATA && wanted == SectionCursor.Section.BSS) {
            sections.startBss(here());
        }
    }

    /**
     * {@code resb N} and its wider kin: N items of uninitialised space. In {@code .bss} they only
     * move the address on; elsewhere they are zeros in the output, as NASM writes them (with a
     * warning) outside {@code .bss}.
     */
    private void reserve(Site site, Value count, int width) {
        long items = count.known() ? count.number() : 0;
        if (items < 0) {
            site.problem("reserved count is negative (" + items + ")");
            items = 0;
        }
        // A count beyond the address space is only capped, so that items * width cannot overflow.
        long bytes = Math.min(items, ADDRESS_SPACE) * width;
        if (sections.inBss()) {
            reserveBytes(site, bytes);
            return;
        }
        grow(site, bytes);
        for (long i = 0; i < bytes; i++) {
            out.write(0);
        }
    }

    private void reserveBytes(Site site, long bytes) {
        if (bytes > 0 && here() + bytes > ADDRESS_SPACE && !pastTheEnd) {
            pastTheEnd = true;
            site.problem("this line would reach past 0xFFFFFFFF, the end of the 4 GiB address space");
        }
        reserved += Math.min(bytes, ADDRESS_SPACE);
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

    SectionLayout layout() {
        return sections.layout(origin, here());
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
    SourcePosition unsettledLine(Pass other) {
        for (int i = 0; i < lineStarts.length; i++) {
            if (lineStarts[i] != other.lineStarts[i]) {
                return statements.get(Math.max(0, i - 1)).position();
            }
        }
        for (Map.Entry<String, Value> e : symbols.values().entrySet()) {
            if (!e.getValue().equals(other.symbols.values().get(e.getKey()))) {
                return symbols.definition(e.getKey());
            }
        }
        return statements.get(0).position();
    }

    /** Whether this pass placed every line and label exactly where {@code other} did. */
    boolean sameLayoutAs(Pass other) {
        return other != null && origin == other.origin && here() == other.here()
                && Arrays.equals(lineStarts, other.lineStarts)
                && symbols.values().equals(other.symbols.values());
    }
}
