package eduscc.machine.x86;

import eduscc.machine.cpu.PhysicalMemory;

/**
 * Physical memory for interpreter tests: 16 MiB from address 0 plus the top page
 * 0xFFFFF000-0xFFFFFFFF, where the reset vector lives. Reads elsewhere return 0xFF bytes, as an
 * unconnected bus does; writes elsewhere are dropped. No latency, nothing shared.
 */
final class FlatMemory implements PhysicalMemory {
    static final int LOW_SIZE = 16 << 20;
    static final int TOP_PAGE = 0xFFFFF000;

    private final byte[] low = new byte[LOW_SIZE];
    private final byte[] top = new byte[0x1000];

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

    int readByte(int physical) {
        if (Integer.compareUnsigned(physical, LOW_SIZE) < 0) {
            return low[physical] & 0xFF;
        }
        if (Integer.compareUnsigned(physical, TOP_PAGE) >= 0) {
            return top[physical - TOP_PAGE] & 0xFF;
        }
        return 0xFF;
    }

    void writeByte(int physical, int value) {
        if (Integer.compareUnsigned(physical, LOW_SIZE) < 0) {
            low[physical] = (byte) value;
        } else if (Integer.compareUnsigned(physical, TOP_PAGE) >= 0) {
            top[physical - TOP_PAGE] = (byte) value;
        }
    }
}
