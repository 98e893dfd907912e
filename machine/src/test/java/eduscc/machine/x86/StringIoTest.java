package eduscc.machine.x86;

import static eduscc.machine.cpu.Registers.ECX;
import static eduscc.machine.cpu.Registers.EDI;
import static eduscc.machine.cpu.Registers.EDX;
import static eduscc.machine.cpu.Registers.ESI;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eduscc.machine.cost.InstructionCosts;
import eduscc.machine.cpu.CpuFault;
import eduscc.machine.cpu.Eflags;
import eduscc.machine.cpu.Vector;
import org.junit.jupiter.api.Test;

/** INS and OUTS with and without REP (SDM Vol. 2 "INS", "OUTS"): the ports of IN and OUT, the indexes of the strings, IOPL. */
class StringIoTest {
    @Test
    void repOutsbPrintsAStringOnTheDebugPort() {
        TestMachine m = TestMachine.protectedMode("F3 6E");                 // rep outsb
        m.load(0x8000, "48 69 21");                                        // "Hi!"
        m.regs.set(ESI, 0x8000);
        m.regs.set(ECX, 3);
        m.regs.set(EDX, 0xE9);
        m.step();
        assertEquals("Hi!", m.core.consoleText());
        assertEquals(0x8003, m.reg(ESI));
        assertEquals(0, m.reg(ECX));
        assertEquals(InstructionCosts.STRING_IO_BASE + 3 * InstructionCosts.OUT_PM, m.core.cycles());
    }

    @Test
    void inswStoresWhatAnUnconnectedPortGivesAndStepsDiBackwardsWithDf() {
        TestMachine m = TestMachine.realMode("FD  6D");                     // std ; insw
        m.regs.set(EDI, 0x8000);
        m.regs.set(EDX, 0x80);
        m.steps(2);
        assertEquals(0xFFFF, m.read16(0x8000), "all ones, as IN reads");
        assertEquals(0x7FFE, m.reg(EDI));
        assertEquals(InstructionCosts.FLAG_OP + InstructionCosts.IN_REAL, m.core.cycles());
    }

    @Test
    void insdUnderRepFillsEcxDwords() {
        TestMachine m = TestMachine.protectedMode("F3 6D");                 // rep insd
        m.regs.set(EDI, 0x8000);
        m.regs.set(ECX, 2);
        m.step();
        assertEquals(0xFFFFFFFF, m.read32(0x8000));
        assertEquals(0xFFFFFFFF, m.read32(0x8004));
        assertEquals(0, m.read32(0x8008));
        assertEquals(0x8008, m.reg(EDI));
    }

    @Test
    void ringThreeWithIoplZeroGetsGpEvenForACountOfZero() {
        TestMachine m = TestMachine.protectedMode("");
        m.enterRing3("F3 6C");                                            // rep insb
        m.regs.set(ECX, 0);
        m.regs.eflags &= ~Eflags.IOPL;
        CpuFault f = m.fault();
        assertEquals(Vector.GP, f.vector());
        assertEquals(0, f.errorCode());
    }
}
