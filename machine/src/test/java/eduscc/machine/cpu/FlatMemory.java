package eduscc.machine.cpu;

import eduscc.machine.memory.DirectFrame;

/**
 * 16 MiB of plain memory for core tests: no LUT, no mesh, nothing shared. It is kept as 4 KiB
 * frames and hands them out, so accesses take the translation shortcuts as they do on the chip.
 */
final class FlatMemory implements PhysicalMemory {
    static final int SIZE = 16 << 20;
    private static final int PAGE = 0x1000;
    private final byte[][] frames = new byte[SIZE / PAGE][PAGE];

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
        return new DirectFrame(frames[(physical & (SIZE - 1)) / PAGE]) {
            @Override
            public boolean current() {
                return true;
            }
        };
    }

    void write64(int physical, long value) {
        write(physical, 4, (int) value);
        write(physical + 4, 4, (int) (value >>> 32));
    }
}
