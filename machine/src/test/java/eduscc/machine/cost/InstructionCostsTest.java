package eduscc.machine.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * BSR costs 7-71 cycles for a 32-bit operand and 7-39 for a 16-bit one [NG]; facts/p54c-costs.md
 * ("Corrections and open parameters"): 7 + 2 per bit scanned fits both ends.
 */
class InstructionCostsTest {
    @Test
    void bsrOfTheTopBitScansNothingAndCostsSeven() {
        assertEquals(7, InstructionCosts.bsr(0x8000_0000, 4));
        assertEquals(7, InstructionCosts.bsr(0x8000, 2));
    }

    @Test
    void bsrOfZeroScansEveryBitAndCostsTheTopOfTheRange() {
        assertEquals(71, InstructionCosts.bsr(0, 4), "32-bit BSR tops out at 71 [NG]");
        assertEquals(39, InstructionCosts.bsr(0, 2), "16-bit BSR tops out at 39 [NG]");
    }

    @Test
    void bsrCostsTwoPerBitScannedFromTheTop() {
        assertEquals(7 + 2 * 8, InstructionCosts.bsr(0x0080_0000, 4), "bit 23: eight bits above it scanned");
        assertEquals(7 + 2 * 31, InstructionCosts.bsr(1, 4));
    }
}
