package eduscc.machine.x86;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.machine.cpu.CoreState;
import eduscc.machine.cpu.CpuFault;
import eduscc.machine.cpu.Registers;
import eduscc.machine.cpu.Vector;
import eduscc.machine.trace.TraceEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fault semantics (SDM Vol. 3A §6.5 "Exception Classifications"): a faulting instruction leaves
 * EIP on its first byte and its state untouched, charges nothing, and an undeliverable fault
 * shuts the core down as a triple fault instead of escaping as a Java exception.
 */
class FaultTest {
    @Test
    void unknownOpcodeRaisesUdNamingTheBytesAndLeavesEipOnTheInstruction() {
        TestMachine m = TestMachine.realMode("90 0F FF");
        m.step();
        CpuFault f = m.fault();
        assertEquals(Vector.UD, f.vector());
        assertEquals("unknown opcode 0F FF at 0000:7C01", f.getMessage());
        assertEquals(0x7C01, m.regs.eip);
    }

    @Test
    void prefixedUnknownOpcodeRestartsAtThePrefix() {
        TestMachine m = TestMachine.protectedMode("66 2E 0F 37");
        CpuFault f = m.fault();
        assertEquals("unknown opcode 66 2E 0F 37 at 0008:00100000", f.getMessage());
        assertEquals(TestMachine.PM_CODE, m.regs.eip);
    }

    @Test
    void fpuInstructionIsOutsideTheSubset() {
        TestMachine m = TestMachine.realMode("D8 C1");
        CpuFault f = m.fault();
        assertEquals(Vector.UD, f.vector());
        assertEquals("x87 FPU instruction (D8 at 0000:7C00) is not in the interpreter's subset", f.getMessage());
    }

    @Test
    void ud2RaisesUd() {
        CpuFault f = TestMachine.realMode("0F 0B").fault();
        assertEquals(Vector.UD, f.vector());
        assertTrue(f.getMessage().startsWith("UD2 (0F 0B at 0000:7C00)"), f.getMessage());
    }

    @Test
    void salcIsNamedAsBeyondTheSubset() {
        CpuFault f = TestMachine.protectedMode("D6").fault();
        assertEquals("SALC (D6 at 0008:00100000) is not in the interpreter's subset", f.getMessage());
    }

    @Test
    void lockOnAnInstructionThatCannotBeLockedIsUd() {
        TestMachine m = TestMachine.protectedMode("F0 89 C3");
        CpuFault f = m.fault();
        assertEquals(Vector.UD, f.vector());
        assertTrue(f.getMessage().startsWith("LOCK is not allowed on F0 89"), f.getMessage());
    }

    @Test
    void lockOnARegisterDestinationIsUd() {
        CpuFault f = TestMachine.protectedMode("F0 01 C3").fault();
        assertEquals(Vector.UD, f.vector());
    }

    @Test
    void lockedAddToMemoryIsAllowed() {
        TestMachine m = TestMachine.protectedMode("F0 01 1D 00 80 00 00");
        m.write32(TestMachine.DATA, 5);
        m.regs.set(Registers.EBX, 7);
        m.step();
        assertEquals(12, m.read32(TestMachine.DATA));
    }

    @Test
    void instructionLongerThanFifteenBytesIsGp() {
        CpuFault f = TestMachine.protectedMode("66 66 66 66 66 66 66 66 66 66 66 66 66 66 66 90").fault();
        assertEquals(Vector.GP, f.vector());
        assertTrue(f.getMessage().contains("longer than 15 bytes"), f.getMessage());
    }

    @Test
    void fetchBeyondTheRealModeCsLimitIsGp() {
        TestMachine m = TestMachine.realMode("");
        m.regs.eip = 0xFFFF;
        m.load(0xFFFF, "B8 34 12");
        CpuFault f = m.fault();
        assertEquals(Vector.GP, f.vector());
        assertTrue(f.getMessage().contains("beyond the CS limit"), f.getMessage());
    }

    @Test
    void faultingInstructionChargesNoCycles() {
        TestMachine m = TestMachine.realMode("0F FF");
        m.fault();
        assertEquals(0, m.core.cycles());
    }

    @Test
    void pushadThatRunsOffTheStackSegmentLeavesEspAndEipUnchanged() {
        TestMachine m = TestMachine.protectedMode("60");
        m.core.segmentation().loadData(Registers.SS, TestMachine.SMALL_STACK);
        m.regs.setEsp(8);
        CpuFault f = m.fault();
        assertEquals(Vector.SS, f.vector());
        assertEquals(8, m.regs.esp());
        assertEquals(TestMachine.PM_CODE, m.regs.eip);
    }

    @Test
    void popaReadsEverythingBeforeItChangesARegister() {
        TestMachine m = TestMachine.protectedMode("61");
        m.core.segmentation().loadData(Registers.SS, TestMachine.SMALL_STACK);
        m.regs.setEsp(0xFF0);
        m.regs.set(Registers.EDI, 0x1234);
        CpuFault f = m.fault();
        assertEquals(Vector.SS, f.vector());
        assertEquals(0x1234, m.regs.get(Registers.EDI), "EDI would be the first register popped");
        assertEquals(0xFF0, m.regs.esp());
    }

    @Test
    void storeToAReadOnlySegmentLeavesTheFlagsAlone() {
        TestMachine m = TestMachine.protectedMode("2E 01 05 00 80 00 00");   // add [cs:0x8000], eax
        m.regs.eflags |= eduscc.machine.cpu.Eflags.ZF;
        CpuFault f = m.fault();
        assertEquals(Vector.GP, f.vector());
        assertTrue((m.regs.eflags & eduscc.machine.cpu.Eflags.ZF) != 0, "ZF unchanged");
    }

    @Test
    void divideByZeroRaisesDeAndKeepsTheAccumulator() {
        TestMachine m = TestMachine.protectedMode("F7 F3");                 // div ebx
        m.regs.set(Registers.EAX, 100);
        m.regs.set(Registers.EDX, 0);
        CpuFault f = m.fault();
        assertEquals(Vector.DE, f.vector());
        assertEquals(100, m.eax());
        assertTrue(f.getMessage().startsWith("DIV by zero"), f.getMessage());
    }

    @Test
    void unknownOpcodeWithNoValidIdtEscalatesToTripleFault() {
        TestMachine m = TestMachine.protectedMode("0F FF");
        m.core.systemInstructions().lidt(0, 0);
        String why = m.runUntilStopped();
        assertTrue(why.startsWith("core 0: triple fault:"), why);
        assertEquals(CoreState.SHUTDOWN, m.core.state());
        List<TraceEvent.TripleFault> faults = m.events(TraceEvent.TripleFault.class);
        assertEquals(1, faults.size());
        List<TraceEvent.InterruptRaised> raised = m.events(TraceEvent.InterruptRaised.class);
        assertEquals(Vector.UD, raised.get(0).vector());
        assertTrue(raised.get(0).source().contains("unknown opcode 0F FF"), raised.get(0).source());
    }

    @Test
    void unknownOpcodeInProtectedModeIsDeliveredToTheUdHandler() {
        TestMachine m = TestMachine.protectedMode("0F FF");
        assertEquals("core 0: halted", m.runUntilStopped());
        TraceEvent.InterruptDelivered d = m.events(TraceEvent.InterruptDelivered.class).get(0);
        assertEquals(Vector.UD, d.vector());
        assertEquals(TestMachine.PM_CODE, d.returnEip(), "the pushed EIP is the faulting instruction");
        assertEquals(TestMachine.PM_CODE, m.read32(TestMachine.PM_STACK - 12));
    }

    /** Identity-maps the first 4 MiB with one 4 MiB page (CR4.PSE) and turns paging on. */
    private static void pageFirstFourMegabytes(TestMachine m) {
        m.regs.cr4 |= eduscc.machine.cpu.ControlBits.CR4_PSE;
        m.write32(0x50000, 0x00000083);                                   // present, writable, 4 MiB
        m.regs.cr3 = 0x50000;
        m.core.systemInstructions().writeControl(0, m.regs.cr0 | eduscc.machine.cpu.ControlBits.CR0_PG);
    }

    @Test
    void codeFetchFromANotPresentPageRaisesPfWithTheAddressInCr2() {
        TestMachine m = TestMachine.protectedMode("E9 FB FF 6F 00");        // jmp 0x800000
        pageFirstFourMegabytes(m);
        m.step();
        assertEquals(0x800000, m.regs.eip);
        CpuFault f = m.fault();
        assertEquals(Vector.PF, f.vector());
        assertEquals(0, f.errorCode(), "not present, read, supervisor");
        assertEquals(0x800000, m.regs.cr2);
        assertEquals(0x800000, m.regs.eip);
    }

    @Test
    void instructionThatStraddlesIntoAMissingPageFaultsBeforeItChangesAnything() {
        TestMachine m = TestMachine.protectedMode("");
        pageFirstFourMegabytes(m);
        m.load(0x3FFFFE, "B8 78 56 34 12");                                 // mov eax, 0x12345678 across 0x400000
        m.regs.eip = 0x3FFFFE;
        m.regs.set(Registers.EAX, 7);
        CpuFault f = m.fault();
        assertEquals(Vector.PF, f.vector());
        assertEquals(0x400000, m.regs.cr2);
        assertEquals(0x3FFFFE, m.regs.eip);
        assertEquals(7, m.eax());
    }
}
