package eduscc.machine.x86;

import static eduscc.machine.cpu.Registers.EAX;
import static eduscc.machine.cpu.Registers.ECX;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eduscc.machine.cost.InstructionCosts;
import eduscc.machine.cpu.CpuFault;
import eduscc.machine.cpu.Eflags;
import eduscc.machine.cpu.Vector;
import org.junit.jupiter.api.Test;

/**
 * The decimal adjustments after hand-done BCD sums (SDM Vol. 2 "DAA" ... "AAD"), and LAR, LSL,
 * VERR, VERW and ARPL on the test machine's GDT (Vol. 2 and Vol. 3A §5.10.4): what each leaves
 * in the destination and in ZF, at ring 0 and ring 3.
 */
class DecimalAndSelectorCheckTest {
    private static String status(TestMachine m) {
        return Eflags.describe(m.regs.eflags & Flags.STATUS);
    }

    @Test
    void daaAfterAddingPackedBcdGivesTheDecimalSumAndTheCarry() {
        TestMachine m = TestMachine.protectedMode("04 35  27");             // add al, 0x35 ; daa
        m.regs.set(EAX, 0x79);
        m.steps(2);
        assertEquals(0x14, m.eax(), "79 + 35 = 114: AL holds 14, CF the hundred");
        assertEquals("CF PF AF OF", status(m), "OF is the ADD's (0x79 + 0x35 overflows signed); DAA leaves it, undefined in the SDM");
        assertEquals(InstructionCosts.ALU + InstructionCosts.DECIMAL_ADJUST, m.core.cycles());
    }

    @Test
    void dasAfterSubtractingPackedBcdGivesTheTensComplementAndTheBorrow() {
        TestMachine m = TestMachine.protectedMode("2C 47  2F");             // sub al, 0x47 ; das
        m.regs.set(EAX, 0x35);
        m.steps(2);
        assertEquals(0x88, m.eax(), "35 - 47 = -12, written as 88 with a borrow");
        assertEquals("CF PF AF SF", status(m));
    }

    @Test
    void aaaCarriesTheDigitIntoAh() {
        TestMachine m = TestMachine.protectedMode("04 06  37");             // add al, 6 ; aaa
        m.regs.set(EAX, 0x0008);
        m.steps(2);
        assertEquals(0x0104, m.eax(), "8 + 6 = 14: AH 1, AL 4");
        assertEquals(Eflags.CF | Eflags.AF, m.regs.eflags & (Eflags.CF | Eflags.AF), "CF and AF set");
    }

    @Test
    void aasBorrowsTheDigitFromAh() {
        TestMachine m = TestMachine.protectedMode("2C 05  3F");             // sub al, 5 ; aas
        m.regs.set(EAX, 0x0203);
        m.steps(2);
        assertEquals(0x0108, m.eax(), "23 - 5 = 18: AH 1, AL 8");
        assertEquals(Eflags.CF | Eflags.AF, m.regs.eflags & (Eflags.CF | Eflags.AF));
    }

    @Test
    void aamSplitsAlIntoDigitsAndAadJoinsThem() {
        TestMachine m = TestMachine.protectedMode("D4 0A  D5 0A  D5 10");   // aam ; aad ; aad 16
        m.regs.set(EAX, 0x3F);
        m.step();
        assertEquals(0x0603, m.eax(), "63 = 6, 3");
        assertEquals("PF", status(m));
        m.step();
        assertEquals(0x003F, m.eax());
        m.regs.set(EAX, 0x1234);
        m.step();
        assertEquals(0x0054, m.eax(), "0x12 * 16 + 0x34 = 0x154, cut to a byte");
        assertEquals(InstructionCosts.AAM + 2 * InstructionCosts.AAD, m.core.cycles());
    }

    @Test
    void aamWithBaseZeroIsADivideError() {
        TestMachine m = TestMachine.realMode("D4 00");
        m.regs.set(EAX, 0x1234);
        CpuFault f = m.fault();
        assertEquals(Vector.DE, f.vector());
        assertEquals(0x1234, m.eax());
        assertEquals(0x7C00, m.regs.eip);
    }

    @Test
    void larReadsTheAccessRightsAndLslTheByteLimit() {
        // lar eax, ecx ; lsl edx, ecx ; lsl eax, [0x8000]
        TestMachine m = TestMachine.protectedMode("0F 02 C1  0F 03 D1  0F 03 05 00 80 00 00");
        m.regs.set(ECX, TestMachine.DATA0);
        m.write16(0x8000, TestMachine.SMALL_STACK);
        m.step();
        assertEquals(0x00C09300, m.eax(), "G D, present DPL 0 writable data, accessed (access byte 0x93)");
        assertEquals("ZF", status(m));
        m.step();
        assertEquals(0xFFFFFFFF, m.reg(eduscc.machine.cpu.Registers.EDX), "limit 0xFFFFF in 4 KiB pages");
        m.step();
        assertEquals(0xFFF, m.eax(), "byte-granular limit");
        assertEquals(InstructionCosts.LAR + 2 * InstructionCosts.LSL, m.core.cycles());
    }

    @Test
    void larOfANullOrOutOfTableSelectorClearsZfAndLeavesTheDestination() {
        TestMachine m = TestMachine.protectedMode("0F 02 C1  0F 02 C1");
        m.regs.set(EAX, 0x5555);
        m.regs.set(ECX, 0);
        m.regs.eflags |= Eflags.ZF;
        m.step();
        assertEquals(0x5555, m.eax());
        assertEquals("", status(m));
        m.regs.set(ECX, 0x40);
        m.regs.eflags |= Eflags.ZF;
        m.step();
        assertEquals(0x5555, m.eax(), "0x40 is beyond the GDT limit: no fault, only ZF");
        assertEquals("", status(m));
    }

    @Test
    void larAndLslAcceptTheTssButLslRefusesNothingElseVisible() {
        TestMachine m = TestMachine.protectedMode("0F 03 C1");              // lsl eax, ecx
        m.regs.set(ECX, TestMachine.TSS_SELECTOR);
        m.step();
        assertEquals(0x67, m.eax());
        assertEquals("ZF", status(m));
    }

    @Test
    void ringThreeCannotSeeARingZeroSegmentButSeesItsOwn() {
        TestMachine m = TestMachine.protectedMode("");
        m.enterRing3("0F 02 C1  0F 02 C1");
        m.regs.set(ECX, TestMachine.DATA0);
        m.regs.set(EAX, 1);
        m.step();
        assertEquals(1, m.eax(), "DPL 0 < CPL 3");
        assertEquals(0, m.regs.eflags & Eflags.ZF);
        m.regs.set(ECX, TestMachine.DATA3);
        m.step();
        assertEquals(Eflags.ZF, m.regs.eflags & Eflags.ZF);
        assertEquals(0x00C0F200, m.eax() & 0x00F0FE00, "DPL 3 writable data (the accessed bit masked)");
    }

    @Test
    void verrAndVerwTellReadableFromWritable() {
        // verr cx ; verw cx, for a code, a data and the TSS selector
        String both = "0F 00 E1  0F 00 E9  ";
        TestMachine m = TestMachine.protectedMode(both + both + both);
        int[] selectors = {TestMachine.CODE0, TestMachine.DATA0, TestMachine.TSS_SELECTOR};
        String[] expected = {"ZF", "", "ZF", "ZF", "", ""};
        for (int i = 0; i < 6; i++) {
            m.regs.set(ECX, selectors[i / 2]);
            m.step();
            assertEquals(expected[i], status(m), (i % 2 == 0 ? "verr " : "verw ") + selectors[i / 2]);
        }
        assertEquals(6 * InstructionCosts.VERIFY, m.core.cycles());
    }

    @Test
    void arplRaisesTheRequestedPrivilegeToTheCallersOnce() {
        TestMachine m = TestMachine.protectedMode("63 C8  63 C8");          // arpl ax, cx (twice)
        m.regs.set(EAX, 0x0010);
        m.regs.set(ECX, 0x0023);
        m.step();
        assertEquals(0x0013, m.eax());
        assertEquals("ZF", status(m));
        m.step();
        assertEquals(0x0013, m.eax());
        assertEquals("", status(m), "already RPL 3: nothing to adjust");
        assertEquals(2 * InstructionCosts.ARPL, m.core.cycles());
    }

    @Test
    void selectorChecksAreUdInRealMode() {
        assertEquals(Vector.UD, TestMachine.realMode("63 C8").fault().vector(), "ARPL");
        assertEquals(Vector.UD, TestMachine.realMode("0F 02 C1").fault().vector(), "LAR");
        assertEquals(Vector.UD, TestMachine.realMode("0F 00 E1").fault().vector(), "VERR");
    }
}
