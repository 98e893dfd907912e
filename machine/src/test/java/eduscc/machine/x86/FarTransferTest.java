package eduscc.machine.x86;

import static eduscc.machine.cpu.Registers.EAX;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.machine.cpu.CpuFault;
import eduscc.machine.cpu.Vector;
import eduscc.machine.trace.TraceEvent;
import org.junit.jupiter.api.Test;

/** Far JMP, far CALL and RETF in real and protected mode, and what the subset refuses. */
class FarTransferTest {
    private static final int C = TestMachine.PM_CODE;

    @Test
    void realModeFarJumpLoadsCsAndIp() {
        TestMachine m = TestMachine.realMode("EA 34 12 00 F0");
        m.step();
        assertEquals(0xF000, m.regs.cs().selector());
        assertEquals(0xF0000, m.regs.cs().base());
        assertEquals(0x1234, m.regs.eip);
        assertEquals(new TraceEvent.FarJump(0xF000, 0x1234, "real"), m.events(TraceEvent.FarJump.class).get(0));
    }

    @Test
    void realModeFarCallAndRetf() {
        TestMachine m = TestMachine.realMode("9A 00 01 00 09  F4");        // call 0x0900:0x0100
        m.load(0x9100, "CB");
        m.step();
        assertEquals(0x0900, m.regs.cs().selector());
        assertEquals(0x0100, m.regs.eip);
        assertEquals(0x0000, m.read16(0x6FFE), "CS pushed first");
        assertEquals(0x7C05, m.read16(0x6FFC));
        m.step();
        assertEquals(0, m.regs.cs().selector());
        assertEquals(0x7C05, m.regs.eip);
        assertEquals(0x7000, m.regs.esp());
    }

    @Test
    void protectedModeFarJumpIntoASixteenBitCodeSegmentChangesTheDefaultOperandSize() {
        TestMachine m = TestMachine.protectedMode("EA 00 50 00 00 30 00");
        m.load(0x5000, "B8 34 12  66 B8 78 56 34 12");
        m.regs.set(EAX, 0xFFFFFFFF);
        m.step();
        assertFalse(m.regs.cs().big());
        m.step();
        assertEquals(0xFFFF1234, m.eax());
        m.step();
        assertEquals(0x12345678, m.eax());
    }

    @Test
    void farJumpThroughMemory() {
        TestMachine m = TestMachine.protectedMode("FF 2D 00 80 00 00");
        m.write32(0x8000, C + 0x40);
        m.write16(0x8004, TestMachine.CODE0);
        m.step();
        assertEquals(C + 0x40, m.regs.eip);
    }

    @Test
    void farJumpToANonCodeDescriptorFaultsAndLeavesEipOnTheJump() {
        TestMachine m = TestMachine.protectedMode("EA 00 00 10 00 10 00");  // jmp 0x10:... (a data segment)
        CpuFault f = m.fault();
        assertEquals(Vector.GP, f.vector());
        assertEquals(C, m.regs.eip);
        assertEquals(TestMachine.CODE0, m.regs.cs().selector());
    }

    @Test
    void protectedModeFarCallAndRetfWithinRing0() {
        TestMachine m = TestMachine.protectedMode("9A 40 00 10 00 08 00  F4");
        m.load(C + 0x40, "CA 04 00");
        m.regs.setEsp(TestMachine.PM_STACK - 4);
        m.step();
        assertEquals(C + 0x40, m.regs.eip);
        assertEquals(TestMachine.CODE0, m.read32(TestMachine.PM_STACK - 8));
        assertEquals(C + 7, m.read32(TestMachine.PM_STACK - 12));
        m.step();
        assertEquals(C + 7, m.regs.eip);
        assertEquals(TestMachine.PM_STACK, m.regs.esp(), "RETF 4 released the parameter");
    }

    @Test
    void farCallThroughMemoryToTheSixteenBitSegment() {
        TestMachine m = TestMachine.protectedMode("FF 1D 00 80 00 00");
        m.write32(0x8000, 0x5000);
        m.write16(0x8004, TestMachine.CODE16);
        m.step();
        assertEquals(TestMachine.CODE16, m.regs.cs().selector());
        assertEquals(0x5000, m.regs.eip);
        assertEquals(new TraceEvent.FarJump(TestMachine.CODE16, 0x5000, "protected16"),
            m.events(TraceEvent.FarJump.class).get(1));
    }

    @Test
    void farCallToATssIsRefusedWithAMessageAndNoStackChange() {
        TestMachine m = TestMachine.protectedMode("9A 00 00 00 00 28 00");
        CpuFault f = m.fault();
        assertEquals(Vector.GP, f.vector());
        assertTrue(f.getMessage().contains("not in the interpreter's subset"), f.getMessage());
        assertEquals(TestMachine.PM_STACK, m.regs.esp());
    }

    @Test
    void farCallThatFailsThePrivilegeCheckPutsEspBack() {
        TestMachine m = TestMachine.protectedMode("9A 00 00 20 00 1B 00");  // call 0x1B (ring-3 code) from ring 0
        CpuFault f = m.fault();
        assertEquals(Vector.GP, f.vector());
        assertEquals(TestMachine.PM_STACK, m.regs.esp());
        assertEquals(C, m.regs.eip);
    }

    @Test
    void retfToAnOuterRingIsRefusedWithAMessage() {
        TestMachine m = TestMachine.protectedMode("CB");
        m.core.stack().push(TestMachine.CODE3, 4);
        m.core.stack().push(TestMachine.USER_CODE, 4);
        CpuFault f = m.fault();
        assertEquals(Vector.GP, f.vector());
        assertTrue(f.getMessage().contains("outer ring"), f.getMessage());
        assertEquals(TestMachine.PM_STACK - 8, m.regs.esp());
    }
}
