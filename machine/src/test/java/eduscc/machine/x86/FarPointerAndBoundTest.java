package eduscc.machine.x86;

import static eduscc.machine.cpu.Registers.EAX;
import static eduscc.machine.cpu.Registers.ESI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.machine.cost.InstructionCosts;
import eduscc.machine.cpu.CpuFault;
import eduscc.machine.cpu.Registers;
import eduscc.machine.cpu.Vector;
import eduscc.machine.cpu.tables.SegmentDescriptor;
import org.junit.jupiter.api.Test;

/**
 * LDS, LES, LFS, LGS, LSS and BOUND (SDM Vol. 2): the far pointer's two halves land in the right
 * registers, a refused selector faults with the SDM's vector and error code and changes neither
 * register, and BOUND raises #BR (vector 5) outside the bounds with EIP on the instruction.
 */
class FarPointerAndBoundTest {
    /** GDT entry 7 (selector 0x38) replaced by a writable ring-0 data segment that is not present. */
    private static void notPresentAt0x38(TestMachine m) {
        m.put(TestMachine.GDT + 0x38, new SegmentDescriptor(0, 0xFFFFF, 0x2, true, 0, false, false, true, true).toBytes());
    }

    @Test
    void ldsInRealModeLoadsTheOffsetAndTheSegment() {
        TestMachine m = TestMachine.realMode("C5 36 00 80");                 // lds si, [0x8000]
        m.write16(0x8000, 0x1234);
        m.write16(0x8002, 0x2000);
        m.step();
        assertEquals(0x1234, m.reg(ESI) & 0xFFFF);
        assertEquals(0x2000, m.regs.segment(Registers.DS).selector());
        assertEquals(0x20000, m.regs.segment(Registers.DS).base());
        assertEquals(InstructionCosts.LOAD_FAR_POINTER, m.core.cycles());
    }

    @Test
    void lssSwitchesToANewStackInOneInstruction() {
        TestMachine m = TestMachine.protectedMode("0F B2 25 00 80 00 00");    // lss esp, [0x8000]
        m.write32(0x8000, 0x00088000);
        m.write16(0x8004, TestMachine.DATA0);
        m.step();
        assertEquals(0x88000, m.regs.esp());
        assertEquals(TestMachine.DATA0, m.regs.ss().selector());
    }

    @Test
    void lfsAndLgsWith16BitOperandsReadAWordOffset() {
        TestMachine m = TestMachine.protectedMode("66 0F B4 05 00 80 00 00  0F B5 05 00 80 00 00");
        m.write32(0x8000, 0x00105678);                                     // offset 0x5678 ; selector 0x10 at +2
        m.write16(0x8004, 0);                                              // null selector at +4
        m.regs.set(EAX, 0xAAAAAAAA);
        m.step();
        assertEquals(0xAAAA5678, m.eax(), "lfs ax: only AX changes");
        assertEquals(0x10, m.regs.segment(Registers.FS).selector());
        m.step();
        assertEquals(0x00105678, m.eax(), "lgs eax takes the dword");
        assertEquals(0, m.regs.segment(Registers.GS).selector(), "a null selector may be loaded into GS");
    }

    @Test
    void aSelectorBeyondTheGdtIsGpAndChangesNeitherRegister() {
        TestMachine m = TestMachine.protectedMode("C4 35 00 80 00 00");       // les esi, [0x8000]
        m.write32(0x8000, 0x12345678);
        m.write16(0x8004, 0x40);
        m.regs.set(ESI, 7);
        CpuFault f = m.fault();
        assertEquals(Vector.GP, f.vector());
        assertEquals(0x40, f.errorCode());
        assertEquals(7, m.reg(ESI));
        assertEquals(TestMachine.DATA0, m.regs.segment(Registers.ES).selector());
        assertEquals(TestMachine.PM_CODE, m.regs.eip);
    }

    @Test
    void aNotPresentDataSegmentIsNpAndANotPresentStackSegmentIsSs() {
        TestMachine m = TestMachine.protectedMode("C5 05 00 80 00 00");       // lds eax, [0x8000]
        notPresentAt0x38(m);
        m.write16(0x8004, 0x38);
        CpuFault np = m.fault();
        assertEquals(Vector.NP, np.vector());
        assertEquals(0x38, np.errorCode());

        TestMachine s = TestMachine.protectedMode("0F B2 05 00 80 00 00");    // lss eax, [0x8000]
        notPresentAt0x38(s);
        s.write16(0x8004, 0x38);
        CpuFault ss = s.fault();
        assertEquals(Vector.SS, ss.vector());
        assertEquals(0x38, ss.errorCode());
    }

    @Test
    void lssWithANullSelectorIsGpZero() {
        TestMachine m = TestMachine.protectedMode("0F B2 05 00 80 00 00");
        CpuFault f = m.fault();
        assertEquals(Vector.GP, f.vector());
        assertEquals(0, f.errorCode());
    }

    @Test
    void aRegisterOperandIsUd() {
        CpuFault f = TestMachine.protectedMode("C5 C0").fault();
        assertEquals(Vector.UD, f.vector());
        assertTrue(f.getMessage().startsWith("LDS needs a memory operand"), f.getMessage());
        assertEquals(Vector.UD, TestMachine.protectedMode("62 C0").fault().vector(), "BOUND eax, eax");
    }

    @Test
    void boundPassesAnIndexOnEitherBoundAndRaisesBrBeyondThem() {
        TestMachine m = TestMachine.protectedMode("62 05 00 80 00 00  62 05 00 80 00 00  62 05 00 80 00 00");
        m.write32(0x8000, -2);
        m.write32(0x8004, 5);
        m.regs.set(EAX, -2);
        m.step();
        m.regs.set(EAX, 5);
        m.step();
        assertEquals(2 * InstructionCosts.BOUND, m.core.cycles());
        m.regs.set(EAX, 6);
        CpuFault f = m.fault();
        assertEquals(Vector.BR, f.vector());
        assertEquals(TestMachine.PM_CODE + 12, m.regs.eip, "a fault: EIP stays on the BOUND");
    }

    @Test
    void boundWithWordOperandsComparesSignedWords() {
        TestMachine m = TestMachine.realMode("62 06 00 80");                 // bound ax, [0x8000]
        m.write16(0x8000, 0xFFF0);                                         // -16
        m.write16(0x8002, 0x0010);                                         // 16
        m.regs.set(EAX, 0x1234FFF0);                                       // AX = -16
        m.step();
        m.regs.set(EAX, 0xFFEF);                                           // AX = -17
        m.regs.eip = 0x7C00;
        assertEquals(Vector.BR, m.fault().vector());
    }
}
