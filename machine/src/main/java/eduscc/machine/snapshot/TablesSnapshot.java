package eduscc.machine.snapshot;

import eduscc.machine.cpu.Core;
import eduscc.machine.cpu.CoreState;
import eduscc.machine.cpu.Registers;
import eduscc.machine.cpu.SegmentRegister;
import eduscc.machine.cpu.tables.DescriptorType;
import eduscc.machine.cpu.tables.SegmentDescriptor;
import eduscc.machine.scc.Interconnect;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A core's system tables as raw bytes read from simulated memory at a pause: the GDT, the IDT, the
 * TSS that TR points at, and every other 32-bit TSS the GDT describes (DESIGN §2: the debugger
 * decodes GDT, IDT and TSS from memory, never from a Java-side copy).
 *
 * <p>The other TSSs are here because a hardware task switch writes the outgoing task's state into
 * the old TSS, not the one TR points at afterwards (SDM §7.3 step 8); the debugger needs both to
 * show what the switch wrote.
 *
 * <p>Reading is done by a {@link MemoryProbe} and leaves the machine exactly as it was. A table
 * the probe cannot read (a page not present, an unmapped LUT entry, a register bank) is recorded
 * with the reason instead of throwing.
 *
 * @param gdt      up to {@link #MAX_GDT_ENTRIES} entries from GDTR's base
 * @param idt      up to {@link #MAX_IDT_ENTRIES} gates from IDTR's base; not read in real mode
 * @param tss      the TSS in TR's descriptor cache, when TR holds a 32-bit TSS
 * @param gdtTsses every present 32-bit TSS descriptor of the GDT with its TSS, in GDT order
 */
public record TablesSnapshot(TableBytes gdt, TableBytes idt, TssBytes tss, List<TssBytes> gdtTsses) {
    /** The kit's kernels use 64 GDT entries (KernelLayout); a stray limit should not copy 8192. */
    public static final int MAX_GDT_ENTRIES = 64;
    /** Vectors 0..255: all an IDT can hold (SDM §6.10). */
    public static final int MAX_IDT_ENTRIES = 256;
    /** GDTR and IDTR after reset (SDM §9.1.1): base 0, limit 0xFFFF. */
    private static final int RESET_LIMIT = 0xFFFF;

    public TablesSnapshot {
        gdtTsses = List.copyOf(gdtTsses);
    }

    /** Nothing read, for the reason given (a core in reset, a snapshot taken without the chip). */
    public static TablesSnapshot notRead(String why) {
        return new TablesSnapshot(TableBytes.notRead(0, 0, why), TableBytes.notRead(0, 0, why),
            TssBytes.unreadable(0, 0, why), List.of());
    }

    /** Reads the tables of a paused core through {@code chip}; changes nothing in the machine. */
    public static TablesSnapshot read(Core core, Interconnect chip) {
        if (core.state() == CoreState.IN_RESET) {
            return notRead("core " + core.pid() + " is held in reset");
        }
        Registers r = core.regs();
        MemoryProbe probe = new MemoryProbe(core.pid(), r, chip);
        TableBytes gdt = readGdt(r, probe);
        return new TablesSnapshot(gdt, readIdt(r, probe), readActiveTss(r, probe), readGdtTsses(gdt, probe));
    }

    /**
     * A table register that still holds its reset value was never loaded: what lies at address 0
     * is whatever the image put there, not a table, so it is not shown as one.
     */
    private static TableBytes readGdt(Registers r, MemoryProbe probe) {
        if (r.gdtrBase == 0 && r.gdtrLimit == RESET_LIMIT) {
            return TableBytes.notRead(r.gdtrBase, r.gdtrLimit, "no LGDT yet: GDTR holds its reset value");
        }
        return readEntries("GDT", r.gdtrBase, r.gdtrLimit, MAX_GDT_ENTRIES, probe);
    }

    /** In real mode IDTR points at the vector table of 4-byte CS:IP pointers, which are not gates. */
    private static TableBytes readIdt(Registers r, MemoryProbe probe) {
        if (!r.protectedMode()) {
            return TableBytes.notRead(r.idtrBase, r.idtrLimit, "real mode: IDTR points at the vector table, not at gates");
        }
        if (r.idtrBase == 0 && r.idtrLimit == RESET_LIMIT) {
            return TableBytes.notRead(r.idtrBase, r.idtrLimit, "no LIDT yet: IDTR holds its reset value");
        }
        return readEntries("IDT", r.idtrBase, r.idtrLimit, MAX_IDT_ENTRIES, probe);
    }

    private static TableBytes readEntries(String table, int base, int limit, int cap, MemoryProbe probe) {
        int wanted = Math.min(cap, (int) ((Integer.toUnsignedLong(limit) + 1) / 8));
        List<Long> entries = new ArrayList<>(wanted);
        for (int i = 0; i < wanted; i++) {
            try {
                entries.add(littleEndian(probe.read(base + 8 * i, 8)));
            } catch (MemoryProbe.Unreadable e) {
                return new TableBytes(base, limit, entries, table + " entry " + i + " unreadable: " + e.getMessage());
            }
        }
        return new TableBytes(base, limit, entries, "");
    }

    /** TR holds a TSS once LTR or a task switch loaded it; the reset value has selector 0. */
    private static TssBytes readActiveTss(Registers r, MemoryProbe probe) {
        SegmentRegister tr = r.tr;
        int type = tr.type();
        boolean tss32 = type == DescriptorType.TSS32_AVAILABLE || type == DescriptorType.TSS32_BUSY;
        if (!r.protectedMode() || (tr.selector() & ~3) == 0 || !tss32 || !tr.present()) {
            return TssBytes.unreadable(tr.selector(), tr.base(), "TR holds no 32-bit TSS (no LTR yet)");
        }
        return readTss(tr.selector(), tr.base(), Integer.toUnsignedLong(tr.limit()), probe);
    }

    private static List<TssBytes> readGdtTsses(TableBytes gdt, MemoryProbe probe) {
        List<TssBytes> tsses = new ArrayList<>();
        for (int i = 0; i < gdt.size(); i++) {
            SegmentDescriptor d = SegmentDescriptor.decode(gdt.entry(i));
            boolean tss32 = !d.s() && (d.type() == DescriptorType.TSS32_AVAILABLE || d.type() == DescriptorType.TSS32_BUSY);
            if (tss32 && d.present()) {
                tsses.add(readTss(8 * i, d.base(), d.effectiveLimit(), probe));
            }
        }
        return tsses;
    }

    private static TssBytes readTss(int selector, int base, long limit, MemoryProbe probe) {
        if (limit < TssBytes.SIZE - 1) {
            return TssBytes.unreadable(selector, base, String.format("TSS limit 0x%X is below 0x67", limit));
        }
        try {
            return TssBytes.of(selector, base, probe.read(base, TssBytes.SIZE));
        } catch (MemoryProbe.Unreadable e) {
            return TssBytes.unreadable(selector, base, "TSS unreadable: " + e.getMessage());
        }
    }

    private static long littleEndian(byte[] bytes) {
        long value = 0;
        for (int i = 0; i < 8; i++) {
            value |= (bytes[i] & 0xFFL) << (8 * i);
        }
        return value;
    }

    /** The TSS at {@code base} among those read (the active one first), if it was read. */
    public Optional<TssBytes> tssAt(int base) {
        if (tss.readable() && tss.base() == base) {
            return Optional.of(tss);
        }
        return gdtTsses.stream().filter(t -> t.readable() && t.base() == base).findFirst();
    }
}
