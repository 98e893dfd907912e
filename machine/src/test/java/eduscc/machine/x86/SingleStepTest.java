package eduscc.machine.x86;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.machine.cpu.Eflags;
import eduscc.machine.cpu.Vector;
import eduscc.machine.trace.TraceEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The resume flag under POPF (SDM Vol. 2B "POPF/POPFD": RF, VIP, VIF and VM never change) and
 * the single-step trap (Vol. 3B §17.3.1.4 "Single-Step Exception Condition"): with TF set at the
 * start of an instruction, #DB (vector 1, no error code) follows it; the instruction that sets TF
 * does not trap itself, the handler runs with TF clear, and MOV SS holds the trap off for one
 * instruction (Vol. 3A §6.8.3).
 */
class SingleStepTest {
    /** pushfd ; or dword [esp], 0x100 ; popfd: TF set by POPF, 9 bytes. */
    private static final String SET_TF = "9C  81 0C 24 00 01 00 00  9D";
    private static final int DB_HANDLER = TestMachine.HANDLERS + 16 * Vector.DB;

    @Test
    void popfdLeavesTheResumeFlagClear() {
        TestMachine m = TestMachine.protectedMode("9C  81 0C 24 00 00 01 00  9D");   // pushfd ; or dword [esp], 0x10000 ; popfd
        m.steps(3);
        assertEquals(0, m.regs.eflags & Eflags.RF, "POPF never changes RF: " + Eflags.describe(m.regs.eflags));
    }

    @Test
    void realModePopfdLeavesTheResumeFlagClear() {
        TestMachine m = TestMachine.realMode("66 68 02 00 01 00  66 9D");             // push dword 0x10002 ; popfd
        m.steps(2);
        assertEquals(Eflags.RESERVED_ONE, m.regs.eflags);
    }

    @Test
    void theNextSoftwareInterruptPushesResumeFlagClear() {
        TestMachine m = TestMachine.protectedMode("68 02 00 01 00  9D  CD 40");      // push 0x10002 ; popfd ; int 0x40
        assertEquals("core 0: halted", m.runUntilStopped());
        int frameEflags = m.read32(m.regs.esp() + 8);
        assertEquals(0, frameEflags & Eflags.RF, "INT n pushes RF as 0 (SDM §17.3.1.1): " + Eflags.describe(frameEflags));
    }

    @Test
    void iretStillLoadsTheResumeFlag() {
        TestMachine m = TestMachine.protectedMode("CF");                            // iretd
        m.core.stack().push(Eflags.RESERVED_ONE | Eflags.RF, 4);
        m.core.stack().push(TestMachine.CODE0, 4);
        m.core.stack().push(TestMachine.PM_CODE + 0x10, 4);
        m.step();
        assertEquals(Eflags.RF, m.regs.eflags & Eflags.RF, "a debugger restarts past a breakpoint with RF in the IRET frame");
    }

    @Test
    void popfThatSetsTfDoesNotTrapButTheNextInstructionDoes() {
        TestMachine m = TestMachine.protectedMode(SET_TF + "  90  F4");               // ... ; nop ; hlt
        assertEquals("core 0: halted", m.runUntilStopped());
        List<TraceEvent.InterruptDelivered> db = deliveries(m, Vector.DB);
        assertEquals(1, db.size(), "one #DB, after the NOP");
        int afterNop = TestMachine.PM_CODE + 10;
        assertEquals(afterNop, db.get(0).returnEip());
        assertEquals(DB_HANDLER + 1, m.linearEip(), "halted in the #DB handler");
        assertEquals(afterNop, m.read32(m.regs.esp()), "no error code: EIP is on top of the frame");
        assertEquals(Eflags.TF, m.read32(m.regs.esp() + 8) & Eflags.TF, "the frame keeps TF for the IRET");
        assertEquals(0, m.regs.eflags & Eflags.TF, "the handler runs with TF clear");
    }

    @Test
    void handlerThatReturnsWithTfSetStepsAgain() {
        TestMachine m = TestMachine.protectedMode(SET_TF + "  90  90  90  F4");
        m.load(DB_HANDLER, "FF 05 00 80 00 00  CF");                                 // inc dword [DATA] ; iretd
        assertEquals("core 0: halted", m.runUntilStopped());
        assertEquals(3, m.read32(TestMachine.DATA), "one trap after each NOP, none in the handler, none after its IRET");
        assertEquals(TestMachine.PM_CODE + 13, m.linearEip(), "halted on the main program's HLT");
    }

    @Test
    void realModeStepTrapGoesThroughTheVectorTable() {
        TestMachine m = TestMachine.realMode("9C  58  0D 00 01  50  9D  90  F4");   // pushf ; pop ax ; or ax, 0x100 ; push ax ; popf ; nop ; hlt
        m.write16(4 * Vector.DB, 0x0500);
        m.write16(4 * Vector.DB + 2, 0);
        m.load(0x0500, "F4");
        assertEquals("core 0: halted", m.runUntilStopped());
        assertEquals(0x0501, m.regs.eip);
        assertEquals(0x7C08, m.read16(m.regs.esp()), "IP after the NOP");
        assertEquals(Eflags.TF, m.read16(m.regs.esp() + 4) & Eflags.TF);
        assertEquals(0, m.regs.eflags & Eflags.TF);
    }

    @Test
    void movSsHoldsTheTrapOffForOneInstruction() {
        TestMachine m = TestMachine.protectedMode("66 B8 10 00  " + SET_TF + "  8E D0  90  F4");   // mov ax, 0x10 ; ... ; mov ss, ax ; nop ; hlt
        assertEquals("core 0: halted", m.runUntilStopped());
        List<TraceEvent.InterruptDelivered> db = deliveries(m, Vector.DB);
        assertEquals(1, db.size());
        assertEquals(TestMachine.PM_CODE + 4 + 9 + 2 + 1, db.get(0).returnEip(), "the trap comes after the NOP, not after MOV SS");
    }

    @Test
    void intNClearsTfAndDoesNotTrap() {
        TestMachine m = TestMachine.protectedMode(SET_TF + "  CD 40");
        assertEquals("core 0: halted", m.runUntilStopped());
        assertTrue(deliveries(m, Vector.DB).isEmpty(), "no #DB after INT n");
        assertEquals(TestMachine.HANDLERS + 16 * 0x40 + 1, m.linearEip());
        assertEquals(0, m.regs.eflags & Eflags.TF);
    }

    private static List<TraceEvent.InterruptDelivered> deliveries(TestMachine m, int vector) {
        return m.events(TraceEvent.InterruptDelivered.class).stream().filter(e -> e.vector() == vector).toList();
    }
}
