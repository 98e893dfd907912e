package eduscc.visualizer.cpu;

import eduscc.labs.debug.DebugSnapshot;
import eduscc.machine.cpu.Registers;
import eduscc.machine.snapshot.CoreSnapshot;
import eduscc.visualizer.descriptors.TssNames;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the CPU view shows for one core at one pause: the general registers, EIP, EFLAGS, CR0 and
 * CR4 bit by bit, CR2 and CR3, the six segment registers with their hidden caches, GDTR, IDTR,
 * LDTR and TR, the time-stamp counter, the mode and the CPL. Every value knows whether it changed
 * since the previous snapshot, and {@link #changes()} names them in words for the status line.
 *
 * <p>Built from an immutable {@link CoreSnapshot}; no controls, so it is tested without a window.
 */
public record CpuViewModel(int core, String state, String task, Value mode, Value cpl, Map<String, Value> registers,
                           Value eip, Value eflags, List<FlagCell> eflagsBits, Value cr0, List<FlagCell> cr0Bits,
                           Value cr2, Value cr3, Value cr4, List<FlagCell> cr4Bits, List<SegmentRow> segments,
                           Value gdtr, Value idtr, SegmentRow ldtr, SegmentRow tr, Value tsc, List<String> changes) {

    /** Segment registers in the order debuggers list them (gdb's {@code info registers}). */
    static final int[] SEGMENT_ORDER = {Registers.CS, Registers.SS, Registers.DS, Registers.ES, Registers.FS,
        Registers.GS};

    public CpuViewModel {
        registers = Collections.unmodifiableMap(new LinkedHashMap<>(registers));
        eflagsBits = List.copyOf(eflagsBits);
        cr0Bits = List.copyOf(cr0Bits);
        cr4Bits = List.copyOf(cr4Bits);
        segments = List.copyOf(segments);
        changes = List.copyOf(changes);
    }

    /**
     * The view of {@code core} in {@code snapshot}, compared with the same core in {@code previous}.
     *
     * @param previous the snapshot shown before, or null; one of another lab counts as none
     * @throws IllegalArgumentException if the machine has no core {@code core}
     */
    public static CpuViewModel of(DebugSnapshot snapshot, DebugSnapshot previous, int core) {
        if (core < 0 || core >= snapshot.machine().cores().size()) {
            throw new IllegalArgumentException("lab " + snapshot.lab() + " has no core " + core);
        }
        boolean comparable = previous != null && previous.lab().equals(snapshot.lab());
        return of(snapshot.machine().core(core), comparable ? previous.machine().core(core) : null,
            TssNames.of(snapshot, core));
    }

    /** The view of one core's state; {@code before} is the same core at the previous snapshot, or null. */
    public static CpuViewModel of(CoreSnapshot now, CoreSnapshot before) {
        return of(now, before, TssNames.NONE);
    }

    /** As {@link #of(CoreSnapshot, CoreSnapshot)}, with TR's selector named after its task by {@code tss}. */
    public static CpuViewModel of(CoreSnapshot now, CoreSnapshot before, TssNames tss) {
        // Without a previous snapshot each value is compared with itself, so nothing is marked changed.
        CoreSnapshot b = before == null ? now : before;
        Map<String, Value> gprs = new LinkedHashMap<>();
        for (int i = 0; i < Registers.GPR_NAMES.length; i++) {
            gprs.put(Registers.GPR_NAMES[i], Value.hex32(now.register(i), b.register(i)));
        }
        List<SegmentRow> segments = new ArrayList<>();
        for (int i : SEGMENT_ORDER) {
            segments.add(SegmentRow.of(now.segment(i), b.segment(i)));
        }
        CpuViewModel m = new CpuViewModel(now.pid(), now.state().toString(), now.task(),
            Value.text(now.mode(), b.mode()), Value.text(Integer.toString(now.cpl()), Integer.toString(b.cpl())),
            gprs, Value.hex32(now.eip(), b.eip()),
            Value.hex32(now.eflags(), b.eflags()), BitLayout.EFLAGS.decode(now.eflags(), b.eflags()),
            Value.hex32(now.cr0(), b.cr0()), BitLayout.CR0.decode(now.cr0(), b.cr0()),
            Value.hex32(now.cr2(), b.cr2()), Value.hex32(now.cr3(), b.cr3()),
            Value.hex32(now.cr4(), b.cr4()), BitLayout.CR4.decode(now.cr4(), b.cr4()), segments,
            Value.text(table(now.gdtrBase(), now.gdtrLimit()), table(b.gdtrBase(), b.gdtrLimit())),
            Value.text(table(now.idtrBase(), now.idtrLimit()), table(b.idtrBase(), b.idtrLimit())),
            SegmentRow.of(now.ldtr(), b.ldtr()), SegmentRow.ofTaskRegister(now.tr(), b.tr(), tss),
            Value.text(cycles(now.cycles()), cycles(b.cycles())), List.of());
        return m.withChanges();
    }

    public Value register(String name) {
        Value v = registers.get(name);
        if (v == null) {
            throw new IllegalArgumentException("no general register " + name + "; there are " + registers.keySet());
        }
        return v;
    }

    public SegmentRow segment(String name) {
        return segments.stream().filter(s -> s.name().equals(name)).findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no segment register " + name));
    }

    /** A bit of EFLAGS, CR0 or CR4 by name, e.g. {@code flag(cr0Bits(), "PE")}. */
    public static FlagCell flag(List<FlagCell> bits, String name) {
        return bits.stream().filter(b -> b.name().equals(name)).findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no bit " + name + " in " + bits));
    }

    /** The TSC in decimal with thousands separators: 5,333,333 cycles is one 100 Hz tick at 533 MHz. */
    private static String cycles(long cycles) {
        return String.format(Locale.ROOT, "%,d", cycles);
    }

    private static String table(int base, int limit) {
        return String.format("base 0x%08X limit 0x%04X", base, limit & 0xFFFF);
    }

    /** The same model with {@link #changes()} naming every changed value, in the order the view shows them. */
    private CpuViewModel withChanges() {
        List<String> c = new ArrayList<>();
        note(c, "mode", mode);
        note(c, "CPL", cpl);
        registers.forEach((name, v) -> note(c, name, v));
        note(c, "eip", eip);
        eflagsBits.stream().filter(FlagCell::changed).forEach(b -> c.add("EFLAGS." + b.name()));
        cr0Bits.stream().filter(FlagCell::changed).forEach(b -> c.add("CR0." + b.name()));
        note(c, "cr2", cr2);
        note(c, "cr3", cr3);
        cr4Bits.stream().filter(FlagCell::changed).forEach(b -> c.add("CR4." + b.name()));
        List<SegmentRow> rows = new ArrayList<>(segments);
        rows.add(ldtr);
        rows.add(tr);
        for (SegmentRow s : rows) {
            note(c, s.name() + " selector", s.selector());
            boolean hidden = s.base().changed() || s.limit().changed() || s.type().changed() || s.dpl().changed()
                || s.present().changed() || s.size().changed();
            if (hidden) {
                c.add(s.name() + " hidden cache");
            }
        }
        note(c, "GDTR", gdtr);
        note(c, "IDTR", idtr);
        note(c, "TSC", tsc);
        return new CpuViewModel(core, state, task, mode, cpl, registers, eip, eflags, eflagsBits, cr0, cr0Bits, cr2,
            cr3, cr4, cr4Bits, segments, gdtr, idtr, ldtr, tr, tsc, c);
    }

    private static void note(List<String> changes, String name, Value v) {
        if (v.changed()) {
            changes.add(name);
        }
    }
}
