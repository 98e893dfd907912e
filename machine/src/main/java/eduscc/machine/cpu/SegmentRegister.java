package eduscc.machine.cpu;

/**
 * A segment register: the visible selector and the hidden descriptor cache (SDM Vol. 3A §3.4.3
 * "Segment Registers"). The CPU uses only the cache when it forms addresses, which is why a
 * real-mode stub keeps running after CR0.PE is set until the far jump reloads CS.
 */
public final class SegmentRegister {
    /** Access byte of a present, writable, accessed data segment: what real mode caches. */
    public static final int REAL_MODE_ACCESS = 0x93;

    private final String name;
    private int selector;
    private int base;
    private int limit;
    private int access;
    private boolean big;

    public SegmentRegister(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    public int selector() {
        return selector;
    }

    public int base() {
        return base;
    }

    /** The effective limit in bytes (already scaled by G), as an unsigned 32-bit value. */
    public int limit() {
        return limit;
    }

    /** Byte 5 of the cached descriptor: P, DPL, S and type. */
    public int access() {
        return access;
    }

    /** D/B flag: 32-bit default operand size for CS, 32-bit stack pointer for SS. */
    public boolean big() {
        return big;
    }

    public int dpl() {
        return (access >>> 5) & 3;
    }

    public int rpl() {
        return selector & 3;
    }

    public boolean present() {
        return (access & 0x80) != 0;
    }

    public int type() {
        return access & 0xF;
    }

    /** Real mode (and the reset state): base is selector times 16, limit 64 KiB. */
    public void loadReal(int newSelector) {
        this.selector = newSelector & 0xFFFF;
        this.base = selector << 4;
    }

    /** Loads selector and the whole hidden cache at once. */
    public void load(int newSelector, int newBase, int newLimit, int newAccess, boolean newBig) {
        this.selector = newSelector & 0xFFFF;
        this.base = newBase;
        this.limit = newLimit;
        this.access = newAccess & 0xFF;
        this.big = newBig;
    }

    /** A null selector in DS, ES, FS or GS: loading it is legal, using it faults (§5.4.1). */
    public void loadNull(int nullSelector) {
        load(nullSelector, 0, 0, 0, false);
    }

    /** True when an access of {@code size} bytes at {@code offset} stays within the limit. */
    public boolean within(int offset, int size) {
        long last = Integer.toUnsignedLong(offset) + size - 1;
        return last <= Integer.toUnsignedLong(limit);
    }

    public void copyFrom(SegmentRegister other) {
        load(other.selector, other.base, other.limit, other.access, other.big);
    }

    @Override
    public String toString() {
        return String.format("%s=%04X base=%08X limit=%08X", name, selector, base, limit);
    }
}
