package eduscc.machine.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.machine.cpu.tables.GateDescriptor;
import eduscc.machine.cpu.tables.Selector;
import eduscc.machine.x86.Interpreter;
import org.junit.jupiter.api.Test;

/**
 * DESIGN §3: an interrupt taken while Java kernel code runs is delivered the SDM way, its
 * handler (bound Java code) runs nested on the same context, and after IRET the interrupted
 * Java code goes on from its resume address. A fault in an operation restarts the operation
 * once the handler returns, as x86 restarts a faulting instruction.
 */
class JavaInterruptTest {
    private static final int RESUME = 0x100000;
    private static final int TIMER_HANDLER = 0x101000;
    private static final int PAGE_FAULT_HANDLER = 0x102000;
    private final ProtectedModeFixture f = new ProtectedModeFixture();
    private final Operations ops = f.core.ops();

    @Test
    void timerInterruptRunsTheBoundHandlerAndReturnsToTheInterruptedCode() {
        int[] ticks = {0};
        f.gate(123, GateDescriptor.interruptGate(Selector.of(0x08), TIMER_HANDLER, 0));
        f.core.bind(TIMER_HANDLER, "timer", () -> {
            ticks[0]++;
            assertEquals(RESUME, f.stackWord(f.regs.esp()), "the interrupted EIP is on the stack");
            ops.write32(LocalApic.BASE + LocalApic.EOI, 0);
            ops.iret();
        });
        ops.write32(LocalApic.BASE + LocalApic.SVR, 0x1FF);
        ops.write32(LocalApic.BASE + LocalApic.TIMER_DIVIDE, 0xB);
        ops.write32(LocalApic.BASE + LocalApic.LVT_TIMER, 123);
        ops.write32(LocalApic.BASE + LocalApic.TIMER_INITIAL, 500);
        int espBefore = f.regs.esp();
        ops.sti();
        ops.work(1000);
        assertEquals(1, ticks[0], "the one-shot timer interrupted the work once");
        assertEquals(RESUME, f.regs.eip);
        assertEquals(espBefore, f.regs.esp(), "IRET removed the frame");
        assertTrue(f.regs.interruptsEnabled(), "IRET restored IF");
        assertEquals(0, f.core.apic().read(LocalApic.ISR + 0x30, f.core.cycles()), "EOI cleared the in-service bit");
    }

    @Test
    void pageFaultInAnOperationRestartsItAfterTheHandlerMapsThePage() {
        int directory = 0x10000;
        int table = 0x11000;
        int unmappedPage = 0x100;
        f.memory.write(directory, 4, table | Paging.P | Paging.RW);
        for (int page = 0; page < 1024; page++) {
            f.memory.write(table + page * 4, 4, page == unmappedPage ? 0 : (page << 12) | Paging.P | Paging.RW);
        }
        f.memory.write(0x100, 4, 0xCAFE);
        int[] faults = {0};
        f.gate(Vector.PF, GateDescriptor.interruptGate(Selector.of(0x08), PAGE_FAULT_HANDLER, 0));
        f.core.bind(PAGE_FAULT_HANDLER, "page fault", () -> {
            faults[0]++;
            int faulting = ops.readCr(2);
            f.memory.write(table + (faulting >>> 12) * 4, 4, Paging.P | Paging.RW);
            f.regs.setEsp(f.regs.esp() + 4);
            ops.iret();
        });
        f.regs.cr3 = directory;
        f.regs.cr0 |= ControlBits.CR0_PG;
        assertEquals(0xCAFE, ops.read32(0x100100), "linear page 0x100 ends up on frame 0");
        assertEquals(1, faults[0], "the first access faulted once, the restarted one succeeded");
        assertEquals(new eduscc.machine.trace.TraceEvent.PageFault(0x100100, 0),
            f.trace.events(eduscc.machine.trace.TraceEvent.PageFault.class).get(0), "not present, read, supervisor");
        assertEquals(RESUME, f.regs.eip);
    }

    /**
     * A handler in x86 that jumps to a task's entry leaves for another context; a core with no
     * engine has none to switch to, and says so instead of spinning there for ever.
     */
    @Test
    void aHandlerThatLeavesForAnotherContextOnACoreWithNoEngineIsAnError() {
        int stub = 0x103000;
        int taskEntry = 0x104000;
        f.core.setInstructionSet(new Interpreter());
        f.gate(0x40, GateDescriptor.interruptGate(Selector.of(0x08), stub, 0));
        f.memory.write(stub, 1, 0xE9);
        f.memory.write(stub + 1, 4, taskEntry - (stub + 5));
        f.core.bind(taskEntry, "task entry", () -> { });
        IllegalStateException error = assertThrows(IllegalStateException.class, () -> ops.intN(0x40));
        assertEquals("core 0: x86 run for Java code left for another context at 0x00104000 ESP 0x00008FF4,"
            + " but no switch took place (is an engine running this core?)", error.getMessage());
    }
}
