package eduscc.machine.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eduscc.machine.cost.InstructionCosts;
import eduscc.machine.cpu.tables.GateDescriptor;
import eduscc.machine.cpu.tables.Selector;
import org.junit.jupiter.api.Test;

/**
 * RDTSC returns the time stamp counter as the instruction executes (SDM Vol. 2 "RDTSC"), not
 * the time after an interrupt taken at the boundary that follows it: a benchmark that reads the
 * TSC must not see the handler's cycles in its own sample.
 */
class TimestampTest {
    private static final int TIMER_HANDLER = 0x101000;
    private static final int HANDLER_WORK = 500;
    private final ProtectedModeFixture f = new ProtectedModeFixture();
    private final Operations ops = f.core.ops();

    @Test
    void rdtscInterruptedAtItsBoundaryReturnsTheTimeItExecutedAt() {
        int[] ticks = {0};
        f.gate(123, GateDescriptor.interruptGate(Selector.of(0x08), TIMER_HANDLER, 0));
        f.core.bind(TIMER_HANDLER, "timer", () -> {
            ticks[0]++;
            ops.work(HANDLER_WORK);
            ops.write32(LocalApic.BASE + LocalApic.EOI, 0);
            ops.iret();
        });
        ops.write32(LocalApic.BASE + LocalApic.SVR, 0x1FF);
        ops.write32(LocalApic.BASE + LocalApic.TIMER_DIVIDE, 0xB);
        ops.write32(LocalApic.BASE + LocalApic.LVT_TIMER, 123);
        ops.write32(LocalApic.BASE + LocalApic.TIMER_INITIAL, 10);
        ops.work(100);
        ops.sti();
        long atTheInstruction = f.core.cycles();
        long tsc = ops.rdtsc();
        assertEquals(1, ticks[0], "the pending timer interrupt was taken at RDTSC's boundary (STI shadowed one boundary)");
        assertEquals(atTheInstruction, tsc, "RDTSC read the counter when it executed, before the timer handler ran");
    }

    @Test
    void twoReadsInARowDifferByTheCostOfRdtsc() {
        long first = ops.rdtsc();
        long second = ops.rdtsc();
        assertEquals(InstructionCosts.RDTSC, second - first);
    }
}
