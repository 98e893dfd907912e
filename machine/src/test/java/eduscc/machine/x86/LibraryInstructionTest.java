package eduscc.machine.x86;

import static eduscc.machine.cpu.Registers.EAX;
import static eduscc.machine.cpu.Registers.EBP;
import static eduscc.machine.cpu.Registers.EBX;
import static eduscc.machine.cpu.Registers.ECX;
import static eduscc.machine.cpu.Registers.EDI;
import static eduscc.machine.cpu.Registers.ESI;
import static eduscc.machine.cpu.Registers.ESP;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eduscc.machine.cost.InstructionCosts;
import eduscc.machine.cpu.CpuFault;
import eduscc.machine.cpu.Eflags;
import eduscc.machine.cpu.Registers;
import eduscc.machine.cpu.Vector;
import org.junit.jupiter.api.Test;

/**
 * The instructions a compiled C library and its start-up code use beyond the boot subset, with
 * hand-computed registers, flags and cycles: SETcc, LAHF/SAHF, ENTER/LEAVE, CMPS/SCAS, XLAT,
 * BSWAP (SDM Vol. 2, each instruction's page).
 */
class LibraryInstructionTest {
    private static String status(TestMachine m) {
        return Eflags.describe(m.regs.eflags & Flags.STATUS);
    }

    @Test
    void setccStoresTheComparisonAsAByteInARegisterOrMemory() {
        // cmp eax, ebx ; setl cl ; setg [0x8000]
        TestMachine m = TestMachine.protectedMode("39 D8  0F 9C C1  0F 9F 05 00 80 00 00");
        m.regs.set(EAX, 1);
        m.regs.set(EBX, 2);
        m.regs.set(ECX, 0xAAAAAAAA);
        m.write8(0x8000, 0xFF);
        m.steps(3);
        assertEquals(0xAAAAAA01, m.reg(ECX), "1 < 2 signed: CL = 1, the rest of ECX unchanged");
        assertEquals(0, m.read8(0x8000), "1 > 2 is false: the byte in memory becomes 0");
        assertEquals(InstructionCosts.ALU + InstructionCosts.SETCC_TRUE + InstructionCosts.SETCC_FALSE, m.core.cycles());
        assertEquals(4, m.core.cycles(), "CMP 1, SETcc true 1, false 2");
    }

    @Test
    void lahfCopiesSfZfAfPfCfIntoAhWithBitOneSet() {
        TestMachine m = TestMachine.protectedMode("9F");
        m.regs.eflags = 0x2 | Eflags.CF | Eflags.ZF | Eflags.SF | Eflags.OF;
        m.regs.set(EAX, 0x11111111);
        m.step();
        assertEquals(0x1111C311, m.eax(), "SF 0x80 | ZF 0x40 | 0x02 | CF 0x01; OF is not in AH");
    }

    @Test
    void sahfLoadsTheFiveFlagsFromAhAndLeavesOverflowAlone() {
        TestMachine m = TestMachine.protectedMode("9E");
        m.regs.eflags = 0x2 | Eflags.CF | Eflags.ZF | Eflags.SF | Eflags.OF;
        m.regs.set(EAX, 0x1400);
        m.step();
        assertEquals(0x2 | Eflags.OF | Eflags.AF | Eflags.PF, m.regs.eflags);
        assertEquals(InstructionCosts.FLAGS_AH, m.core.cycles());
    }

    @Test
    void enterWithLevelZeroIsTheCPrologueAndLeaveUndoesIt() {
        TestMachine m = TestMachine.protectedMode("C8 10 00 00  C9");        // enter 16, 0 ; leave
        m.regs.setEsp(0x90000);
        m.regs.set(EBP, 0x12345678);
        m.step();
        assertEquals(0x12345678, m.read32(0x8FFFC), "old EBP pushed");
        assertEquals(0x8FFFC, m.reg(EBP), "EBP points at the saved EBP");
        assertEquals(0x8FFEC, m.reg(ESP), "16 bytes of locals below it");
        assertEquals(InstructionCosts.ENTER, m.core.cycles());
        m.step();
        assertEquals(0x12345678, m.reg(EBP));
        assertEquals(0x90000, m.reg(ESP));
        assertEquals(11 + 3, m.core.cycles(), "ENTER 11 + LEAVE 3");
    }

    @Test
    void enterWithLevelTwoCopiesTheCallersDisplayEntryAndPushesItsOwnFrame() {
        TestMachine m = TestMachine.protectedMode("C8 08 00 02");            // enter 8, 2
        m.regs.setEsp(0x90000);
        m.regs.set(EBP, 0x8FF00);
        m.write32(0x8FEFC, 0xAAAA0001);
        m.step();
        assertEquals(0x8FF00, m.read32(0x8FFFC), "old EBP");
        assertEquals(0xAAAA0001, m.read32(0x8FFF8), "the caller's display entry, read at [EBP-4]");
        assertEquals(0x8FFFC, m.read32(0x8FFF4), "this frame's own entry: FrameTemp");
        assertEquals(0x8FFFC, m.reg(EBP));
        assertEquals(0x8FFEC, m.reg(ESP), "0x8FFF4 - 8");
        assertEquals(InstructionCosts.ENTER + 2 * InstructionCosts.ENTER_PER_LEVEL, m.core.cycles());
    }

    @Test
    void enterThatFaultsReadingTheCallersDisplayLeavesEspAndEbpAsBefore() {
        TestMachine m = TestMachine.protectedMode("C8 00 00 02");            // enter 0, 2
        m.core.segmentation().loadData(Registers.SS, TestMachine.SMALL_STACK); // SS limit 0xFFF
        m.regs.setEsp(0x1000);
        m.regs.set(EBP, 0x2000);
        CpuFault f = m.fault();
        assertEquals(Vector.SS, f.vector(), "[SS:EBP-4] = 0x1FFC is beyond the stack segment's limit");
        assertEquals(0x1000, m.reg(ESP), "ESP put back");
        assertEquals(0x2000, m.reg(EBP), "EBP is written last, so it is untouched");
        assertEquals(TestMachine.PM_CODE, m.regs.eip);
    }

    @Test
    void enterOnASixteenBitStackMovesOnlySpAndBp() {
        TestMachine m = TestMachine.realMode("C8 04 00 00");                 // enter 4, 0
        m.regs.set(ESP, 0xABCD7000);
        m.regs.set(EBP, 0x55551234);
        m.step();
        assertEquals(0x1234, m.read16(0x6FFE), "BP pushed as a word");
        assertEquals(0xABCD6FFA, m.reg(ESP), "SP = 0x6FFE - 4, the high half of ESP kept");
        assertEquals(0x55556FFE, m.reg(EBP), "BP = the old SP after the push, the high half of EBP kept");
    }

    @Test
    void repneScasbFindsTheEndOfACString() {
        TestMachine m = TestMachine.protectedMode("F2 AE");                  // repne scasb
        m.load(0x8000, "68 69 00 55");                                     // "hi\0"
        m.regs.set(EDI, 0x8000);
        m.regs.set(ECX, 0xFFFFFFFF);
        m.regs.set(EAX, 0);
        m.step();
        assertEquals(0x8003, m.reg(EDI), "one past the zero");
        assertEquals(0xFFFFFFFC, m.reg(ECX), "three elements counted: strlen = ~ECX - 1 = 2");
        assertEquals("PF ZF", status(m), "the last compare, 0 - 0");
        assertEquals(InstructionCosts.REP_BASE + 3, m.core.cycles());
    }

    @Test
    void repeCmpsbStopsAtTheFirstDifferenceWithTheFlagsOfThatCompare() {
        TestMachine m = TestMachine.protectedMode("F3 A6");                  // repe cmpsb
        m.load(0x8000, "61 62 63");                                        // "abc"
        m.load(0x8100, "61 62 64");                                        // "abd"
        m.regs.set(ESI, 0x8000);
        m.regs.set(EDI, 0x8100);
        m.regs.set(ECX, 5);
        m.step();
        assertEquals(0x8003, m.reg(ESI));
        assertEquals(0x8103, m.reg(EDI));
        assertEquals(2, m.reg(ECX), "5 - 3 compares");
        assertEquals("CF PF AF SF", status(m), "0x63 - 0x64 = 0xFF: below, with a borrow out of bit 3");
        assertEquals(InstructionCosts.REP_BASE + 3, m.core.cycles());
    }

    @Test
    void repeCmpswWithACountOfZeroComparesNothing() {
        TestMachine m = TestMachine.realMode("F3 A7");
        m.regs.set(ECX, 0xFFFF0000);
        m.regs.eflags = 0x2 | Eflags.CF;
        m.step();
        assertEquals("CF", status(m));
        assertEquals(0x7C02, m.regs.eip);
        assertEquals(InstructionCosts.REP_BASE, m.core.cycles());
    }

    @Test
    void cmpsdAndScaswWithoutRepCompareOneElementAndStepBackwardsWithDf() {
        TestMachine m = TestMachine.protectedMode("FD  A7  66 AF");          // std ; cmpsd ; scasw
        m.write32(0x8000, 7);
        m.write32(0x8100, 7);
        m.write16(0x80FC, 0x1234);
        m.regs.set(ESI, 0x8000);
        m.regs.set(EDI, 0x8100);
        m.regs.set(EAX, 0xFFFF1235);
        m.steps(2);
        assertEquals("PF ZF", status(m));
        assertEquals(0x7FFC, m.reg(ESI));
        assertEquals(0x80FC, m.reg(EDI));
        m.step();
        assertEquals("", status(m), "0x1235 - 0x1234 = 1");
        assertEquals(0x80FA, m.reg(EDI));
        assertEquals(InstructionCosts.FLAG_OP + 2 * InstructionCosts.COMPARE_STRING, m.core.cycles());
    }

    @Test
    void xlatLooksAlUpInTheTableAtEbx() {
        TestMachine m = TestMachine.protectedMode("D7");
        m.regs.set(EBX, 0x8000);
        m.regs.set(EAX, 0x12345605);
        m.write8(0x8005, 0x7E);
        m.step();
        assertEquals(0x1234567E, m.eax());
        assertEquals(InstructionCosts.XLAT, m.core.cycles());
    }

    @Test
    void xlatHonoursASegmentOverrideAndWrapsSixteenBitAddresses() {
        TestMachine m = TestMachine.realMode("26 D7");                      // es xlatb
        m.regs.segment(Registers.ES).loadReal(0x1000);
        m.regs.set(EBX, 0xFFFF);
        m.regs.set(EAX, 0x02);
        m.write8(0x10001, 0x99);
        m.write8(0x0001, 0x11);
        m.step();
        assertEquals(0x99, m.eax(), "ES:(0xFFFF + 2) wraps to ES:0x0001, linear 0x10001");
    }

    @Test
    void bswapReversesTheBytesOfARegister() {
        TestMachine m = TestMachine.protectedMode("0F C8  0F CB");           // bswap eax ; bswap ebx
        m.regs.set(EAX, 0x11223344);
        m.regs.set(EBX, 0x000000FF);
        m.steps(2);
        assertEquals(0x44332211, m.eax());
        assertEquals(0xFF000000, m.reg(EBX));
        assertEquals(2 * InstructionCosts.BSWAP, m.core.cycles());
    }
}
