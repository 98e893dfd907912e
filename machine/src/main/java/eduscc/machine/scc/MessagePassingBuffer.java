package eduscc.machine.scc;

import eduscc.machine.chip.CoreId;
import eduscc.machine.chip.TileId;
import eduscc.machine.memory.SystemAddress;

import java.util.Arrays;

/**
 * One tile's message-passing buffer: 16 KB of on-die SRAM that every core can read and write
 * through the mesh (facts A.3).
 *
 * <p>By convention core 0 of the tile uses the lower 8 KB and core 1 the upper 8 KB, but nothing
 * in the hardware enforces that, so the model does not either. The model starts it zeroed;
 * sccGui clears the MPBs at boot for the same effect (A.8 step 4).
 */
final class MessagePassingBuffer {

    /** 16 KB per tile [BF-dev][sccKit sccGui clear loop 0..1<<14]. */
    static final int SIZE = 0x4000;

    private final byte[] bytes = new byte[SIZE];

    /** True when {@code size} bytes at {@code offset} lie inside the buffer. */
    static boolean contains(long offset, int size) {
        return offset >= 0 && offset + size <= SIZE;
    }

    /**
     * The offset inside the MPB a translated access addresses. The MPB is 16 KB in a 16 MB LUT
     * slot; whether the rest of the slot aliases it is not in the facts, so our choice is that
     * it is a bus error.
     */
    static int offsetOf(CoreId requester, SystemAddress a, int size) {
        if (!contains(a.address(), size)) {
            throw new BusError(requester, String.format("the MPB of tile %s is 16 KB; offset 0x%x is outside it",
                    a.tile(), a.address()));
        }
        return (int) a.address();
    }

    /** Range check for the debugger's direct accesses, which have no requesting core. */
    static int checkRange(TileId tile, int offset, int size) {
        if (!contains(offset, size)) {
            throw new IllegalArgumentException(String.format(
                    "%d bytes at offset 0x%x do not fit in the 16 KB MPB of tile %s", size, offset, tile));
        }
        return offset;
    }

    int read(int offset, int size) {
        int value = 0;
        for (int i = 0; i < size; i++) {
            value |= (bytes[offset + i] & 0xFF) << (8 * i);
        }
        return value;
    }

    void write(int offset, int size, int value) {
        for (int i = 0; i < size; i++) {
            bytes[offset + i] = (byte) (value >>> (8 * i));
        }
    }

    void readBytes(int offset, byte[] dst, int off, int len) {
        System.arraycopy(bytes, offset, dst, off, len);
    }

    void writeBytes(int offset, byte[] src, int off, int len) {
        System.arraycopy(src, off, bytes, offset, len);
    }

    void clear() {
        Arrays.fill(bytes, (byte) 0);
    }
}
