package eduscc.machine.cpu;

import eduscc.machine.cpu.tables.GateDescriptor;
import eduscc.machine.cpu.tables.SegmentDescriptor;
import eduscc.machine.cpu.tables.Selector;

/**
 * Reads and writes descriptors where the hardware keeps them: in the GDT, the LDT and the IDT,
 * as eight real bytes in (linear) memory (SDM Vol. 3A §3.5.1 "Segment Descriptor Tables", §6.10
 * "Interrupt Descriptor Table"). The CPU's own table accesses are supervisor accesses whatever
 * the CPL, which is why they pass {@code user = false}.
 */
public final class DescriptorTables {
    private final Registers regs;
    private final LogicalMemory memory;

    public DescriptorTables(Registers regs, LogicalMemory memory) {
        this.regs = regs;
        this.memory = memory;
    }

    /**
     * The descriptor a selector names, or the fault {@code vector} with the selector as error
     * code when the entry lies beyond the table's limit.
     */
    public SegmentDescriptor read(Selector selector, int vector) {
        return SegmentDescriptor.decode(readEntry(selector, vector));
    }

    public void write(Selector selector, SegmentDescriptor descriptor) {
        int linear = entryLinear(selector, Vector.GP);
        long bits = descriptor.encode();
        memory.writeLinear(linear, 4, (int) bits, false);
        memory.writeLinear(linear + 4, 4, (int) (bits >>> 32), false);
    }

    /** Sets the accessed bit in memory the first time a segment is loaded (§3.4.5.1). */
    public void markAccessed(Selector selector, SegmentDescriptor descriptor) {
        if (!descriptor.isAccessed()) {
            write(selector, descriptor.withAccessed());
        }
    }

    /**
     * Whether a selector names an entry inside its table (and, for the LDT, whether one is
     * loaded): what LAR, LSL, VERR and VERW test before they read, since a selector beyond the
     * limit only clears ZF for them instead of faulting.
     */
    public boolean contains(Selector selector) {
        boolean ldt = selector.table() == Selector.Table.LDT;
        if (ldt && regs.ldtr.selector() == 0) {
            return false;
        }
        int limit = ldt ? regs.ldtr.limit() : regs.gdtrLimit;
        return Integer.toUnsignedLong(selector.index() * 8) + 7 <= Integer.toUnsignedLong(limit);
    }

    /** The raw eight bytes of a GDT or LDT entry as a little-endian long. */
    public long readEntry(Selector selector, int vector) {
        int linear = entryLinear(selector, vector);
        long low = Integer.toUnsignedLong(memory.readLinear(linear, 4, false));
        long high = Integer.toUnsignedLong(memory.readLinear(linear + 4, 4, false));
        return high << 32 | low;
    }

    /** IDT entry {@code vector}; beyond the IDT limit is #GP(vector·8 + 2) (§6.13, EXT clear). */
    public GateDescriptor readGate(int vector, boolean external) {
        int offset = vector * 8;
        int errorCode = offset | 2 | (external ? 1 : 0);
        if (offset + 7 > regs.idtrLimit) {
            throw new CpuFault(Vector.GP, errorCode,
                String.format("vector %d is beyond the IDT limit 0x%04X", vector, regs.idtrLimit));
        }
        int linear = regs.idtrBase + offset;
        long low = Integer.toUnsignedLong(memory.readLinear(linear, 4, false));
        long high = Integer.toUnsignedLong(memory.readLinear(linear + 4, 4, false));
        long bits = high << 32 | low;
        int type = (int) (bits >>> 40) & 0x1F;
        if (!isGateType(type)) {
            throw new CpuFault(Vector.GP, errorCode,
                String.format("IDT entry %d is not a gate (type 0x%X)", vector, type & 0xF));
        }
        return GateDescriptor.decode(bits);
    }

    private static boolean isGateType(int typeWithS) {
        int type = typeWithS & 0xF;
        boolean system = (typeWithS & 0x10) == 0;
        return system && (type == 5 || type == 6 || type == 7 || type == 0xE || type == 0xF);
    }

    private int entryLinear(Selector selector, int vector) {
        boolean ldt = selector.table() == Selector.Table.LDT;
        int base = ldt ? regs.ldtr.base() : regs.gdtrBase;
        int limit = ldt ? regs.ldtr.limit() : regs.gdtrLimit;
        int offset = selector.index() * 8;
        if (ldt && regs.ldtr.selector() == 0) {
            throw new CpuFault(vector, selector.value() & 0xFFFC, "selector " + selector + " names the LDT, but none is loaded");
        }
        if (Integer.toUnsignedLong(offset) + 7 > Integer.toUnsignedLong(limit)) {
            throw new CpuFault(vector, selector.value() & 0xFFFC, String.format(
                "selector %s is beyond the %s limit 0x%04X", selector, ldt ? "LDT" : "GDT", limit));
        }
        return base + offset;
    }
}
