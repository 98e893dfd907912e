package eduscc.machine.memory;

/**
 * The live bytes of one 4 KiB frame of a core's own private DRAM, handed to the core so that a
 * fetch or a data access can reach them without going through the LUT and the memory controller.
 * There is no hardware counterpart: on the SCC every access goes through the LUT. It is a
 * simulator speed-up that the model never sees, because the caches, TLBs and costs are charged
 * as before (see the core's TranslationShortcut).
 *
 * <p>The array is the memory itself, not a copy: a write by anyone (a store, a loader, another
 * core) is seen at once, and a write into it is a write to the DRAM. What can go stale is the
 * route to it: a LUT write may send the physical address elsewhere. {@link #current()} says
 * whether the frame is still the one behind its address.
 */
public abstract class DirectFrame {
    /** The frame's bytes, byte {@code i} at physical address {@code frame base + i}. */
    public final byte[] bytes;

    protected DirectFrame(byte[] bytes) {
        if (bytes.length != 4096) {
            throw new IllegalArgumentException("a frame holds 4096 bytes, not " + bytes.length);
        }
        this.bytes = bytes;
    }

    /** True while the physical address this frame was made for still leads to these bytes. */
    public abstract boolean current();

    /** Reads {@code size} (1, 2 or 4) little-endian bytes at {@code offset}, which the caller keeps inside the frame. */
    public final int read(int offset, int size) {
        int value = bytes[offset] & 0xFF;
        for (int i = 1; i < size; i++) {
            value |= (bytes[offset + i] & 0xFF) << (8 * i);
        }
        return value;
    }

    /** Writes the low {@code size} (1, 2 or 4) bytes of {@code value}, little-endian, at {@code offset} inside the frame. */
    public final void write(int offset, int size, int value) {
        for (int i = 0; i < size; i++) {
            bytes[offset + i] = (byte) (value >>> (8 * i));
        }
    }
}
