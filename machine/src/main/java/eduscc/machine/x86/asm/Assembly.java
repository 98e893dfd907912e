package eduscc.machine.x86.asm;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The result of assembling a program: the bytes to load at {@link #origin()}, where its sections
 * lie, the listing that ties every byte to its source line, and the symbol table.
 *
 * <p>The listing is what lets the visualizer point at the source line a core is executing:
 * {@link #lineAt(long)} answers "which line produced the byte at this address".
 */
public final class Assembly {
    /** Bytes shown per listing line before the rest is abbreviated, so long {@code times} lines stay readable. */
    static final int LISTED_BYTES = 10;

    private final String sourceName;
    private final OutputFormat format;
    private final SectionLayout sections;
    private final long origin;
    private final byte[] bytes;
    private final List<ListingLine> listing;
    private final SortedMap<String, Long> symbols;
    private final NavigableMap<Long, ListingLine> byAddress = new TreeMap<>();

    Assembly(String sourceName, OutputFormat format, SectionLayout sections, byte[] bytes, List<ListingLine> listing,
             Map<String, Long> symbols) {
        this.sourceName = sourceName;
        this.format = format;
        this.sections = sections;
        this.origin = sections.textStart();
        this.bytes = bytes.clone();
        this.listing = List.copyOf(listing);
        this.symbols = Collections.unmodifiableSortedMap(new TreeMap<>(symbols));
        for (ListingLine line : listing) {
            if (line.length() > 0) {
                byAddress.put(line.address(), line);
            }
        }
    }

    public String sourceName() {
        return sourceName;
    }

    /** The format the program was assembled for, which chose its starting mode and default origin. */
    public OutputFormat format() {
        return format;
    }

    /** The address of the first byte, as set by {@code org} (without one, the format's default origin). */
    public long origin() {
        return origin;
    }

    /** Where {@code .text}, {@code .data} and {@code .bss} lie; all {@code .text} without {@code section} lines. */
    public SectionLayout sections() {
        return sections;
    }

    /** A copy of the assembled bytes: {@code .text}, the padding to {@code .data}, {@code .data}; never {@code .bss}. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** One entry per source line, in source order; an included file's lines stand after its {@code %include}. */
    public List<ListingLine> listing() {
        return listing;
    }

    /** Labels (local ones as {@code parent.local}) and {@code equ} names with their values, sorted by name. */
    public SortedMap<String, Long> symbols() {
        return symbols;
    }

    /** The line whose bytes include {@code address}, if any line produced that byte. */
    public Optional<ListingLine> lineAt(long address) {
        Map.Entry<Long, ListingLine> candidate = byAddress.floorEntry(address);
        if (candidate == null || !candidate.getValue().covers(address)) {
            return Optional.empty();
        }
        return Optional.of(candidate.getValue());
    }

    /**
     * The classic listing: line number, address, bytes in hex, and the source line. Lines that
     * emit more than {@value #LISTED_BYTES} bytes show the first ones followed by "...".
     */
    public String render() {
        StringBuilder text = new StringBuilder();
        for (ListingLine line : listing) {
            int offset = (int) (line.address() - origin);
            int shown = Math.min(line.length(), LISTED_BYTES);
            StringBuilder code = new StringBuilder();
            for (int i = offset; i < offset + shown; i++) {
                code.append(String.format(Locale.ROOT, "%02X", bytes[i] & 0xFF));
            }
            if (line.length() > shown) {
                code.append("...");
            }
            // An included line is marked with its file, as NASM marks it with its depth ("<1>").
            String source = line.include() == null ? line.source() : "<" + line.include() + "> " + line.source();
            text.append(String.format(Locale.ROOT, "%5d  %08X  %-23s %s", line.lineNumber(), line.address(), code,
                    source).stripTrailing()).append('\n');
        }
        return text.toString();
    }
}
