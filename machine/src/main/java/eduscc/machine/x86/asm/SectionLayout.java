package eduscc.machine.x86.asm;

/**
 * Where a program's sections ended up. The assembler lays them out the way the simplest linker
 * script would: {@code .text} from the origin, {@code .data} from the next page boundary after
 * it, {@code .bss} straight after {@code .data}. A program without {@code section} lines is all
 * {@code .text}.
 *
 * <p>{@code .data} starts on a new page because the page is the unit the MMU protects: code pages
 * can then be mapped read-only and executable, data pages writable. {@code .bss} needs no page of
 * its own, since it has the same rights as {@code .data}; it has no bytes in the output, only
 * addresses, and the loader fills it with zeros.
 *
 * <pre>
 *   origin         textEnd   dataStart        dataEnd        bssEnd
 *     | .text code    | (pad) |   .data bytes    | .bss zeros   |
 *     |&lt;---- bytes() of the assembly ----------------&gt;|
 * </pre>
 *
 * @param textStart the origin: the address of the first byte
 * @param textEnd   one past the last byte of {@code .text}
 * @param dataStart the page-aligned start of {@code .data} and {@code .bss}; equal to
 *                  {@code textEnd} when the program has neither
 * @param dataEnd   one past the last byte of {@code .data}: the end of the assembled bytes
 * @param bssEnd    one past the last reserved byte of {@code .bss}
 */
public record SectionLayout(long textStart, long textEnd, long dataStart, long dataEnd, long bssEnd) {
    /** The page size of the i386 MMU (SDM Vol. 3A §4.3: 4-KByte pages), the unit sections are aligned to. */
    public static final long PAGE_SIZE = 4096;

    /** Whether the program has a {@code .data} or {@code .bss} section with anything in it. */
    public boolean hasData() {
        return bssEnd > dataStart;
    }

    /** A program with no {@code section} lines: everything it emits is code. */
    static SectionLayout textOnly(long origin, long end) {
        return new SectionLayout(origin, end, end, end, end);
    }
}
