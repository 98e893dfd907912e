package eduscc.exercises.descriptors;

import eduscc.exercises.grading.Judge;
import java.util.List;

/**
 * How the descriptor exercises ({@code gdt}, {@code idt-gates}) show and compare the 8 bytes an
 * encoder gave: in memory order, byte 0 first, as a debugger's memory view shows them
 * ({@code FF FF 00 00 00 9A CF 00}). When two such values differ, the judge names every byte that
 * differs and the field of the figure it belongs to, so that a student reads "byte 7 (base 31:24)"
 * rather than two rows of hex.
 */
public final class EntryBytes {
    /** What lies in each byte of a segment descriptor (SDM Vol. 3A Figure 3-8; facts D.1). */
    public static final List<String> SEGMENT_FIELDS = List.of("limit 7:0", "limit 15:8", "base 7:0", "base 15:8",
        "base 23:16", "P DPL S type", "G D/B L AVL limit 19:16", "base 31:24");
    /** What lies in each byte of an interrupt or trap gate (SDM Vol. 3A Figure 6-2; facts D.2). */
    public static final List<String> GATE_FIELDS = List.of("offset 7:0", "offset 15:8", "selector 7:0",
        "selector 15:8", "reserved, 0", "P DPL 0 type", "offset 23:16", "offset 31:24");
    private static final int SIZE = 8;

    private EntryBytes() {
    }

    /** The bytes in memory order; an array of another length says so, and null shows as null. */
    public static String show(byte[] bytes) {
        if (bytes == null) {
            return "null";
        }
        StringBuilder text = new StringBuilder();
        for (byte b : bytes) {
            text.append(text.isEmpty() ? "" : " ").append(String.format("%02X", b & 0xFF));
        }
        return bytes.length == SIZE ? text.toString() : bytes.length + " bytes instead of 8: [" + text + "]";
    }

    /**
     * The first value that differs, as {@link Judge#FIRST_DIFFERENCE} says it, and, when both are
     * 8 bytes, which bytes differ: "byte 7 (base 31:24) is 00, should be 12".
     *
     * @param fields the name of each byte's field
     */
    public static Judge judge(List<String> fields) {
        return (labels, expected, actual) -> {
            String why = Judge.FIRST_DIFFERENCE.judge(labels, expected, actual);
            List<String> got = actual.values();
            for (int i = 0; why != null && i < Math.min(expected.size(), got.size()); i++) {
                if (!expected.get(i).equals(got.get(i))) {
                    return why + bytesThatDiffer(fields, expected.get(i), got.get(i));
                }
            }
            return why;
        };
    }

    private static String bytesThatDiffer(List<String> fields, String expected, String got) {
        String[] want = expected.split(" ");
        String[] was = got.split(" ");
        if (want.length != SIZE || was.length != SIZE || !got.matches("[0-9A-F]{2}( [0-9A-F]{2}){7}")) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < SIZE; i++) {
            if (!want[i].equals(was[i])) {
                text.append(text.isEmpty() ? " (" : "; ").append("byte ").append(i).append(" (").append(fields.get(i))
                    .append(") is ").append(was[i]).append(", should be ").append(want[i]);
            }
        }
        return text.append(")").toString();
    }
}
