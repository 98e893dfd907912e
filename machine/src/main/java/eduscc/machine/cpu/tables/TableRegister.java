package eduscc.machine.cpu.tables;

/**
 * The contents of GDTR or IDTR, modelled after SDM Vol. 3A §2.4.1 "Global Descriptor Table Register
 * (GDTR)", §2.4.3 "IDTR Interrupt Descriptor Table Register" and Vol. 2A "LGDT/LIDT" and "SGDT/SIDT".
 *
 * <p>The limit is the offset of the last valid byte, not a count, so that a 16-bit field can
 * describe a full 64 KB table; an 8-byte entry at offset o is inside the table iff o + 7 &lt;= limit.
 *
 * @param base  the 32-bit linear address of entry 0
 * @param limit the last valid byte offset, 0..0xFFFF
 */
public record TableRegister(int base, int limit) {

    /** The size of the memory operand of LGDT, LIDT, SGDT and SIDT: a 16-bit limit and a 32-bit base. */
    public static final int PSEUDO_DESCRIPTOR_SIZE = 6;

    /** GDTR and IDTR after reset: base 0, limit 0xFFFF (SDM §9.1.1, facts D.6). */
    public static final TableRegister RESET = new TableRegister(0, 0xFFFF);

    public TableRegister {
        if (limit < 0 || limit > 0xFFFF) {
            throw new IllegalArgumentException(String.format("table limit 0x%X does not fit in 16 bits", limit));
        }
    }

    /**
     * What LGDT or LIDT loads from its 6-byte operand. With a 16-bit operand size only 24 bits of base
     * are taken and bits 31:24 become 0, the 80286 behaviour real-mode boot code must keep in mind:
     * a GDT above 16 MB needs the 0x66 prefix on LGDT.
     *
     * @param pseudoDescriptor the 6 bytes as a little-endian value: limit in bits 15:0, base in 47:16
     * @param operand32        true for a 32-bit operand size
     */
    public static TableRegister fromPseudoDescriptor(long pseudoDescriptor, boolean operand32) {
        int limit = (int) (pseudoDescriptor & 0xFFFF);
        int base = (int) (pseudoDescriptor >>> 16);
        return new TableRegister(operand32 ? base : base & 0x00FFFFFF, limit);
    }

    /** @see #fromPseudoDescriptor(long, boolean) */
    public static TableRegister fromPseudoDescriptor(byte[] bytes, int offset, boolean operand32) {
        if (bytes == null || offset < 0 || offset > bytes.length - PSEUDO_DESCRIPTOR_SIZE) {
            throw new IllegalArgumentException(String.format("an LGDT/LIDT operand at offset %d needs %d bytes, but the array holds %s",
                    offset, PSEUDO_DESCRIPTOR_SIZE, bytes == null ? "nothing" : bytes.length + " bytes"));
        }
        long value = 0;
        for (int i = 0; i < PSEUDO_DESCRIPTOR_SIZE; i++) {
            value |= (bytes[offset + i] & 0xFFL) << (8 * i);
        }
        return fromPseudoDescriptor(value, operand32);
    }

    /**
     * The 6 bytes SGDT or SIDT stores with a 32-bit operand size, as a little-endian value. The
     * 16-bit form is left out on purpose: the Pentium-era manual says its sixth byte is written as 0,
     * while the 80386 manual and current SDMs say the full base is stored, and the facts do not settle
     * which one the P54C does.
     */
    public long toPseudoDescriptor() {
        return (base & 0xFFFFFFFFL) << 16 | limit;
    }

    /** @return the 6 bytes of {@link #toPseudoDescriptor()} */
    public byte[] toPseudoDescriptorBytes() {
        byte[] bytes = new byte[PSEUDO_DESCRIPTOR_SIZE];
        long value = toPseudoDescriptor();
        for (int i = 0; i < PSEUDO_DESCRIPTOR_SIZE; i++) {
            bytes[i] = (byte) (value >>> (8 * i));
        }
        return bytes;
    }

    /** @return the linear address of entry {@code index} (a selector index or an interrupt vector) */
    public int entryAddress(int index) {
        return base + index * DescriptorBytes.SIZE;
    }

    /**
     * @param entryOffset a byte offset into the table, such as a selector with its low 3 bits
     *                    cleared or a vector times 8
     * @return true if all 8 bytes of the entry lie within the limit; otherwise the CPU raises #GP
     */
    public boolean contains(int entryOffset) {
        return entryOffset >= 0 && (long) entryOffset + DescriptorBytes.SIZE - 1 <= limit;
    }

    /** @return true if entry {@code index} (selector index or vector) lies within the limit */
    public boolean containsIndex(int index) {
        return index >= 0 && (long) index * DescriptorBytes.SIZE + DescriptorBytes.SIZE - 1 <= limit;
    }

    /** @return how many whole 8-byte entries the limit covers, for listing the table in the debugger */
    public int entryCount() {
        return (limit + 1) / DescriptorBytes.SIZE;
    }

    @Override
    public String toString() {
        return String.format("base=0x%08X limit=0x%04X (%d entries)", base, limit, entryCount());
    }
}
