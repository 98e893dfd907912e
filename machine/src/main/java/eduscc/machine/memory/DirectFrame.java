package eduscc.machine.memory;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Objects;

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
 *
 * <p>A frame that holds a page directory or page table a translation was found through is
 * marked ({@link #holdsPagingStructure}). Its memory then counts in {@link #changes()} every
 * event that could make a frame stale or a marked frame read differently: a LUT write, a memory
 * cleared, any write to a marked frame, by any path ({@link #write} included). While the count
 * stands, nothing a translation was found through has changed.
 */
public abstract class DirectFrame {
    /** The frame's bytes, byte {@code i} at physical address {@code frame base + i}. */
    public final byte[] bytes;
    private final FrameChanges changes;
    /** Little-endian views of the bytes, as the P54C stores a word: one access instead of four. */
    private static final VarHandle INT_LE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle SHORT_LE = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);

    protected DirectFrame(byte[] bytes, FrameChanges changes) {
        if (bytes.length != 4096) {
            throw new IllegalArgumentException("a frame holds 4096 bytes, not " + bytes.length);
        }
        this.bytes = bytes;
        this.changes = Objects.requireNonNull(changes, "changes");
    }

    /** True while the physical address this frame was made for still leads to these bytes. */
    public abstract boolean current();

    /**
     * This frame holds a page directory or a page table that a translation was found through:
     * from now on every write to it, by whatever path, advances {@link #changes()}.
     */
    public abstract void holdsPagingStructure();

    /** The count of changes of the memory this frame belongs to (see the class comment). */
    public final FrameChanges changes() {
        return changes;
    }

    /** Reads {@code size} (1, 2 or 4) little-endian bytes at {@code offset}, which the caller keeps inside the frame. */
    public final int read(int offset, int size) {
        return switch (size) {
            case 4 -> (int) INT_LE.get(bytes, offset);
            case 2 -> (short) SHORT_LE.get(bytes, offset) & 0xFFFF;
            case 1 -> bytes[offset] & 0xFF;
            default -> readBytes(offset, size);
        };
    }

    private int readBytes(int offset, int size) {
        int value = 0;
        for (int i = 0; i < size; i++) {
            value |= (bytes[offset + i] & 0xFF) << (8 * i);
        }
        return value;
    }

    /** Writes the low {@code size} (1, 2 or 4) bytes of {@code value}, little-endian, at {@code offset} inside the frame. */
    public final void write(int offset, int size, int value) {
        switch (size) {
            case 4 -> INT_LE.set(bytes, offset, value);
            case 2 -> SHORT_LE.set(bytes, offset, (short) value);
            case 1 -> bytes[offset] = (byte) value;
            default -> {
                for (int i = 0; i < size; i++) {
                    bytes[offset + i] = (byte) (value >>> (8 * i));
                }
            }
        }
        written();
    }

    /** After every {@link #write}: the memory counts it as a change if this frame is marked. */
    protected abstract void written();
}
