package eduscc.kernel.arch;

/**
 * The kit's answer to the {@code gdt} exercise, eduOS {@code configure_gdt_entry}: base and limit
 * are cut into the pieces Figure 3-8 of SDM Vol. 3A (§3.4.5) puts them in. The pieces are
 * scattered because the 80386 kept the 80286's layout (a 16-bit limit and a 24-bit base in bytes
 * 0-4) and could only add the missing bits in bytes 6 and 7.
 */
public final class KitGdtEncoder implements GdtEncoder {
    /** Byte 6, bit 7: the limit counts 4 KiB pages (eduOS GDT_FLAG_4K_GRAN). */
    static final int FLAG_4K_GRAN = 0x80;
    /** Byte 6, bit 6: 32-bit code, 32-bit stack pointer (eduOS GDT_FLAG_32_BIT). */
    static final int FLAG_32_BIT = 0x40;

    @Override
    public byte[] encode(int base, int limit, int access, boolean granularity, boolean defaultBig) {
        byte[] entry = new byte[8];
        entry[0] = (byte) limit;
        entry[1] = (byte) (limit >>> 8);
        entry[2] = (byte) base;
        entry[3] = (byte) (base >>> 8);
        entry[4] = (byte) (base >>> 16);
        entry[5] = (byte) access;
        entry[6] = (byte) ((granularity ? FLAG_4K_GRAN : 0) | (defaultBig ? FLAG_32_BIT : 0) | limit >>> 16 & 0x0F);
        entry[7] = (byte) (base >>> 24);
        return entry;
    }
}
