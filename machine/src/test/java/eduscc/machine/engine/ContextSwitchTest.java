package eduscc.machine.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eduscc.machine.Machine;
import eduscc.machine.MachineConfig;
import eduscc.machine.boot.ResetControl;
import eduscc.machine.chip.CoreId;
import eduscc.machine.cpu.Core;
import eduscc.machine.cpu.CoreState;
import eduscc.machine.cpu.Operations;
import eduscc.machine.cpu.Registers;
import eduscc.machine.cpu.tables.SegmentDescriptor;
import eduscc.machine.cpu.tables.Tss32;
import eduscc.machine.trace.TraceEvent;
import eduscc.machine.x86.Interpreter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * DESIGN §3, "architectural state decides what runs": Java tasks on one core switch with the
 * hardware task switch, each on its own thread, and the thread that runs next is the one whose
 * place the new TSS names, not one the Java code picks.
 */
class ContextSwitchTest {
    private static final int RESET_VECTOR = 0xFFFFFFF0;
    private static final int GDT = 0x1000;
    private static final int TSS_A = 0x3000;
    private static final int TSS_B = 0x3100;
    private static final int KERNEL = 0x00100000;
    private static final int TASK_B = 0x00200000;
    private static final int TASK_C = 0x00300000;
    private static final int SELECTOR_A = 0x28;
    private static final int SELECTOR_B = 0x30;

    private final Machine machine = new Machine(MachineConfig.DEFAULT, new Interpreter());
    private final Core core = machine.core(0);
    private final Operations ops = core.ops();
    private final List<String> log = new ArrayList<>();

    @AfterEach
    void close() {
        machine.close();
    }

    /** Real mode: write a GDT, set PE and far-jump; the jump ends this Java code and lands at KERNEL. */
    private void bootIntoProtectedMode(Runnable kernel) {
        core.bind(RESET_VECTOR, "stub", () -> {
            SegmentDescriptor[] gdt = {SegmentDescriptor.nullDescriptor(), SegmentDescriptor.flatCode(0),
                SegmentDescriptor.flatData(0), SegmentDescriptor.nullDescriptor(), SegmentDescriptor.nullDescriptor(),
                SegmentDescriptor.tss32(TSS_A, 0x67, 0), SegmentDescriptor.tss32(TSS_B, 0x67, 0)};
            for (int i = 0; i < gdt.length; i++) {
                long bits = gdt[i].encode();
                ops.write32(GDT + 8 * i, (int) bits);
                ops.write32(GDT + 8 * i + 4, (int) (bits >>> 32));
            }
            ops.lgdt(GDT, gdt.length * 8 - 1);
            ops.writeCr(0, ops.readCr(0) | 1);
            ops.farJump(0x08, KERNEL);
            log.add("unreachable: the far jump ended the stub");
        });
        core.bind(KERNEL, "kernel", () -> {
            ops.loadSegment(Registers.DS, 0x10);
            ops.loadSegment(Registers.ES, 0x10);
            ops.loadSegment(Registers.SS, 0x10);
            writeTask(TSS_B, TASK_B, 0x80000);
            ops.ltr(SELECTOR_A);
            kernel.run();
            ops.cli();
            ops.hlt();
        });
        ResetControl.release(machine.chip(), List.of(CoreId.of(0)));
    }

    /** Reads memory after the run, as the debugger would (no machine operation, no baton). */
    private int memory(int linear) {
        return core.memory().readLinear(linear, 4, false);
    }

    /** A fresh TSS: the task starts at {@code eip} on its own stack, flat ring-0 segments. */
    private void writeTask(int tss, int eip, int esp) {
        Tss32 image = new Tss32(0, 0, 0, 0, 0, 0, 0, 0, eip, 0x2, 0, 0, 0, 0, esp, 0, 0, 0,
            0x10, 0x08, 0x10, 0x10, 0x10, 0x10, 0, false, Tss32.SIZE);
        byte[] bytes = image.toBytes();
        for (int i = 0; i < bytes.length; i += 4) {
            int word = (bytes[i] & 0xFF) | (bytes[i + 1] & 0xFF) << 8 | (bytes[i + 2] & 0xFF) << 16 | (bytes[i + 3] & 0xFF) << 24;
            ops.write32(tss + i, word);
        }
    }

    @Test
    void twoTasksPingPongThroughTheirTsses() {
        core.bind(TASK_B, "task B", () -> {
            for (int i = 0; ; i++) {
                log.add("B" + i);
                ops.farJump(SELECTOR_A, 0);
            }
        });
        bootIntoProtectedMode(() -> {
            for (int i = 0; i < 3; i++) {
                log.add("A" + i);
                ops.farJump(SELECTOR_B, 0);
            }
        });
        machine.run();
        assertEquals(List.of("A0", "B0", "A1", "B1", "A2", "B2"), log);
        assertEquals(CoreState.HALTED, core.state());
        assertEquals(TASK_B, memory(TSS_B + Tss32.EIP), "B's place while it runs Java is its entry address");
        assertEquals(0x80000, memory(TSS_B + Tss32.ESP));
        assertEquals(6, machine.trace().events(TraceEvent.TaskSwitch.class).size());
    }

    @Test
    void theTssDecidesWhichThreadRunsNext() {
        core.bind(TASK_B, "task B", () -> {
            log.add("B");
            ops.farJump(SELECTOR_A, 0);
            log.add("B resumed");
            ops.farJump(SELECTOR_A, 0);
        });
        core.bind(TASK_C, "task C", () -> {
            log.add("C");
            ops.farJump(SELECTOR_A, 0);
        });
        bootIntoProtectedMode(() -> {
            ops.farJump(SELECTOR_B, 0);
            // B is parked at (TASK_B, 0x80000). Point its TSS elsewhere: the hardware goes there.
            ops.write32(TSS_B + Tss32.EIP, TASK_C);
            ops.farJump(SELECTOR_B, 0);
            log.add("A done");
        });
        machine.run();
        assertEquals(List.of("B", "C", "A done"), log);
    }

    @Test
    void x86CodeAndJavaTaskSwitchBothWays() {
        // Task B is x86 code: it counts in EAX and jumps back to task A's TSS (EA ptr16:32).
        bootIntoProtectedMode(() -> {
            byte[] code = {(byte) 0x40, (byte) 0xEA, 0, 0, 0, 0, SELECTOR_A, 0, (byte) 0xEB, (byte) 0xF6};
            for (int i = 0; i < code.length; i++) {
                ops.write8(TASK_B + i, code[i]);
            }
            for (int i = 0; i < 3; i++) {
                ops.farJump(SELECTOR_B, 0);
                log.add("A saw EAX=" + ops.read32(TSS_B + Tss32.EAX));
            }
        });
        machine.run();
        assertEquals(List.of("A saw EAX=1", "A saw EAX=2", "A saw EAX=3"), log);
    }

    @Test
    void softwareInterruptThroughATaskGateRunsTheHandlerTaskAndIretReturns() {
        int idt = 0x2000;
        core.bind(TASK_B, "interrupt task", () -> {
            log.add("handler task, NT=" + ((core.regs().eflags >>> 14) & 1));
            ops.iret();
        });
        bootIntoProtectedMode(() -> {
            long gate = eduscc.machine.cpu.tables.GateDescriptor.taskGate(
                eduscc.machine.cpu.tables.Selector.of(SELECTOR_B), 0).encode();
            ops.write32(idt + 0x50 * 8, (int) gate);
            ops.write32(idt + 0x50 * 8 + 4, (int) (gate >>> 32));
            ops.lidt(idt, 256 * 8 - 1);
            ops.intN(0x50);
            log.add("back in A, busy B=" + ((memory(GDT + 6 * 8 + 4) >>> 9) & 1));
        });
        machine.run();
        assertEquals(List.of("handler task, NT=1", "back in A, busy B=0"), log);
    }
}
