package eduscc.machine.cpu;

/** 16 MiB of plain memory for core tests: no LUT, no mesh, nothing shared. */
final class FlatMemory implements PhysicalMemory {
    static final int SIZE = 16 << 20;
    private final byte[] bytes = new byte[SIZE];

    @Override
    public int read(int physical, int size) {
        int value = 0;
        for (int i = 0; i < size; i++) {
            value |= (bytes[(physical + i) & (SIZE - 1)] & 0xFF) << (8 * i);
        }
        return value;
    }

    @Override
    public void write(int physical, int size, int value) {
        for (int i = 0; i < size; i++) {
            bytes[(physical + i) & (SIZE - 1)] = (byte) (value >>> (8 * i));
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

    void write64(int physical, long value) {
        write(physical, 4, (int) value);
        write(physical + 4, 4, (int) (value >>> 32));
    }
}
