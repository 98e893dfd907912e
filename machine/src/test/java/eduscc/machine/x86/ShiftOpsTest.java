package eduscc.machine.x86;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eduscc.machine.cpu.Eflags;
import org.junit.jupiter.api.Test;

/** Shifts and rotates at their edge cases (SDM Vol. 2 "SAL/SAR/SHL/SHR" and "RCL/RCR/ROL/ROR"). */
class ShiftOpsTest {
    private final ShiftOps shifts = new ShiftOps();

    private void check(int expectedResult, String expectedFlags, int result) {
        assertEquals(expectedResult, result, "result");
        assertEquals(expectedFlags, Eflags.describe(shifts.eflags() & Flags.STATUS), "flags");
    }

    @Test
    void shlByOneSetsCarryFromTheTopBitAndOverflowWhenTheSignChanges() {
        check(0x02, "CF OF", shifts.apply(ShiftOps.SHL, 0x81, 1, 1, 0));
        check(0x80, "SF OF", shifts.apply(ShiftOps.SHL, 0x40, 1, 1, 0));
        check(0x00, "CF PF ZF OF", shifts.apply(ShiftOps.SHL, 0x80, 1, 1, 0));
    }

    @Test
    void shiftByZeroChangesNothingNotEvenFlags() {
        check(0x81, "CF OF", shifts.apply(ShiftOps.SHL, 0x81, 0, 1, Eflags.CF | Eflags.OF));
        check(0x81, "ZF", shifts.apply(ShiftOps.ROL, 0x81, 32, 1, Eflags.ZF));
    }

    @Test
    void countIsMaskedToFiveBits() {
        check(0x00000002, "", shifts.apply(ShiftOps.SHL, 1, 33, 4, 0));
    }

    @Test
    void overflowAndAuxAreLeftAloneForCountsAboveOne() {
        check(0x04, "AF OF", shifts.apply(ShiftOps.SHL, 0x01, 2, 1, Eflags.OF | Eflags.AF));
    }

    @Test
    void shlOfAByteByItsWidthShiftsTheLastBitIntoCarry() {
        check(0x00, "CF PF ZF", shifts.apply(ShiftOps.SHL, 0x01, 8, 1, 0));
        check(0x00, "PF ZF", shifts.apply(ShiftOps.SHL, 0x01, 9, 1, 0));
    }

    @Test
    void shrByOneTakesOverflowFromTheOriginalTopBit() {
        check(0x40, "CF OF", shifts.apply(ShiftOps.SHR, 0x81, 1, 1, 0));
        check(0x0001, "CF", shifts.apply(ShiftOps.SHR, 0x0003, 1, 2, 0));
    }

    @Test
    void sarKeepsTheSignAndClearsOverflow() {
        check(0xC0, "CF PF SF", shifts.apply(ShiftOps.SAR, 0x81, 1, 1, Eflags.OF));
        check(0xFF, "PF SF", shifts.apply(ShiftOps.SAR, 0x80, 7, 1, 0));
        check(0xFF, "CF PF SF", shifts.apply(ShiftOps.SAR, 0x80, 31, 1, 0));
        check(0xFFFFFFFF, "PF SF", shifts.apply(ShiftOps.SAR, 0x80000000, 31, 4, 0));  // bit 30, shifted out last, is 0
    }

    @Test
    void rolRotatesTheTopBitIntoCarryAndBit0() {
        check(0x03, "CF OF", shifts.apply(ShiftOps.ROL, 0x81, 1, 1, 0));
        check(0x81, "CF", shifts.apply(ShiftOps.ROL, 0x81, 8, 1, 0));
        check(0x23456781, "CF", shifts.apply(ShiftOps.ROL, 0x12345678, 4, 4, 0));
    }

    @Test
    void rolAndRorLeaveSignZeroParityAlone() {
        check(0x02, "PF ZF SF", shifts.apply(ShiftOps.ROL, 0x01, 1, 1, Eflags.ZF | Eflags.SF | Eflags.PF));
    }

    @Test
    void rorRotatesBit0IntoCarryAndTheTop() {
        check(0x80, "CF OF", shifts.apply(ShiftOps.ROR, 0x01, 1, 1, 0));
        check(0x8000, "CF OF", shifts.apply(ShiftOps.ROR, 0x0001, 1, 2, 0));
        check(0xC0, "CF", shifts.apply(ShiftOps.ROR, 0x03, 2, 1, 0));
    }

    @Test
    void rclRotatesThroughCarry() {
        check(0x00, "CF OF", shifts.apply(ShiftOps.RCL, 0x80, 1, 1, 0));
        check(0x01, "", shifts.apply(ShiftOps.RCL, 0x00, 1, 1, Eflags.CF));
        check(0x80000000, "OF", shifts.apply(ShiftOps.RCL, 0x40000000, 1, 4, 0));
    }

    @Test
    void rclOfAByteByNineIsAFullTurn() {
        check(0x5A, "CF", shifts.apply(ShiftOps.RCL, 0x5A, 9, 1, Eflags.CF));
        check(0x5A, "", shifts.apply(ShiftOps.RCL, 0x5A, 17, 2, 0));
    }

    @Test
    void rcrTakesOverflowBeforeTheRotate() {
        check(0x80, "CF OF", shifts.apply(ShiftOps.RCR, 0x01, 1, 1, Eflags.CF));
        check(0x00, "CF", shifts.apply(ShiftOps.RCR, 0x00000001, 1, 4, 0));
        check(0x40, "OF", shifts.apply(ShiftOps.RCR, 0x80, 1, 1, 0));
    }
}
