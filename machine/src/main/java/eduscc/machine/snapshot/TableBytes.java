package eduscc.machine.snapshot;

import java.util.List;

/**
 * The raw 8-byte entries of a GDT or IDT as they lay in simulated memory at a pause (DESIGN §2: the
 * debugger decodes the tables from memory, never from a Java-side copy). Each entry is one
 * little-endian {@code long}, byte i of the slot in bits 8i..8i+7, which is what
 * {@code SegmentDescriptor.decode} and {@code GateDescriptor.decode} take.
 *
 * @param base    the linear base the table register held
 * @param limit   the table register's limit: the last valid byte offset
 * @param entries the entries read, from index 0 on; fewer than the limit allows when the snapshot
 *                caps the table or an entry could not be read
 * @param problem why the table was not read, or not read to its end; empty when all is well
 */
public record TableBytes(int base, int limit, List<Long> entries, String problem) {

    public TableBytes {
        entries = List.copyOf(entries);
        problem = problem == null ? "" : problem;
    }

    /** A table the snapshot did not read, with the reason, e.g. "real mode: no IDT of gates". */
    public static TableBytes notRead(int base, int limit, String why) {
        return new TableBytes(base, limit, List.of(), why);
    }

    /** The number of whole entries the limit covers: (limit + 1) / 8, as the CPU counts them. */
    public int declaredEntries() {
        return (int) ((Integer.toUnsignedLong(limit) + 1) / 8);
    }

    /** The 8 bytes of entry {@code index}, as one little-endian value. */
    public long entry(int index) {
        return entries.get(index);
    }

    public int size() {
        return entries.size();
    }

    /** True when every entry up to the cap was read. */
    public boolean complete() {
        return problem.isEmpty();
    }

    /** The linear address of entry {@code index}. */
    public int entryAddress(int index) {
        return base + 8 * index;
    }
}
