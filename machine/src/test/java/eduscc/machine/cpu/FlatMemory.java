package eduscc.machine.cpu;

import eduscc.machine.memory.DirectFrame;
import eduscc.machine.memory.FrameChanges;

/**
 * 16 MiB of plain memory for core tests: no LUT, no mesh, nothing shared. It is kept as 4 KiB
 * frames and hands them out, so accesses take the translation shortcuts as they do on the chip;
 * like the chip's DRAM it counts every write to a frame marked as a paging structure.
 */
final class FlatMemory implements PhysicalMemory {
    static final int SIZE = 16 << 20;
    private static final int PAGE = 0x1000;
    private final byte[][] frames = new byte[SIZE / PAGE][PAGE];
    private final boolean[] pagingStructures = new boolean[SIZE / PAGE];
    private final FrameChanges changes = new FrameChanges();

    @Override
    public int read(int physical, int size) {
        int value = 0;
        for (int i = 0; i < size; i++) {
            int at = (physical + i) & (SIZE - 1);
            value |= (frames[at / PAGE][at & (PAGE - 1)] & 0xFF) << (8 * i);
        }
        return value;
    }

    @Override
    public void write(int physical, int size, int value) {
        for (int i = 0; i < size; i++) {
            int at = (physical + i) & (SIZE - 1);
            frames[at / PAGE][at & (PAGE - 1)] = (byte) (value >>> (8 * i));
            written(at / PAGE);
        }
    }

    private void written(int frame) {
        if (pagingStructures[frame]) {
            changes.changed();
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

    /** The frame the address wraps to (the memory repeats every 16 MiB); the mapping never changes. */
    @Override
    public DirectFrame directFrame(int physical) {
        int frame = (physical & (SIZE - 1)) / PAGE;
        return new DirectFrame(frames[frame], changes) {
            @Override
            public boolean current() {
                return true;
            }

            @Override
            public void holdsPagingStructure() {
                pagingStructures[frame] = true;
            }

            @Override
            protected void written() {
                FlatMemory.this.written(frame);
            }
        };
    }

    void write64(int physical, long value) {
        write(physical, 4, (int) value);
        write(physical + 4, 4, (int) (value >>> 32));
    }
}
