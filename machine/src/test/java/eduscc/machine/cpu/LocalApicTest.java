package eduscc.machine.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** SDM Vol. 3A ch. 10, as the kernel uses the APIC: timer, LINT pins, priorities, EOI. */
class LocalApicTest {
    private final LocalApic apic = new LocalApic(0);

    private void enable() {
        apic.write(LocalApic.SVR, LocalApic.SVR_ENABLE | 0x7F, 0);
    }

    @Test
    void divideRegisterEncodingsGiveTheSdmDivisors() {
        int[][] table = {{0x0, 2}, {0x1, 4}, {0x2, 8}, {0x3, 16}, {0x8, 32}, {0x9, 64}, {0xA, 128}, {0xB, 1}};
        for (int[] row : table) {
            apic.write(LocalApic.TIMER_DIVIDE, row[0], 0);
            assertEquals(row[1], apic.divisor(), "divide configuration 0x" + Integer.toHexString(row[0]));
        }
    }

    @Test
    void periodicTimerRaisesItsVectorEveryPeriod() {
        enable();
        apic.write(LocalApic.TIMER_DIVIDE, 0xB, 0);
        apic.write(LocalApic.LVT_TIMER, LocalApic.LVT_PERIODIC | 123, 0);
        apic.write(LocalApic.TIMER_INITIAL, 1000, 0);
        apic.advanceTimer(999);
        assertFalse(apic.isPending(123), "not yet at cycle 999");
        apic.advanceTimer(1000);
        assertTrue(apic.isPending(123));
        assertEquals(2000, apic.timerDeadline(), "periodic: the next deadline one period later");
        assertEquals(500, apic.read(LocalApic.TIMER_CURRENT, 1500));
    }

    @Test
    void oneShotTimerFiresOnce() {
        enable();
        apic.write(LocalApic.TIMER_DIVIDE, 0xB, 0);
        apic.write(LocalApic.LVT_TIMER, 123, 0);
        apic.write(LocalApic.TIMER_INITIAL, 100, 0);
        apic.advanceTimer(100);
        assertEquals(Long.MAX_VALUE, apic.timerDeadline());
    }

    @Test
    void maskedTimerRaisesNothingAndIsNotArmed() {
        enable();
        apic.write(LocalApic.LVT_TIMER, LocalApic.LVT_MASKED | LocalApic.LVT_PERIODIC | 123, 0);
        apic.write(LocalApic.TIMER_INITIAL, 10, 0);
        apic.advanceTimer(100);
        assertFalse(apic.isPending(123));
        assertFalse(apic.timerArmed());
    }

    @Test
    void lint0RisingEdgeRaisesTheVectorOfItsLvtEntry() {
        enable();
        apic.write(LocalApic.LVT_LINT0, 124, 0);
        apic.lint(0, true);
        assertTrue(apic.isPending(124));
        apic.accept(124);
        apic.lint(0, true);
        assertFalse(apic.isPending(124), "a level that stays high is not a new edge");
    }

    @Test
    void lint1WithNmiDeliveryModeRaisesNmi() {
        enable();
        apic.write(LocalApic.LVT_LINT1, 4 << 8, 0);
        apic.lint(1, true);
        assertTrue(apic.nmiPending());
    }

    @Test
    void softwareDisabledApicRaisesNothing() {
        apic.write(LocalApic.LVT_LINT1, 4 << 8, 0);
        apic.write(LocalApic.LVT_TIMER, 123, 0);
        apic.write(LocalApic.TIMER_INITIAL, 10, 0);
        apic.lint(0, true);
        apic.lint(1, true);
        apic.advanceTimer(100);
        assertFalse(apic.nmiPending());
        assertEquals(-1, apic.highestDeliverable(), "until SVR bit 8 is set every local vector is masked");
    }

    @Test
    void resetReturnsToThePowerUpState() {
        enable();
        apic.write(LocalApic.LVT_TIMER, LocalApic.LVT_PERIODIC | 123, 0);
        apic.write(LocalApic.TIMER_INITIAL, 1000, 0);
        apic.setIrr(0x80);
        apic.reset();
        assertFalse(apic.enabled());
        assertEquals(Long.MAX_VALUE, apic.timerDeadline());
        assertFalse(apic.isPending(0x80));
        assertEquals(LocalApic.LVT_MASKED, apic.read(LocalApic.LVT_TIMER, 0));
    }

    @Test
    void vectorInServiceBlocksItsPriorityClassUntilEoi() {
        enable();
        apic.setIrr(0x7B);
        apic.accept(0x7B);
        apic.setIrr(0x7C);
        assertEquals(-1, apic.highestDeliverable(), "0x7C is in the same class as 0x7B in service");
        apic.write(LocalApic.EOI, 0, 0);
        assertEquals(0x7C, apic.highestDeliverable());
    }

    @Test
    void taskPriorityHoldsOffLowerClasses() {
        enable();
        apic.write(LocalApic.TPR, 0x80, 0);
        apic.setIrr(0x7B);
        assertEquals(-1, apic.highestDeliverable());
        apic.setIrr(0x91);
        assertEquals(0x91, apic.highestDeliverable());
    }

    @Test
    void thePendingCountFollowsTheIrrBitsAndKeepsTheDeliveryOrder() {
        assertEquals(-1, apic.highestDeliverable(), "nothing pending after power-up");
        apic.setIrr(0x40);
        apic.setIrr(0x40);
        apic.setIrr(0x91);
        apic.setIrr(0x22);
        apic.setIrr(0x05);
        assertEquals(3, apic.pendingCount(), "a second request for 0x40 is the same bit; vectors below 16 are ignored");
        int[] order = new int[3];
        for (int i = 0; i < order.length; i++) {
            order[i] = apic.highestDeliverable();
            apic.accept(order[i]);
            apic.write(LocalApic.EOI, 0, 0);
        }
        assertEquals(0x91, order[0]);
        assertEquals(0x40, order[1]);
        assertEquals(0x22, order[2]);
        assertEquals(0, apic.pendingCount());
        assertEquals(-1, apic.highestDeliverable());
    }

    @Test
    void acceptingAVectorThatIsNotPendingLeavesTheCountAlone() {
        apic.setIrr(0x30);
        apic.accept(0x50);
        assertEquals(1, apic.pendingCount());
        assertEquals(1 << 16, apic.read(LocalApic.IRR + 0x10, 0), "vector 0x30 is still pending: IRR word 1, bit 16");
        apic.reset();
        assertEquals(0, apic.pendingCount());
        assertEquals(-1, apic.highestDeliverable());
    }
}
