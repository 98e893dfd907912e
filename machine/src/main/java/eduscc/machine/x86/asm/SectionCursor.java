package eduscc.machine.x86.asm;

import java.util.List;
import java.util.Locale;

/**
 * Which section one pass is in, and where each section began: the bookkeeping behind
 * {@code section .text}, {@code .data} and {@code .bss}. The pass keeps one location counter for
 * all three, because they are laid out one after the other (see {@link SectionLayout}); this
 * class only says where the boundaries fell and refuses an order that would go back.
 */
final class SectionCursor {
    enum Section { TEXT, DATA, BSS }

    private Section current = Section.TEXT;
    private long start;
    private long textEnd;
    private long dataStart;
    private long bssStart;

    SectionCursor(long origin) {
        this.start = origin;
    }

    Section current() {
        return current;
    }

    boolean inBss() {
        return current == Section.BSS;
    }

    /** {@code $$}: where the current section began. */
    long start() {
        return start;
    }

    /** {@code org} moves the start of {@code .text}, the only section it may come in. */
    void origin(long origin) {
        start = origin;
    }

    /**
     * The section a {@code section} line names, after checking the name and the order.
     *
     * @throws AssemblyException for an unknown name or a section that would go back
     */
    Section named(Statement s, Site site) {
        List<List<Token>> operands = s.operands();
        if (operands.size() != 1 || operands.get(0).size() != 1 || !operands.get(0).get(0).isName()) {
            throw site.error("section needs a name: .text, .data or .bss");
        }
        String name = operands.get(0).get(0).lower();
        Section wanted = switch (name) {
            case ".text" -> Section.TEXT;
            case ".data" -> Section.DATA;
            case ".bss" -> Section.BSS;
            default -> throw site.error("unknown section '" + operands.get(0).get(0).text()
                    + "'; this assembler knows .text, .data and .bss");
        };
        if (wanted.compareTo(current) < 0) {
            throw site.error("section " + name + " cannot come after section ."
                    + current.name().toLowerCase(Locale.ROOT)
                    + ": the sections are laid out in the order .text, .data, .bss, each in one piece");
        }
        return wanted;
    }

    /** {@code .text} ends at {@code here}; the pass then pads to the page where {@code .data} starts. */
    void endText(long here) {
        textEnd = here;
    }

    void startData(long here) {
        current = Section.DATA;
        dataStart = here;
        start = here;
    }

    void startBss(long here) {
        current = Section.BSS;
        bssStart = here;
        start = here;
    }

    /** The boundaries, once the pass has reached {@code end}, the address after its last line. */
    SectionLayout layout(long origin, long end) {
        return switch (current) {
            case TEXT -> SectionLayout.textOnly(origin, end);
            case DATA -> new SectionLayout(origin, textEnd, dataStart, end, end);
            case BSS -> new SectionLayout(origin, textEnd, dataStart, bssStart, end);
        };
    }
}
