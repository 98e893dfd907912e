package eduscc.kernel.sched;

/**
 * Kernel data in a plain Java array, for tests and exercises that build tasks and ready queues
 * without a machine ({@link ReadyQueues#withJavaBsr()}, {@code new Task(...)}). It covers
 * {@code size} bytes from {@code base}, little-endian like the P54C, costs nothing, and has no
 * interrupts to turn off; loads and probes read the same bytes.
 */
public final class HeapKernelData implements KernelData {
    private final int base;
    private final byte[] bytes;

    /**
     * @param base the first address this memory answers for (the same address the kernel would
     *     use, so that links between tasks read the same as on the machine)
     * @param size how many bytes from {@code base}
     */
    public HeapKernelData(int base, int size) {
        this.base = base;
        this.bytes = new byte[size];
    }

    private int index(int address, int size) {
        long offset = Integer.toUnsignedLong(address) - Integer.toUnsignedLong(base);
        if (offset < 0 || offset + size > bytes.length) {
            throw new IllegalArgumentException(String.format("kernel data at 0x%08X (%d bytes) lies outside this"
                + " memory, 0x%08X..0x%08X", address, size, base, base + bytes.length - 1));
        }
        return (int) offset;
    }

    @Override
    public int load32(int address) {
        int at = index(address, 4);
        return (bytes[at] & 0xFF) | (bytes[at + 1] & 0xFF) << 8 | (bytes[at + 2] & 0xFF) << 16 | (bytes[at + 3] & 0xFF) << 24;
    }

    @Override
    public void store32(int address, int value) {
        int at = index(address, 4);
        for (int i = 0; i < 4; i++) {
            bytes[at + i] = (byte) (value >>> (8 * i));
        }
    }

    @Override
    public int load8(int address) {
        return bytes[index(address, 1)] & 0xFF;
    }

    @Override
    public void store8(int address, int value) {
        bytes[index(address, 1)] = (byte) value;
    }

    @Override
    public int probe32(int address) {
        return load32(address);
    }

    @Override
    public int probe8(int address) {
        return load8(address);
    }

    @Override
    public int xchg32(int address, int value) {
        int old = load32(address);
        store32(address, value);
        return old;
    }

    /** No interrupts here: reports them as off, so the matching enable does nothing. */
    @Override
    public int irqNestedDisable() {
        return 0;
    }

    @Override
    public void irqNestedEnable(int flags) {
    }
}
