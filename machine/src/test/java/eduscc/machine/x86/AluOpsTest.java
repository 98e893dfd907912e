package eduscc.machine.x86;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eduscc.machine.cpu.Eflags;
import org.junit.jupiter.api.Test;

/**
 * Flags of the arithmetic and logic operations at their edge cases (SDM Vol. 1 §3.4.3.1 and
 * Vol. 2 for each instruction). Flags are compared as text in the order CF PF AF ZF SF OF.
 */
class AluOpsTest {
    private final AluOps alu = new AluOps();

    private static String status(int eflags) {
        return Eflags.describe(eflags & Flags.STATUS);
    }

    private void check(int expectedResult, String expectedFlags, int result) {
        assertEquals(expectedResult, result, "result");
        assertEquals(expectedFlags, status(alu.eflags()), "flags");
    }

    @Test
    void addSignedOverflowFromSevenFToEighty() {
        check(0x80, "AF SF OF", alu.binary(AluOps.ADD, 0x7F, 0x01, 1, 0));
    }

    @Test
    void addUnsignedCarryToZeroSetsCarryZeroAuxAndParity() {
        check(0x00, "CF PF AF ZF", alu.binary(AluOps.ADD, 0xFF, 0x01, 1, 0));
    }

    @Test
    void addOfTwoNegativesThatWrapsSetsCarryAndOverflow() {
        check(0x00, "CF PF ZF OF", alu.binary(AluOps.ADD, 0x80, 0x80, 1, 0));
    }

    @Test
    void add32BitCarryOutOfBit31() {
        check(0, "CF PF AF ZF", alu.binary(AluOps.ADD, 0xFFFFFFFF, 1, 4, 0));
        check(0x80000000, "PF AF SF OF", alu.binary(AluOps.ADD, 0x7FFFFFFF, 1, 4, 0));
    }

    @Test
    void addClearsStatusFlagsItDoesNotSetButKeepsTheOthers() {
        int before = Eflags.CF | Eflags.ZF | Eflags.OF | Eflags.IF | Eflags.DF;
        int r = alu.binary(AluOps.ADD, 1, 2, 4, before);
        assertEquals(3, r);
        assertEquals(Eflags.PF | Eflags.IF | Eflags.DF, alu.eflags());
    }

    @Test
    void adcAddsTheCarryIn() {
        check(0x00, "CF PF AF ZF", alu.binary(AluOps.ADC, 0xFF, 0x00, 1, Eflags.CF));
        check(0x8000, "PF AF SF OF", alu.binary(AluOps.ADC, 0x7FFF, 0, 2, Eflags.CF));
        check(0x02, "", alu.binary(AluOps.ADC, 0x01, 0x01, 1, 0));
    }

    @Test
    void subBorrowSetsCarrySignAuxAndEvenParity() {
        check(0xFF, "CF PF AF SF", alu.binary(AluOps.SUB, 0x00, 0x01, 1, 0));
    }

    @Test
    void subOverflowFromMostNegative() {
        check(0x7F, "AF OF", alu.binary(AluOps.SUB, 0x80, 0x01, 1, 0));
        check(0x7FFFFFFF, "PF AF OF", alu.binary(AluOps.SUB, 0x80000000, 1, 4, 0));
    }

    @Test
    void cmpOfEqualValuesSetsZeroAndParity() {
        check(0, "PF ZF", alu.binary(AluOps.CMP, 0x1234, 0x1234, 2, Eflags.CF | Eflags.SF));
    }

    @Test
    void cmpUnsignedBelowSetsCarry() {
        check(0xFFFE, "CF AF SF", alu.binary(AluOps.CMP, 1, 3, 2, 0));
    }

    @Test
    void sbbSubtractsTheBorrowIn() {
        check(0xFF, "CF PF AF SF", alu.binary(AluOps.SBB, 0x00, 0x00, 1, Eflags.CF));
        check(0x7FFFFFFF, "PF AF OF", alu.binary(AluOps.SBB, 0x80000000, 0, 4, Eflags.CF));
        check(0x00, "PF ZF", alu.binary(AluOps.SBB, 0x05, 0x05, 1, 0));
    }

    @Test
    void incKeepsCarryAndOverflowsAtTheSignBoundary() {
        check(0x00, "CF PF AF ZF", alu.inc(0xFF, 1, Eflags.CF));
        check(0x00, "PF AF ZF", alu.inc(0xFF, 1, 0));
        check(0x8000, "PF AF SF OF", alu.inc(0x7FFF, 2, 0));
    }

    @Test
    void decKeepsCarryAndOverflowsAtTheSignBoundary() {
        check(0xFF, "CF PF AF SF", alu.dec(0x00, 1, Eflags.CF));
        check(0x7F, "AF OF", alu.dec(0x80, 1, 0));
        check(0x00, "CF PF ZF", alu.dec(0x01, 1, Eflags.CF));
    }

    @Test
    void negOfZeroClearsCarry() {
        check(0, "PF ZF", alu.neg(0, 4, Eflags.CF));
    }

    @Test
    void negOfNonZeroSetsCarry() {
        check(0xFF, "CF PF AF SF", alu.neg(1, 1, 0));
    }

    @Test
    void negOfTheMostNegativeValueOverflows() {
        check(0x80, "CF SF OF", alu.neg(0x80, 1, 0));
        check(0x80000000, "CF PF SF OF", alu.neg(0x80000000, 4, 0));
    }

    @Test
    void logicClearsCarryAndOverflowAndKeepsAux() {
        check(0x0F, "PF AF", alu.binary(AluOps.AND, 0xFF, 0x0F, 1, Eflags.CF | Eflags.OF | Eflags.AF));
        check(0x07, "", alu.binary(AluOps.OR, 0x03, 0x04, 1, Eflags.CF));
        check(0, "PF ZF", alu.binary(AluOps.XOR, 0xDEADBEEF, 0xDEADBEEF, 4, 0));
        check(0x8000, "PF SF", alu.binary(AluOps.OR, 0x8000, 0, 2, 0));
    }

    @Test
    void parityLooksOnlyAtTheLowByte() {
        check(0x0100, "PF AF", alu.binary(AluOps.ADD, 0x00FF, 0x0001, 2, 0));
        check(0x07, "", alu.binary(AluOps.OR, 0x07, 0, 1, 0));
        check(0x03, "PF", alu.binary(AluOps.OR, 0x03, 0, 1, 0));
    }

    @Test
    void auxiliaryCarryIsTheCarryOutOfBitThree() {
        check(0x10, "AF", alu.binary(AluOps.ADD, 0x08, 0x08, 1, 0));
        check(0x17, "PF", alu.binary(AluOps.ADD, 0x10, 0x07, 1, 0));
    }

    @Test
    void notChangesNoFlags() {
        int flags = Eflags.CF | Eflags.ZF;
        assertEquals(0xFFFFFFFE, alu.not(1, 4, flags));
        assertEquals(flags, alu.eflags());
        assertEquals(0xFE, alu.not(1, 1, flags));
    }
}
