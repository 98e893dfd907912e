package eduscc.visualizer.mpb;

import eduscc.machine.snapshot.MemoryDump;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One core's 8 KiB MPB share as the MPB view prints it: a row per line of RCCE's layout with the
 * flag decoded ("SET (1)") or the first bytes in hex, then the first rows of the payload in hex.
 * Bytes that differ from the share one step earlier are marked {@code changed}; a line that some
 * core's write-combine buffer still holds is marked {@code pending} and says so, because those
 * bytes are not in the MPB yet (facts A.3).
 *
 * <pre>
 *   +0x000  fooling line  00 00 00 00 00 00 00 00   RCCE's store here after every put ...
 *   +0x020  sent[0]       UNSET (0)                 core 0 has put a chunk in its payload for me
 *   +0x040  sent[47]      SET (1)                   core 47 has put a chunk in its payload for me
 *   +0x060  ready[0]      UNSET (0)  [still in core 0's write-combine buffer]  core 0 has taken ...
 *   ...
 *   +0x120  payload       7904 bytes: one chunk of a message, the first 256 shown
 *   +0x120  2F 30 31 32 33 34 35 36  37 38 39 3A 3B 3C 3D 3E
 * </pre>
 * Laid out here, free of JavaFX, so that a test reads the text and the marks without a window.
 *
 * @param pid          the core whose share it is
 * @param text         the rows, one a line
 * @param marks        ranges of {@code text} and their style class
 * @param changedBytes how many bytes of the whole share changed since the step before (shown or not)
 */
public record ShareText(int pid, String text, List<Mark> marks, int changedBytes) {
    /** How many payload bytes are printed: the first eight lines of 32 bytes. */
    public static final int PAYLOAD_SHOWN = 256;
    private static final int ROW = 16;
    private static final int HEAD_BYTES = 8;
    private static final int NAME_WIDTH = 13;
    private static final int VALUE_WIDTH = 25;

    /** Characters {@code [start, end)} of the text get the style class {@code style}: "changed", "pending" or "unreadable". */
    public record Mark(int start, int end, String style) { }

    public ShareText {
        marks = List.copyOf(marks);
    }

    /**
     * @param lines   the share's lines ({@link ShareLine#of})
     * @param now     the share at this pause
     * @param before  the same share one step earlier, or null (nothing is marked changed then)
     * @param pending for each line offset some write-combine buffer holds, the sentence to add
     */
    public static ShareText of(int pid, List<ShareLine> lines, MemoryDump now, MemoryDump before,
                               Map<Integer, String> pending) {
        StringBuilder text = new StringBuilder();
        List<Mark> marks = new ArrayList<>();
        for (ShareLine line : lines) {
            int rowStart = text.length();
            text.append(String.format(Locale.ROOT, "+0x%03X  %-" + NAME_WIDTH + "s ", line.offset(), line.name()));
            int valueStart = text.length();
            if (line.kind() == ShareLine.Kind.PAYLOAD) {
                text.append(line.meaning()).append(", the first ").append(PAYLOAD_SHOWN).append(" shown\n");
                appendPayload(text, marks, line.offset(), now, before);
                continue;
            }
            if (line.kind().isFlag()) {
                text.append(flagWord(now, line.offset()));
                if (lineChanged(now, before, line.offset())) {
                    marks.add(new Mark(valueStart, text.length(), "changed"));
                }
            } else {
                appendBytes(text, marks, line.offset(), HEAD_BYTES, now, before);
            }
            String held = pending.get(line.offset());
            if (held != null) {
                // Right after the value, not after the meaning: on a projector the row's end is off screen.
                marks.add(new Mark(rowStart, rowStart + 7, "pending"));
                text.append("  [").append(held).append(']');
            } else {
                pad(text, valueStart + VALUE_WIDTH);
            }
            text.append("  ").append(line.meaning()).append('\n');
        }
        return new ShareText(pid, text.toString(), marks, changedBytes(now, before));
    }

    /** A flag's value, from its line's first doubleword: "SET (1)", "UNSET (0)" or the raw word. */
    static String flagWord(MemoryDump share, int offset) {
        if (!share.readable(offset)) {
            return "??";
        }
        int value = word(share, offset);
        return switch (value) {
            case 1 -> "SET (1)";
            case 0 -> "UNSET (0)";
            default -> String.format(Locale.ROOT, "0x%08X", value);
        };
    }

    /** The little-endian doubleword at {@code offset}. */
    static int word(MemoryDump share, int offset) {
        return share.byteAt(offset) | share.byteAt(offset + 1) << 8 | share.byteAt(offset + 2) << 16
            | share.byteAt(offset + 3) << 24;
    }

    private static void appendPayload(StringBuilder text, List<Mark> marks, int payload, MemoryDump now,
                                      MemoryDump before) {
        for (int row = 0; row < PAYLOAD_SHOWN && payload + row < now.length(); row += ROW) {
            text.append(String.format(Locale.ROOT, "+0x%03X  ", payload + row));
            appendBytes(text, marks, payload + row, ROW, now, before);
            text.append('\n');
        }
    }

    /** {@code count} bytes in hex from {@code offset}, a gap after eight, changed ones marked. */
    private static void appendBytes(StringBuilder text, List<Mark> marks, int offset, int count, MemoryDump now,
                                    MemoryDump before) {
        for (int i = 0; i < count && offset + i < now.length(); i++) {
            if (i > 0) {
                text.append(i % 8 == 0 ? "  " : " ");
            }
            int at = text.length();
            int o = offset + i;
            if (!now.readable(o)) {
                text.append("??");
                marks.add(new Mark(at, at + 2, "unreadable"));
                continue;
            }
            text.append(String.format(Locale.ROOT, "%02X", now.byteAt(o)));
            if (changed(now, before, o)) {
                marks.add(new Mark(at, at + 2, "changed"));
            }
        }
    }

    private static boolean lineChanged(MemoryDump now, MemoryDump before, int offset) {
        for (int i = 0; i < 32; i++) {
            if (changed(now, before, offset + i)) {
                return true;
            }
        }
        return false;
    }

    static boolean changed(MemoryDump now, MemoryDump before, int offset) {
        return before != null && before.length() == now.length() && now.readable(offset) && before.readable(offset)
            && now.byteAt(offset) != before.byteAt(offset);
    }

    private static int changedBytes(MemoryDump now, MemoryDump before) {
        int count = 0;
        for (int i = 0; i < now.length(); i++) {
            if (changed(now, before, i)) {
                count++;
            }
        }
        return count;
    }

    private static void pad(StringBuilder text, int column) {
        while (text.length() < column) {
            text.append(' ');
        }
    }
}
