package eduscc.visualizer.memory;

import eduscc.labs.debug.LastWrites;
import eduscc.labs.debug.MemoryWrite;
import eduscc.machine.snapshot.MemoryDump;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The memory view's content, as a hex editor or Bochs' {@code xp} shows memory: 16 bytes a row,
 * the row's address, the bytes in hex, the same bytes as ASCII, and the landmarks (GDT, ESP, ...)
 * that fall in the row. Bytes the last command wrote are marked in both columns, the byte asked
 * for ("go to") is marked too, and a byte the probe could not read is {@code ??}.
 *
 * <p>The text is laid out here and the marks are character ranges of it, so the view only hands
 * them to its text area, and a test can check them without a window.
 *
 * @param title  e.g. "core 0, linear 0x00101000 to 0x001011FF (512 bytes)"
 * @param text   the rows, one a line
 * @param marks  ranges of {@code text} with the style class they get
 * @param writes a sentence on what the last command wrote in and outside this window
 * @param problems why some bytes could not be read, or empty
 */
public record MemoryViewModel(String title, String text, List<Mark> marks, String writes, String problems) {
    public static final int BYTES_PER_ROW = 16;
    /** Where the hex bytes begin in a row: "0x00101000  " is 12 characters. */
    private static final int HEX_COLUMN = 12;
    /** Where the ASCII column begins: after 16 hex bytes of 3 characters and the group gap. */
    private static final int ASCII_COLUMN = HEX_COLUMN + BYTES_PER_ROW * 3 + 1 + 2;

    /** Characters {@code [start, end)} of the text get the style class {@code style} ("written", "target", "unreadable"). */
    public record Mark(int start, int end, String style) {
    }

    public MemoryViewModel {
        marks = List.copyOf(marks);
    }

    /**
     * @param target    the address that was asked for (marked), in the dump's space
     * @param landmarks named addresses to note at the end of their row
     */
    public static MemoryViewModel of(MemoryDump dump, LastWrites lastWrites, int target, List<Landmark> landmarks) {
        boolean linear = dump.space() == MemoryDump.Space.LINEAR;
        StringBuilder text = new StringBuilder();
        List<Mark> marks = new ArrayList<>();
        int writtenHere = 0;
        for (int row = 0; row * BYTES_PER_ROW < dump.length(); row++) {
            int lineStart = text.length();
            long rowAddress = Integer.toUnsignedLong(dump.address()) + (long) row * BYTES_PER_ROW;
            text.append(String.format("0x%08X  ", rowAddress));
            StringBuilder ascii = new StringBuilder();
            for (int i = 0; i < BYTES_PER_ROW; i++) {
                int offset = row * BYTES_PER_ROW + i;
                if (i == BYTES_PER_ROW / 2) {
                    text.append(' ');
                }
                if (offset >= dump.length()) {
                    text.append("   ");
                    continue;
                }
                int hexAt = text.length();
                int asciiAt = lineStart + ASCII_COLUMN + i;
                long address = rowAddress + i;
                if (!dump.readable(offset)) {
                    text.append("?? ");
                    ascii.append('?');
                    marks.add(new Mark(hexAt, hexAt + 2, "unreadable"));
                    continue;
                }
                int b = dump.byteAt(offset);
                text.append(String.format("%02X ", b));
                ascii.append(b >= 0x20 && b < 0x7F ? (char) b : '.');
                if (written(lastWrites, dump.pid(), linear, address)) {
                    writtenHere++;
                    marks.add(new Mark(hexAt, hexAt + 2, "written"));
                    marks.add(new Mark(asciiAt, asciiAt + 1, "written"));
                }
                if (address == Integer.toUnsignedLong(target)) {
                    marks.add(new Mark(hexAt, hexAt + 2, "target"));
                }
            }
            text.append(" |").append(ascii).append('|');
            appendLandmarks(text, landmarks, dump.space(), rowAddress);
            text.append('\n');
        }
        String title = String.format(Locale.ROOT, "core %d, %s 0x%08X to 0x%08X (%d bytes)", dump.pid(), dump.space(),
            dump.address(), dump.address() + dump.length() - 1, dump.length());
        return new MemoryViewModel(title, text.toString(), marks, describe(lastWrites, writtenHere),
            String.join("; ", dump.problems()));
    }

    private static boolean written(LastWrites lastWrites, int core, boolean linear, long address) {
        for (MemoryWrite w : lastWrites.writes()) {
            if (w.covers(core, linear, address)) {
                return true;
            }
        }
        return false;
    }

    private static void appendLandmarks(StringBuilder text, List<Landmark> landmarks, MemoryDump.Space space, long row) {
        for (Landmark l : landmarks) {
            long at = Integer.toUnsignedLong(l.address());
            if (l.space() == space && at >= row && at < row + BYTES_PER_ROW) {
                text.append("  \u2190 ").append(l.name()).append(String.format(" +%X", at - row));
            }
        }
    }

    /** What the last command wrote, in words: how much in this window and how much anywhere. */
    static String describe(LastWrites lastWrites, int writtenHere) {
        if (lastWrites.writes().isEmpty()) {
            return "Nothing written since the last step.";
        }
        String all = String.format(Locale.ROOT, "Written since the last step: %d bytes in %d writes%s",
            lastWrites.bytes(), lastWrites.writes().size(), lastWrites.truncated() ? " (only the latest are kept)" : "");
        return all + (writtenHere == 0 ? ", none in this window." : String.format(", %d of them here (marked).", writtenHere));
    }
}
