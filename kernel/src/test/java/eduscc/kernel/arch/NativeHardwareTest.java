package eduscc.kernel.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.kernel.Kernel;
import eduscc.kernel.KernelConfig;
import eduscc.kernel.boot.SccBoot;
import eduscc.kernel.sched.Priority;
import eduscc.machine.Machine;
import eduscc.machine.MachineConfig;
import eduscc.machine.chip.CoreId;
import eduscc.machine.cost.InstructionCosts;
import eduscc.machine.cpu.Core;
import eduscc.machine.cpu.Eflags;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/**
 * The native hardware layer leaves on the machine exactly what the kernel's own instructions
 * did: IF and the cycles of PUSHF/CLI/STI, ESP0 in the TSS, the bytes of GDT and IDT entries.
 */
class NativeHardwareTest {

    /** Boots core {@code pid} with software task switches, no paging, and runs {@code body} in a kernel task. */
    private static Machine run(int pid, BiConsumer<Core, Hardware> body) {
        KernelConfig config = new KernelConfig(100, 0, true, false);
        Machine machine = SccBoot.boot(List.of(CoreId.of(pid)), MachineConfig.DEFAULT, core -> {
            Kernel kernel = new Kernel(core, config,
                k -> k.scheduler().create("hw", Priority.NORMAL, () -> body.accept(core, k.hardware())));
            return kernel::boot;
        });
        machine.run();
        return machine;
    }

    private static boolean interruptsOn(Core core) {
        return (core.regs().eflags & Eflags.IF) != 0;
    }

    @Test
    void irqSaveTurnsInterruptsOffAndIrqRestoreTurnsThemOnOnlyIfTheyWereOn() {
        List<Object> seen = new ArrayList<>();
        try (Machine machine = run(0, (core, hw) -> {
            seen.add(interruptsOn(core));
            int outer = hw.irqSave();
            seen.add(interruptsOn(core));
            long before = core.cycles();
            int inner = hw.irqSave();
            seen.add(core.cycles() - before);
            before = core.cycles();
            hw.irqRestore(inner);
            seen.add(core.cycles() - before);
            seen.add(interruptsOn(core));
            hw.irqRestore(outer);
            seen.add(interruptsOn(core));
            seen.add((outer & Eflags.IF) != 0);
            seen.add((inner & Eflags.IF) != 0);
        })) {
            long save = InstructionCosts.PUSHF_PM + InstructionCosts.PUSH_POP + InstructionCosts.CLI;
            assertEquals(List.of(true, false, save, 0L, false, true, true, false), seen,
                "a task runs with IF set; irqSave clears it (PUSHFD, POP, CLI: 11 cycles); the nested save"
                    + " returns IF clear, so its restore executes nothing and IF stays clear; the outer"
                    + " restore executes STI");
        }
    }

    @Test
    void setKernelStackWritesEsp0AtOffset4OfTheCoresTss() {
        int[] esp0 = new int[1];
        try (Machine machine = run(0, (core, hw) -> {
            hw.setKernelStack(0x0012_3450);
            esp0[0] = core.probePrivate(KernelLayout.tssAddress(0) + 4, 4);
        })) {
            assertEquals(0x0012_3450, esp0[0]);
        }
    }

    @Test
    void theIdtHoldsTheGateBytesOfEachVector() {
        try (Machine machine = run(0, (core, hw) -> { })) {
            Core core = machine.core(0);
            int syscall = EntryStubs.stub(Idt.SYSCALL);
            assertEquals(0x0008_0000 | syscall & 0xFFFF, core.probePrivate(KernelLayout.IDT + 8 * 0x80, 4),
                "selector 0x08 (kernel code), offset 15:0 of isrsyscall");
            assertEquals(syscall & 0xFFFF_0000 | 0xEF00, core.probePrivate(KernelLayout.IDT + 8 * 0x80 + 4, 4),
                "offset 31:16, present, DPL 3, 32-bit trap gate (type 0xF)");
            int timer = EntryStubs.stub(Idt.TIMER);
            assertEquals(timer & 0xFFFF_0000 | 0x8E00, core.probePrivate(KernelLayout.IDT + 8 * Idt.TIMER + 4, 4),
                "present, DPL 0, 32-bit interrupt gate (type 0xE)");
        }
    }

    @Test
    void theGdtHoldsFlatSegmentsAndTheBusyTssOfTheTaskRegister() {
        try (Machine machine = run(0, (core, hw) -> { })) {
            Core core = machine.core(0);
            assertEquals(0x0000_FFFF, core.probePrivate(KernelLayout.GDT + 8, 4), "kernel code: base 0, limit 0xFFFFF");
            assertEquals(0x00CF_9B00, core.probePrivate(KernelLayout.GDT + 12, 4),
                "kernel code: G, D, present, DPL 0, code, and accessed: the far jump after LGDT loaded CS from it");
            assertEquals(0x00CF_F200, core.probePrivate(KernelLayout.GDT + 8 * 4 + 4, 4), "user data: DPL 3, data");
            int tss = KernelLayout.tssAddress(0);
            assertEquals(tss << 16 | 0x67, core.probePrivate(KernelLayout.GDT + 8 * 5, 4), "TSS: base 15:0, limit 0x67");
            assertEquals(tss & 0xFF00_0000 | (tss >>> 16) & 0xFF | 0x8B00, core.probePrivate(KernelLayout.GDT + 8 * 5 + 4, 4),
                "present, DPL 0, type 0xB: LTR marked the available TSS busy");
        }
    }

    @Test
    void pidIsTheCoresNumberAndTheConsoleGetsTheCharacters() {
        int[] pid = new int[1];
        try (Machine machine = run(37, (core, hw) -> {
            pid[0] = hw.pid();
            for (char c : "hw!".toCharArray()) {
                hw.consoleWrite(c);
            }
        })) {
            assertEquals(37, pid[0], "MYTILEID of tile (x 0, y 3), core 1: 12 * 3 + 2 * 0 + 1");
            assertTrue(machine.core(37).consoleText().endsWith("hw!"), machine.core(37).consoleText());
        }
    }
}
