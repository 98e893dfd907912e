package eduscc.machine.x86.asm;

/**
 * One source line in the listing: where it landed and how many bytes it produced.
 *
 * @param lineNumber the 1-based line in its file
 * @param address    the address of the line's first byte; for a line that emits nothing (a label,
 *                   a comment, {@code equ}), the address the next byte will have
 * @param length     the number of bytes emitted, 0 for lines that emit nothing
 * @param source     the line as written, comment included
 * @param include    the included file the line comes from ({@code crt0.asm}), or null for a line of
 *                   the program itself
 */
public record ListingLine(int lineNumber, long address, int length, String source, String include) {

    /** A line of the program itself. */
    public ListingLine(int lineNumber, long address, int length, String source) {
        this(lineNumber, address, length, source, null);
    }

    /** Whether this line produced the byte at {@code address}. */
    public boolean covers(long address) {
        return address >= this.address && address < this.address + length;
    }
}
