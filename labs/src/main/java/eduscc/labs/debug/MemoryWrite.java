package eduscc.labs.debug;

/**
 * Bytes a core wrote (a data write as the write watch tells it, see
 * {@link eduscc.machine.cpu.WriteWatch}); neighbouring writes of one step are merged.
 *
 * @param core     the writing core
 * @param linear   the first linear address written
 * @param physical where that address mapped when the snapshot was taken, or -1 if unmapped by then
 * @param size     how many bytes
 * @param position the position (boundary) the writing step ended at
 */
public record MemoryWrite(int core, int linear, long physical, int size, long position) {

    /** Whether this write touched the byte at {@code address} of {@code core}'s linear or physical space. */
    public boolean covers(int core, boolean linearSpace, long address) {
        if (core != this.core) {
            return false;
        }
        long first = linearSpace ? Integer.toUnsignedLong(linear) : physical;
        return first >= 0 && address >= first && address < first + size;
    }
}
