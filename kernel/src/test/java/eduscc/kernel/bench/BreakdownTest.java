package eduscc.kernel.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eduscc.kernel.arch.InterruptPath;
import eduscc.machine.cpu.CycleLedger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The median sample of each benchmark taken apart: every cycle in exactly one part, the parts in
 * path order, the values those a lecturer can add up from the cost table.
 */
class BreakdownTest {
    private static final int SWITCHES = 101;

    /**
     * A timer tick that switches tasks by a far JMP to the next TSS, from the cost table
     * (InstructionCosts, facts p54c-costs.md), private memory adding no stall (warm: every line
     * and page of the path is in L1 and the TLBs):
     * <ul>
     *   <li>task code 32: the interrupted task's last stored reading is one iteration old: the
     *       RDTSC that took it 14 (its counter is read before its own clocks), the load of the
     *       other task's word 1, the store 1, the next RDTSC 14 and the load after it 1, at whose
     *       boundary the tick is taken (that iteration's reading is never stored); then, in the
     *       task switched to, the load that finds the new reading 1 (the RDTSC it takes again
     *       counts from before its own clocks);</li>
     *   <li>interrupt delivery 95: an external interrupt through a ring-0 interrupt gate at CPL 0;</li>
     *   <li>entry stub 33: isr123 push, push, jmp (3); common_stub PUSHA 5, push es 1, push ds 1,
     *       mov eax 1, mov ds 10, mov es 10, push esp 1, call 1 (30);</li>
     *   <li>handler 7: irq_handler reads its argument and int_no, eip, cs, eflags of the frame
     *       (5 MOVs), and RETs (2) in the task switched to;</li>
     *   <li>EOI 1: one MOV to the APIC's EOI register;</li>
     *   <li>lock 94: the ready queues' irqsave spinlock taken and released twice (to choose, and in
     *       finish_task_switch), each time PUSHFD+POP 4, CLI 7, XCHG of the lock word 35 (SCC,
     *       measured [BF]) and the MOV that clears it 1; IF was already off, so no STI;</li>
     *   <li>scheduler 77: PUSHFD+POP 4, CLI 7, BSR of prioBitmap 0x10000 (7 + 2 for each of the
     *       15 bits above bit 16 = 37), and 29 one-cycle MOVs loading and storing the fields of
     *       readyqueues_t and task_t (Scheduling.choose, ReadyQueues, finish_task_switch);</li>
     *   <li>switch 90: the MOV loading the next task's TSS selector from its task_t 1, the 16-bit
     *       MOV patching the JMP's selector 1, JMP FAR 3 and the task switch 85;</li>
     *   <li>exit stub 31: add esp 1, pop ds 12, pop es 12, POPA 5, add esp 1;</li>
     *   <li>IRET 10: to the same privilege.</li>
     * </ul>
     */
    @Test
    void theHardwareSwitchAddsUpFromTheCostTable() {
        Measurement m = ContextSwitchBenchmark.measure(true, SWITCHES, false);
        assertEquals(List.of(
            new Breakdown.Part(CycleLedger.TASK_CODE, 32, 0),
            new Breakdown.Part(CycleLedger.INTERRUPT_DELIVERY, 95, 0),
            new Breakdown.Part(InterruptPath.ENTRY_STUB, 33, 0),
            new Breakdown.Part(InterruptPath.HANDLER, 7, 0),
            new Breakdown.Part(InterruptPath.EOI, 1, 0),
            new Breakdown.Part(InterruptPath.LOCK, 94, 0),
            new Breakdown.Part(InterruptPath.SCHEDULER, 77, 0),
            new Breakdown.Part(InterruptPath.SWITCH, 90, 0),
            new Breakdown.Part(InterruptPath.EXIT_STUB, 31, 0),
            new Breakdown.Part(InterruptPath.IRET, 10, 0)), m.medianBreakdown().parts());
        assertEquals(470, m.samples().median());
    }

    @ParameterizedTest(name = "hardware switch: {0}")
    @ValueSource(booleans = {true, false})
    void theMedianSwitchIsTakenApartCompletelyInPathOrder(boolean hardwareSwitch) {
        Measurement m = ContextSwitchBenchmark.measure(hardwareSwitch, SWITCHES, false);
        Breakdown median = m.medianBreakdown();
        assertEquals(m.samples().median(), median.total(), "the parts add up to the median sample");
        assertEquals(List.of(CycleLedger.TASK_CODE, CycleLedger.INTERRUPT_DELIVERY, InterruptPath.ENTRY_STUB,
            InterruptPath.HANDLER, InterruptPath.EOI, InterruptPath.LOCK, InterruptPath.SCHEDULER, InterruptPath.SWITCH,
            InterruptPath.EXIT_STUB, InterruptPath.IRET), median.components());
        long[] cycles = m.samples().cycles();
        for (int i = 0; i < cycles.length; i++) {
            assertEquals(cycles[i], m.breakdowns().get(i).total(), "sample " + i + " is taken apart completely");
        }
    }

    @Test
    void getpidIsTheIntTheStubsTheHandlerAndTheIret() {
        Measurement m = SyscallBenchmark.getpidCalls(50, false);
        Breakdown median = m.medianBreakdown();
        assertEquals(m.samples().median(), median.total());
        assertEquals(List.of(CycleLedger.TASK_CODE, CycleLedger.INT_DELIVERY, InterruptPath.ENTRY_STUB,
            InterruptPath.HANDLER, InterruptPath.EXIT_STUB, InterruptPath.IRET), median.components());
        assertEquals(48, median.cyclesOf(CycleLedger.INT_DELIVERY), "INT from ring 3 to ring 0");
        assertEquals(27, median.cyclesOf(InterruptPath.IRET), "IRET back to ring 3");
    }

    @Test
    void coldFlushesTheCachesOnceBeforeEachSample() {
        assertEquals(SWITCHES, ContextSwitchBenchmark.measure(true, SWITCHES, true).cacheFlushes());
        assertEquals(0, ContextSwitchBenchmark.measure(true, SWITCHES, false).cacheFlushes());
        assertEquals(50, SyscallBenchmark.getpidCalls(50, true).cacheFlushes());
    }

    @Test
    void twoRunsTakeTheirSamplesApartTheSameWay() {
        Measurement first = ContextSwitchBenchmark.measure(false, SWITCHES, false);
        Measurement second = ContextSwitchBenchmark.measure(false, SWITCHES, false);
        assertEquals(first.breakdowns(), second.breakdowns());
    }
}
