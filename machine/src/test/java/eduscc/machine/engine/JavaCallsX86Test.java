package eduscc.machine.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eduscc.machine.Machine;
import eduscc.machine.MachineConfig;
import eduscc.machine.boot.ResetControl;
import eduscc.machine.chip.CoreId;
import eduscc.machine.cpu.Core;
import eduscc.machine.cpu.Operations;
import eduscc.machine.cpu.Registers;
import eduscc.machine.cpu.tables.SegmentDescriptor;
import eduscc.machine.x86.Interpreter;
import eduscc.machine.x86.asm.Assembler;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Java calling x86 ({@code Operations.call}) and x86 calling Java routines ({@code Operations.ret}),
 * and the software switch between them: x86 that loads another stack and returns on it reaches a
 * place that belongs to another context, and the engine runs that context's thread.
 */
class JavaCallsX86Test {
    private static final int RESET_VECTOR = 0xFFFFFFF0;
    private static final int GDT = 0x1000;
    private static final int KERNEL = 0x00100000;
    private static final int CODE = 0x00110000;
    private static final int TASK_B = 0x00200000;
    private static final int SAVED_A = 0x00120000;
    private static final int SAVED_B = 0x00120004;
    private static final int STACK_A = 0x00090000;
    private static final int STACK_B = 0x00080000;
    /**
     * switch(save, load): stores ESP at save, loads ESP from load, returns on the new stack. The
     * routine 'twice' doubles EAX by calling the Java routine bound at 'double' (which RETs).
     */
    private static final String SOURCE = """
        bits 32
        org 0x00110000
        switch:
            mov eax, [esp + 4]
            mov ecx, [esp + 8]
            mov [eax], esp
            mov esp, [ecx]
            ret
        twice:
            call double
            add eax, 1
            ret
        double:
            hlt
        """;

    private final Machine machine = new Machine(MachineConfig.DEFAULT, new Interpreter());
    private final Core core = machine.core(0);
    private final Operations ops = core.ops();
    private final List<String> log = new ArrayList<>();
    private final byte[] code = Assembler.assemble("switch.asm", SOURCE).bytes();
    private final int twice = Assembler.assemble("switch.asm", SOURCE).symbols().get("twice").intValue();
    private final int doubleRoutine = Assembler.assemble("switch.asm", SOURCE).symbols().get("double").intValue();

    @AfterEach
    void close() {
        machine.close();
    }

    private void boot(Runnable kernel) {
        core.bind(RESET_VECTOR, "stub", () -> {
            SegmentDescriptor[] gdt = {SegmentDescriptor.nullDescriptor(), SegmentDescriptor.flatCode(0),
                SegmentDescriptor.flatData(0)};
            for (int i = 0; i < gdt.length; i++) {
                long bits = gdt[i].encode();
                ops.write32(GDT + 8 * i, (int) bits);
                ops.write32(GDT + 8 * i + 4, (int) (bits >>> 32));
            }
            ops.lgdt(GDT, gdt.length * 8 - 1);
            ops.writeCr(0, ops.readCr(0) | 1);
            ops.farJump(0x08, KERNEL);
        });
        core.bind(KERNEL, "kernel", () -> {
            ops.loadSegment(Registers.DS, 0x10);
            ops.loadSegment(Registers.SS, 0x10);
            ops.loadEsp(STACK_A);
            for (int i = 0; i < code.length; i++) {
                ops.write8(CODE + i, code[i]);
            }
            kernel.run();
            ops.cli();
            ops.hlt();
        });
        ResetControl.release(machine.chip(), List.of(CoreId.of(0)));
    }

    /** Java calls x86, which CALLs a Java routine; each returns to its caller with the stack as before. */
    @Test
    void callsNestBothWays() {
        core.bindRoutine(doubleRoutine, "double", () -> {
            ops.setRegister(Registers.EAX, ops.getRegister(Registers.EAX) * 2);
            ops.ret();
        });
        int[] result = new int[2];
        boot(() -> {
            ops.setRegister(Registers.EAX, 20);
            int esp = ops.currentEsp();
            ops.call(twice);
            result[0] = ops.getRegister(Registers.EAX);
            result[1] = ops.currentEsp() - esp;
        });
        machine.run();
        assertEquals(41, result[0], "x86 'twice' ran around the Java 'double'");
        assertEquals(0, result[1], "ESP is back where it was before the call");
    }

    /**
     * A starts B by switching to a stack whose return address is B's entry (Java that is not a
     * routine: a new context starts there); B switches back to the place A saved, which is A's
     * parked key; A switches to B again, which resumes B's thread inside its own call.
     */
    @Test
    void switchingStacksInX86ResumesTheContextTheStackBelongsTo() {
        core.bind(TASK_B, "task B", () -> {
            for (int i = 0; ; i++) {
                log.add("B" + i);
                ops.push32(SAVED_A);
                ops.push32(SAVED_B);
                ops.call(CODE);
                ops.addEsp(8);
            }
        });
        boot(() -> {
            ops.write32(STACK_B - 4, TASK_B);
            ops.write32(SAVED_B, STACK_B - 4);
            for (int i = 0; i < 3; i++) {
                log.add("A" + i);
                int esp = ops.currentEsp();
                ops.push32(SAVED_B);
                ops.push32(SAVED_A);
                ops.call(CODE);
                ops.addEsp(8);
                if (ops.currentEsp() != esp) {
                    log.add("A's stack moved");
                }
            }
        });
        machine.run();
        assertEquals(List.of("A0", "B0", "A1", "B1", "A2", "B2"), log);
    }
}
