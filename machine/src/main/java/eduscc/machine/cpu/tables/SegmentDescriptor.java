package eduscc.machine.cpu.tables;

import static eduscc.machine.cpu.tables.DescriptorType.*;

/**
 * One 8-byte GDT or LDT entry for a segment, a TSS or an LDT, modelled after SDM Vol. 3A §3.4.5
 * "Segment Descriptors" (layout in facts D.1) and §7.2.2 "TSS Descriptor".
 *
 * <p>Base and limit are scattered over the 8 bytes because the 80386 had to keep the 80286 layout
 * (16-bit limit, 24-bit base in bytes 0-4) and could only add the missing bits in bytes 6 and 7.
 *
 * <p>Bit 21 (the L flag of IA-32e mode) is reserved on the P54C. {@link #decode} ignores it, as the
 * P54C does, and {@link #encode} always writes it as 0.
 *
 * @param base        the 32-bit linear base address
 * @param limit       the raw 20-bit limit field; see {@link #effectiveLimit()}
 * @param type        the 4-bit type field, see {@link DescriptorType}
 * @param s           the S flag: true for a code or data segment, false for a system descriptor
 * @param dpl         the descriptor privilege level, 0..3
 * @param present     the P flag; loading a not-present descriptor raises #NP (or #SS for SS)
 * @param avl         the bit left for system software
 * @param defaultBig  the D/B flag: 32-bit code, 32-bit stack pointer, 4 GB expand-down bound
 * @param granularity the G flag: the limit counts 4 KB pages instead of bytes
 */
public record SegmentDescriptor(int base, int limit, int type, boolean s, int dpl, boolean present,
                                boolean avl, boolean defaultBig, boolean granularity) {

    /** The largest value the 20-bit limit field holds. */
    public static final int MAX_LIMIT = 0xFFFFF;

    public SegmentDescriptor {
        if (limit < 0 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException(String.format("segment limit field 0x%X does not fit in 20 bits", limit));
        }
        if (type < 0 || type > 0xF) {
            throw new IllegalArgumentException(String.format("descriptor type 0x%X does not fit in 4 bits", type));
        }
        if (dpl < 0 || dpl > 3) {
            throw new IllegalArgumentException("descriptor DPL " + dpl + " is outside 0..3");
        }
    }

    // --- Factories for the entries eduOS and Barrelfish put in their GDTs.
    //     The accessed bit starts clear: the CPU sets it on the first segment-register load
    //     (SDM §3.4.5.1), so the debugger can show which segments have been used.

    /** @return the flat 4 GB readable code segment, access byte 0x9A (DPL 0) or 0xFA (DPL 3) */
    public static SegmentDescriptor flatCode(int dpl) {
        return new SegmentDescriptor(0, MAX_LIMIT, CODE | READABLE, true, dpl, true, false, true, true);
    }

    /** @return the flat 4 GB writable data segment, access byte 0x92 (DPL 0) or 0xF2 (DPL 3) */
    public static SegmentDescriptor flatData(int dpl) {
        return new SegmentDescriptor(0, MAX_LIMIT, WRITABLE, true, dpl, true, false, true, true);
    }

    /**
     * An available 32-bit TSS descriptor with byte granularity. A limit below {@link Tss32#MIN_LIMIT}
     * is accepted on purpose: the task switch, not the encoding, raises #TS for it (SDM §7.3 step 3).
     */
    public static SegmentDescriptor tss32(int base, int limit, int dpl) {
        return new SegmentDescriptor(base, limit, TSS32_AVAILABLE, false, dpl, true, false, false, false);
    }

    /** @return a present LDT descriptor; only LLDT at CPL 0 uses it, so its DPL is 0 */
    public static SegmentDescriptor ldt(int base, int limit) {
        return new SegmentDescriptor(base, limit, LDT, false, 0, true, false, false, false);
    }

    /** @return entry 0 of the GDT, all zero bytes; the CPU never reads it (SDM §3.5.1) */
    public static SegmentDescriptor nullDescriptor() {
        return new SegmentDescriptor(0, 0, 0, false, 0, false, false, false, false);
    }

    // --- Encoding

    /** @return byte 5: P, DPL, S and type */
    public int accessByte() {
        return (present ? 0x80 : 0) | dpl << 5 | (s ? 0x10 : 0) | type;
    }

    /** @return the high nibble of byte 6: G, D/B, L (always 0 here) and AVL */
    public int flagsNibble() {
        return (granularity ? 0x8 : 0) | (defaultBig ? 0x4 : 0) | (avl ? 0x1 : 0);
    }

    /** @return the 8 bytes of the descriptor as one little-endian 64-bit value */
    public long encode() {
        return (limit & 0xFFFFL)
                | (base & 0xFFFFFFL) << 16
                | (long) accessByte() << 40
                | (long) (limit >>> 16) << 48
                | (long) flagsNibble() << 52
                | (long) (base >>> 24) << 56;
    }

    /** @return the 8 bytes as they lie in the GDT or LDT */
    public byte[] toBytes() {
        return DescriptorBytes.toBytes(encode());
    }

    /** @return the descriptor stored in the 8 bytes; the reserved L bit is dropped */
    public static SegmentDescriptor decode(long bits) {
        int limit = (int) (bits & 0xFFFF) | (int) (bits >>> 48 & 0xF) << 16;
        int base = (int) (bits >>> 16 & 0xFFFFFF) | (int) (bits >>> 56 & 0xFF) << 24;
        int access = (int) (bits >>> 40 & 0xFF);
        int flags = (int) (bits >>> 52 & 0xF);
        return new SegmentDescriptor(base, limit, access & 0xF, (access & 0x10) != 0, access >>> 5 & 0x3,
                (access & 0x80) != 0, (flags & 0x1) != 0, (flags & 0x4) != 0, (flags & 0x8) != 0);
    }

    /** @return the descriptor whose 8 bytes start at {@code offset}, e.g. GDT base + selector index * 8 */
    public static SegmentDescriptor fromBytes(byte[] bytes, int offset) {
        return decode(DescriptorBytes.fromBytes(bytes, offset, "segment descriptor"));
    }

    /**
     * @return the last valid byte offset: with G=1 the limit counts 4 KB pages and the low 12 bits
     *         are filled with ones, so a limit field of 0xFFFFF covers the full 4 GB
     */
    public long effectiveLimit() {
        return granularity ? ((long) limit << 12) | 0xFFF : limit;
    }

    // --- What kind of descriptor this is (SDM §3.4.5.1 and §3.5)

    public boolean isCode() {
        return s && (type & CODE) != 0;
    }

    public boolean isData() {
        return s && (type & CODE) == 0;
    }

    public boolean isConforming() {
        return isCode() && (type & CONFORMING) != 0;
    }

    /** @return true for readable code and for every data segment: data is always readable */
    public boolean isReadable() {
        return isData() || isCode() && (type & READABLE) != 0;
    }

    /** @return true for writable data; code segments are never writable */
    public boolean isWritable() {
        return isData() && (type & WRITABLE) != 0;
    }

    public boolean isExpandDown() {
        return isData() && (type & EXPAND_DOWN) != 0;
    }

    /** @return the A bit of a code or data segment; for system types bit 0 means something else */
    public boolean isAccessed() {
        return s && (type & ACCESSED) != 0;
    }

    /** @return true for 32-bit TSS types 9/0xB and 16-bit TSS types 1/3, available or busy */
    public boolean isTss() {
        return !s && (type == TSS32_AVAILABLE || type == TSS32_BUSY || type == TSS16_AVAILABLE || type == TSS16_BUSY);
    }

    public boolean isBusyTss() {
        return !s && (type == TSS32_BUSY || type == TSS16_BUSY);
    }

    public boolean isLdt() {
        return !s && type == LDT;
    }

    /** @return true for call, task, interrupt and trap gates; read those with {@link GateDescriptor} */
    public boolean isGate() {
        return !s && GateType.fromCode(type).isPresent();
    }

    // --- The two changes the CPU itself writes back into a descriptor

    /**
     * @return a copy with the TSS busy flag (type bit 1) set or cleared, as LTR and the task
     *         switch do (SDM §7.3 steps 6 and 10)
     * @throws IllegalStateException if this is not a TSS descriptor
     */
    public SegmentDescriptor withBusy(boolean busy) {
        if (!isTss()) {
            throw new IllegalStateException("only a TSS descriptor has a busy flag, not: " + describe());
        }
        int newType = busy ? type | BUSY : type & ~BUSY;
        return new SegmentDescriptor(base, limit, newType, s, dpl, present, avl, defaultBig, granularity);
    }

    /**
     * @return a copy with the accessed bit set, as the CPU writes it when a segment register is loaded
     * @throws IllegalStateException for system descriptors, whose bit 0 is part of the type
     */
    public SegmentDescriptor withAccessed() {
        if (!s) {
            throw new IllegalStateException("only code and data descriptors have an accessed bit, not: " + describe());
        }
        return new SegmentDescriptor(base, limit, type | ACCESSED, s, dpl, present, avl, defaultBig, granularity);
    }

    /** @return one line for the debugger, e.g. {@code code DPL0 base=0x00000000 limit=0xFFFFFFFF 32-bit R A present} */
    public String describe() {
        if (encode() == 0) {
            return "null";
        }
        StringBuilder line = new StringBuilder();
        line.append(s ? (isCode() ? "code" : "data") : DescriptorType.systemTypeName(type));
        if (!s && DescriptorType.systemTypeName(type).equals("reserved")) {
            line.append(String.format(" type 0x%X", type));
        }
        line.append(" DPL").append(dpl);
        if (isGate()) {
            line.append(" (gate: decode it as a GateDescriptor)");
        } else {
            line.append(String.format(" base=0x%08X limit=0x%08X", base, effectiveLimit()));
        }
        if (s) {
            line.append(defaultBig ? " 32-bit" : " 16-bit");
            if (isConforming()) line.append(" C");
            if (isCode() && isReadable()) line.append(" R");
            if (isExpandDown()) line.append(" E");
            if (isWritable()) line.append(" W");
            if (isAccessed()) line.append(" A");
        }
        if (avl) line.append(" AVL");
        line.append(present ? " present" : " not-present");
        return line.toString();
    }
}
