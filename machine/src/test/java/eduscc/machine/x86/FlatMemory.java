package eduscc.machine.x86;

import eduscc.machine.cpu.PhysicalMemory;
import eduscc.machine.memory.DirectFrame;
import eduscc.machine.memory.FrameChanges;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Physical memory for interpreter tests: 16 MiB from address 0 plus the top page
 * 0xFFFFF000-0xFFFFFFFF, where the reset vector lives. Reads elsewhere return 0xFF bytes, as an
 * unconnected bus does; writes elsewhere are dropped. No latency, nothing shared. Like the chip's
 * DRAM it counts every write to a frame marked as a paging structure.
 */
final class FlatMemory implements PhysicalMemory {
    static final int LOW_SIZE = 16 << 20;
    static final int TOP_PAGE = 0xFFFFF000;
    private static final int PAGE = 0x1000;

    /** Kept as 4 KiB frames, so fetches and data accesses take the translation shortcuts as they do on the chip. */
    private final byte[][] low = new byte[LOW_SIZE / PAGE][PAGE];
    private final byte[] top = new byte[PAGE];
    /** The frames marked as paging structures, by identity. */
    private final Set<byte[]> pagingStructures = Collections.newSetFromMap(new IdentityHashMap<>());
    private final FrameChanges changes = new FrameChanges();

    @Override
    public int read(int physical, int size) {
        int value = 0;
        for (int i = 0; i < size; i++) {
            value |= readByte(physical + i) << (8 * i);
        }
        return value;
    }

    @Override
    public void write(int physical, int size, int value) {
        for (int i = 0; i < size; i++) {
            writeByte(physical + i, value >>> (8 * i));
        }
    }

    @Override
    public int accessCycles(int physical, boolean write) {
        return 0;
    }

    @Override
    public boolean isShared(int physical) {
        return false;
    }

    /** Every connected frame is handed out; the mapping never changes, so a frame stays current. */
    @Override
    public DirectFrame directFrame(int physical) {
        byte[] frame = frame(physical);
        return frame == null ? null : new DirectFrame(frame, changes) {
            @Override
            public boolean current() {
                return true;
            }

            @Override
            public void holdsPagingStructure() {
                pagingStructures.add(frame);
            }

            @Override
            protected void written() {
                FlatMemory.this.written(frame);
            }
        };
    }

    private void written(byte[] frame) {
        if (pagingStructures.contains(frame)) {
            changes.changed();
        }
    }

    private byte[] frame(int physical) {
        if (Integer.compareUnsigned(physical, LOW_SIZE) < 0) {
            return low[physical / PAGE];
        }
        return Integer.compareUnsigned(physical, TOP_PAGE) >= 0 ? top : null;
    }

    int readByte(int physical) {
        byte[] frame = frame(physical);
        return frame == null ? 0xFF : frame[physical & (PAGE - 1)] & 0xFF;
    }

    void writeByte(int physical, int value) {
        byte[] frame = frame(physical);
        if (frame != null) {
            frame[physical & (PAGE - 1)] = (byte) value;
            written(frame);
        }
    }
}
