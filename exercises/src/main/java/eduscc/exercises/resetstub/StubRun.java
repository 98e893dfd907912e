package eduscc.exercises.resetstub;

import eduscc.kernel.boot.InitialRamdisk;
import eduscc.kernel.boot.KernelImage;
import eduscc.kernel.boot.SccBoot;
import eduscc.machine.Machine;
import eduscc.machine.MachineConfig;
import eduscc.machine.chip.CoreId;
import eduscc.machine.cpu.Core;
import eduscc.machine.cpu.CoreState;
import eduscc.machine.cpu.Registers;
import eduscc.machine.cpu.SegmentRegister;
import eduscc.machine.time.Clocks;
import eduscc.machine.trace.TraceEvent;
import eduscc.machine.x86.asm.Assembly;
import java.util.ArrayList;
import java.util.List;

/**
 * One run of a reset stub on core 0 of the SCC, the way {@code eduscc boot} runs the kit's: the
 * image builder puts the stub in the reset page, the kernel head at 1 MiB and the Multiboot
 * information at 0x9000, and the core's reset is released. A stand-in for the kernel waits at the
 * kernel's entry: when the core gets there, it takes a snapshot of the registers and halts. A
 * stub that never gets there is stopped after {@value #MAX_CYCLES} core cycles (the kit's stub
 * needs a few hundred), and the snapshot is of where it stopped.
 *
 * @param ended     how the run ended, in the student's terms
 * @param cr0       CR0 at the end
 * @param gdtrBase  GDTR's base
 * @param gdtrLimit GDTR's limit
 * @param gdt       the first three entries of the GDT in memory, each as 8 bytes, or null where
 *                  the entry lies beyond the limit or outside the core's private memory
 * @param segments  CS, DS, ES, FS, GS and SS as the processor cached them
 * @param eax       EAX at the end
 * @param ebx       EBX at the end
 * @param esp       ESP at the end
 */
record StubRun(String ended, int cr0, int gdtrBase, int gdtrLimit, List<Long> gdt, List<Segment> segments,
               int eax, int ebx, int esp) {
    static final long MAX_CYCLES = 1_000_000;
    /** What a run that reached the kernel says; the same for every stub that does. */
    static final String REACHED = String.format("reached the kernel's entry at 0x%08X", KernelImage.entryAddress());
    /** How the ending of a run that shut down begins. */
    static final String TRIPLE_FAULT = "the core shut down with a triple fault ";
    /** How the ending of a run that halted before the kernel begins. */
    static final String HALTED = "the core halted ";
    /** The order the segment registers are recorded in. */
    static final int[] SEGMENTS = {Registers.CS, Registers.DS, Registers.ES, Registers.FS, Registers.GS, Registers.SS};

    /** A segment register's visible selector and the descriptor the processor cached behind it. */
    record Segment(String name, int selector, int base, int limit, int access, boolean big) {
        static Segment of(SegmentRegister r) {
            return new Segment(r.name().toUpperCase(), r.selector(), r.base(), r.limit(), r.access(), r.big());
        }
    }

    StubRun {
        gdt = gdt.stream().toList(); // unmodifiable, and keeps the nulls
        segments = List.copyOf(segments);
    }

    /** Boots {@code stub} on core 0 and runs it until it reaches the kernel, stops, or runs out of cycles. */
    static StubRun of(Assembly stub) {
        StubRun[] atEntry = new StubRun[1];
        try (Machine machine = SccBoot.boot(List.of(CoreId.of(0)), MachineConfig.DEFAULT, stub.bytes(),
            InitialRamdisk.empty("/"), core -> () -> {
                atEntry[0] = snapshot(core, REACHED);
                core.ops().cli();
                core.ops().hlt();
            })) {
            machine.run(MAX_CYCLES * Clocks.TILE_533_UNITS);
            if (atEntry[0] != null) {
                return atEntry[0];
            }
            Core core = machine.core(0);
            return snapshot(core, stopped(machine, core));
        }
    }

    /** Why a core that never reached the kernel stopped where it did. */
    private static String stopped(Machine machine, Core core) {
        long linear = Integer.toUnsignedLong(core.regs().cs().base()) + Integer.toUnsignedLong(core.regs().eip);
        String where = String.format("at 0x%08X", linear & 0xFFFF_FFFFL);
        List<TraceEvent.TripleFault> faults = machine.trace().events(TraceEvent.TripleFault.class);
        if (!faults.isEmpty() || core.state() == CoreState.SHUTDOWN) {
            String reason = faults.isEmpty() ? "" : ": " + faults.get(0).reason();
            return TRIPLE_FAULT + where + reason + " (no IDT catches a fault in the stub)";
        }
        if (core.state() == CoreState.HALTED) {
            return HALTED + where + ", before the kernel's entry";
        }
        return "the core was still running " + where + " after " + MAX_CYCLES + " cycles without reaching the"
            + " kernel's entry: an endless loop?";
    }

    private static StubRun snapshot(Core core, String ended) {
        Registers r = core.regs();
        List<Long> gdt = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            gdt.add(entry(core, r.gdtrBase, r.gdtrLimit, i));
        }
        List<Segment> segments = new ArrayList<>();
        for (int s : SEGMENTS) {
            segments.add(Segment.of(r.segment(s)));
        }
        return new StubRun(ended, r.cr0, r.gdtrBase, r.gdtrLimit, gdt, segments, r.get(Registers.EAX),
            r.get(Registers.EBX), r.get(Registers.ESP));
    }

    /** GDT entry {@code index} as the processor would read it (paging is off: linear is physical), or null. */
    private static Long entry(Core core, int base, int limit, int index) {
        if (Integer.toUnsignedLong(limit) < 8L * index + 7) {
            return null;
        }
        try {
            long low = core.probePrivate(base + 8 * index, 4) & 0xFFFF_FFFFL;
            long high = core.probePrivate(base + 8 * index + 4, 4) & 0xFFFF_FFFFL;
            return high << 32 | low;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
