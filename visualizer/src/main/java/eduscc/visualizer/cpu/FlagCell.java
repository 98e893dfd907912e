package eduscc.visualizer.cpu;

/**
 * One named bit (or the two-bit IOPL field) of EFLAGS, CR0 or CR4, decoded for the bit row of the
 * CPU view.
 *
 * @param name     the SDM's name, e.g. {@code PE} or {@code IOPL}
 * @param position the lowest bit number of the field
 * @param width    1, or 2 for IOPL
 * @param value    the field's value (0 or 1 for a flag, 0..3 for IOPL)
 * @param changed  the field differs from the previous snapshot
 */
public record FlagCell(String name, int position, int width, int value, boolean changed) {

    public boolean set() {
        return value != 0;
    }

    /** What the cell shows: {@code PE=1}, {@code IOPL=3}. */
    public String text() {
        return name + "=" + value;
    }
}
