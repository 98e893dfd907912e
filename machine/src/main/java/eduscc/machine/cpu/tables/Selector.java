package eduscc.machine.cpu.tables;

/**
 * A segment selector, the 16-bit value held in CS, DS, SS, ES, FS, GS, LDTR and TR, modelled after
 * SDM Vol. 3A §3.4.2 "Segment Selectors": index in bits 15:3, table indicator in bit 2, requested
 * privilege level in bits 1:0.
 *
 * <p>The index is not a byte offset: the CPU multiplies it by 8 because every descriptor is 8 bytes,
 * which is why the low three bits are free to carry TI and RPL.
 *
 * @param index the descriptor number in its table, 0..8191
 * @param table which table the index refers to
 * @param rpl   the requested privilege level, 0..3
 */
public record Selector(int index, Table table, int rpl) {

    /** The table indicator (TI) flag: 0 selects the GDT, 1 the current LDT. */
    public enum Table { GDT, LDT }

    /** The largest index a 13-bit field can hold. */
    public static final int MAX_INDEX = 0x1FFF;

    public Selector {
        if (index < 0 || index > MAX_INDEX) {
            throw new IllegalArgumentException("selector index " + index + " is outside 0.." + MAX_INDEX);
        }
        if (table == null) {
            throw new IllegalArgumentException("selector table indicator must be GDT or LDT, not null");
        }
        if (rpl < 0 || rpl > 3) {
            throw new IllegalArgumentException("selector RPL " + rpl + " is outside 0..3");
        }
    }

    /**
     * Splits a raw 16-bit selector value into its fields.
     *
     * @param value the selector as a segment register holds it, 0..0xFFFF
     * @return the decoded selector
     * @throws IllegalArgumentException if the value does not fit in 16 bits
     */
    public static Selector of(int value) {
        if (value < 0 || value > 0xFFFF) {
            throw new IllegalArgumentException(String.format("selector value 0x%X does not fit in 16 bits", value));
        }
        return new Selector(value >>> 3, (value & 0x4) == 0 ? Table.GDT : Table.LDT, value & 0x3);
    }

    /** @return the 16-bit value a segment register or a TSS field holds for this selector */
    public int value() {
        return index << 3 | (table == Table.LDT ? 0x4 : 0) | rpl;
    }

    /** @return the byte offset of the selected descriptor inside its table (index times 8) */
    public int tableOffset() {
        return index << 3;
    }

    /**
     * The null selector may be loaded into DS, ES, FS and GS but faults when the segment is used.
     * The RPL plays no part: 0x0000 to 0x0003 are all null (SDM §3.4.2), while index 0 in the LDT
     * (0x0004) is an ordinary selector.
     *
     * @return true for index 0 in the GDT, whatever the RPL
     */
    public boolean isNull() {
        return index == 0 && table == Table.GDT;
    }

    /** @return the form the debugger shows, e.g. {@code 0x1B (GDT[3], RPL 3)} */
    @Override
    public String toString() {
        return String.format("0x%02X (%s[%d], RPL %d)", value(), table, index, rpl);
    }
}
