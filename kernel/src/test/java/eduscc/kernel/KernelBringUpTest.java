package eduscc.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.kernel.arch.Apic;
import eduscc.kernel.arch.EntryStubs;
import eduscc.kernel.arch.Idt;
import eduscc.kernel.arch.KernelLayout;
import eduscc.kernel.arch.Selectors;
import eduscc.kernel.boot.SccBoot;
import eduscc.machine.Machine;
import eduscc.machine.MachineConfig;
import eduscc.machine.chip.CoreId;
import eduscc.machine.cpu.ControlBits;
import eduscc.machine.cpu.Core;
import eduscc.machine.cpu.tables.GateDescriptor;
import eduscc.machine.cpu.tables.GateType;
import eduscc.machine.cpu.tables.SegmentDescriptor;
import eduscc.machine.trace.TraceEvent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The kernel's own tables and timer on each core, read back from simulated memory. */
class KernelBringUpTest {
    private final Map<Integer, Kernel> kernels = new HashMap<>();

    private Machine boot(List<CoreId> cores, KernelConfig config) {
        return SccBoot.boot(cores, MachineConfig.DEFAULT, core -> {
            Kernel kernel = new Kernel(core, config);
            kernels.put(core.pid(), kernel);
            return kernel::boot;
        });
    }

    private static long qword(Core core, int address) {
        long low = Integer.toUnsignedLong(core.memory().readLinear(address, 4, false));
        long high = Integer.toUnsignedLong(core.memory().readLinear(address + 4, 4, false));
        return high << 32 | low;
    }

    @Test
    void gdtBytesDecodeToTheEduosEntries() {
        try (Machine machine = boot(List.of(CoreId.of(7)), new KernelConfig(100, 1))) {
            machine.run();
            Core core = machine.core(7);
            SegmentDescriptor kernelCode = SegmentDescriptor.decode(qword(core, KernelLayout.GDT + 8));
            SegmentDescriptor userData = SegmentDescriptor.decode(qword(core, KernelLayout.GDT + 0x20));
            SegmentDescriptor tss = SegmentDescriptor.decode(qword(core, KernelLayout.GDT + 0x28));
            assertEquals(0, qword(core, KernelLayout.GDT));
            assertTrue(kernelCode.isCode() && kernelCode.dpl() == 0 && kernelCode.effectiveLimit() == 0xFFFFFFFFL);
            assertEquals(0xF2, userData.accessByte() & ~1, "user data: present, DPL 3, writable (accessed bit aside)");
            assertEquals(3, SegmentDescriptor.decode(qword(core, KernelLayout.GDT + 0x18)).dpl(), "user code DPL 3");
            assertTrue(tss.isBusyTss(), "LTR marked the TSS busy");
            assertEquals(KernelLayout.tssAddress(0), tss.base());
            assertEquals(Selectors.tss(0), core.regs().tr.selector());
            assertEquals(KernelLayout.GDT, core.regs().gdtrBase);
        }
    }

    /**
     * The boot path up to the kernel runs with the reset's CR0.CD and NW (no fills, so nothing is
     * cached); the kernel's first act clears both, as eduOS's cpu_init clears CD, and the write
     * is in the trace.
     */
    @Test
    void theKernelTurnsTheCachesOnFirst() {
        try (Machine machine = boot(List.of(CoreId.of(0)), new KernelConfig(100, 1))) {
            machine.run();
            Core core = machine.core(0);
            assertEquals(0, core.regs().cr0 & (ControlBits.CR0_CD | ControlBits.CR0_NW));
            TraceEvent.ControlRegisterWrite write = machine.trace().events(TraceEvent.ControlRegisterWrite.class).stream()
                .filter(w -> w.register() == 0 && (w.oldValue() & ControlBits.CR0_CD) != 0 && (w.newValue() & ControlBits.CR0_CD) == 0)
                .findFirst().orElseThrow();
            assertEquals(0x60000011, write.oldValue(), "protected mode, caches still off");
            assertEquals(0x00000011, write.newValue());
            assertTrue(core.memory().caches().counters().hits(eduscc.machine.cache.Level.L1I) > 0, "the kernel's code hits in L1");
        }
    }

    @Test
    void idtHoldsInterruptGatesAndARing3SyscallTrapGate() {
        try (Machine machine = boot(List.of(CoreId.of(0)), new KernelConfig(100, 1))) {
            machine.run();
            Core core = machine.core(0);
            for (int vector : new int[] {0, 6, 13, 14, 31, Idt.TIMER, Idt.LINT0, Idt.LINT1, Idt.APIC_ERROR, Idt.SPURIOUS}) {
                GateDescriptor gate = GateDescriptor.decode(qword(core, KernelLayout.IDT + 8 * vector));
                assertEquals(GateType.INTERRUPT32, gate.type(), "vector " + vector);
                assertEquals(0, gate.dpl(), "vector " + vector);
                assertEquals(EntryStubs.stub(vector), gate.offset(), "vector " + vector);
            }
            GateDescriptor syscall = GateDescriptor.decode(qword(core, KernelLayout.IDT + 8 * 0x80));
            assertEquals(GateType.TRAP32, syscall.type());
            assertEquals(3, syscall.dpl());
            assertEquals(0xEF00, (int) (qword(core, KernelLayout.IDT + 8 * 0x80) >>> 32) & 0xFF00, "eduOS's 0xEF flags");
        }
    }

    @Test
    void timerTicksAtTimerFreq() {
        try (Machine machine = boot(List.of(CoreId.of(0)), new KernelConfig(100, 5))) {
            machine.run();
            assertEquals(5, kernels.get(0).ticks());
            long perTick = Apic.countFor(100);
            long cycles = machine.core(0).cycles();
            assertTrue(cycles >= 5 * perTick && cycles < 6 * perTick, "five ticks of 10 ms: " + cycles);
            long delivered = machine.trace().events(TraceEvent.InterruptDelivered.class).stream()
                .filter(e -> e.vector() == Idt.TIMER).count();
            assertEquals(5, delivered);
        }
    }
}
