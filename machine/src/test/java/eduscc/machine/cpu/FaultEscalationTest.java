package eduscc.machine.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.machine.cpu.tables.GateDescriptor;
import eduscc.machine.cpu.tables.Selector;
import eduscc.machine.trace.TraceEvent;
import org.junit.jupiter.api.Test;

/** SDM Vol. 3A §6.15 "Interrupt 8": contributory faults in a row make a #DF; a fault then shuts down. */
class FaultEscalationTest {
    private final ProtectedModeFixture f = new ProtectedModeFixture();

    @Test
    void gpWhoseGateIsMissingBecomesADoubleFault() {
        f.gate(Vector.DF, GateDescriptor.interruptGate(Selector.of(0x08), 0x108000, 0));
        f.core.interrupts().deliverFault(CpuFault.gp(0, "test"));
        assertEquals(0x108000, f.regs.eip, "the #DF handler runs");
        assertEquals(0, f.stackWord(f.regs.esp()), "#DF pushes error code 0");
    }

    @Test
    void faultWhileDeliveringADoubleFaultShutsTheCoreDown() {
        CoreStopped stop = assertThrows(CoreStopped.class,
            () -> f.core.interrupts().deliverFault(CpuFault.gp(0, "test")));
        assertEquals(CoreState.SHUTDOWN, f.core.state());
        TraceEvent.TripleFault triple = f.trace.events(TraceEvent.TripleFault.class).get(0);
        assertTrue(triple.reason().contains("while delivering #DF"), triple.reason());
        assertTrue(stop.getMessage().contains("triple fault"));
    }

    @Test
    void benignExceptionFollowedByAFaultIsHandledSerially() {
        f.gate(Vector.GP, GateDescriptor.interruptGate(Selector.of(0x08), 0x10D000, 0));
        f.core.interrupts().deliverFault(CpuFault.ud("test"));
        assertEquals(0x10D000, f.regs.eip, "#UD's missing gate raises #GP, which is delivered normally");
    }

    @Test
    void notPresentGateRaisesNpWithTheIdtIndexAndExt() {
        f.gate(0x41, new GateDescriptor(Selector.of(0x08), 0x101000,
            eduscc.machine.cpu.tables.GateType.INTERRUPT32, 0, false, 0));
        CpuFault fault = assertThrows(CpuFault.class,
            () -> f.core.interrupts().gates().deliver(0x41, CpuFault.NO_ERROR_CODE, Interrupts.Source.EXTERNAL));
        assertEquals(Vector.NP, fault.vector());
        assertEquals(0x41 * 8 + 2 + 1, fault.errorCode(), "IDT bit and EXT bit set for a hardware interrupt");
    }

    @Test
    void realModeInterruptUsesTheVectorTable() {
        f.regs.cr0 &= ~ControlBits.CR0_PE;
        f.regs.idtrBase = 0;
        f.regs.idtrLimit = 0x3FF;
        f.core.segmentation().loadData(Registers.SS, 0);
        f.regs.setEsp(0x8000);
        f.memory.write(0x21 * 4, 2, 0x1234);
        f.memory.write(0x21 * 4 + 2, 2, 0xF000);
        f.regs.eip = 0x0100;
        f.core.interrupts().gates().deliver(0x21, CpuFault.NO_ERROR_CODE, Interrupts.Source.SOFTWARE);
        assertEquals(0xF000, f.regs.cs().selector());
        assertEquals(0xF0000, f.regs.cs().base());
        assertEquals(0x1234, f.regs.eip);
        assertEquals(0x0100, f.memory.read(0x8000 - 6, 2), "IP pushed last");
    }

    @Test
    void aSecondNmiWaitsForTheIretOfTheFirst() {
        f.gate(Vector.NMI, GateDescriptor.interruptGate(Selector.of(0x08), 0x10E000, 0));
        f.core.apic().write(LocalApic.SVR, LocalApic.SVR_ENABLE, 0);
        f.core.apic().write(LocalApic.LVT_LINT1, 4 << 8, 0);
        f.core.apic().lint(1, true);
        f.core.apic().lint(1, false);
        assertTrue(f.core.interrupts().takePending(), "the first NMI is taken");
        f.core.apic().lint(1, true);
        assertFalse(f.core.interrupts().takePending(), "the second waits: NMIs are blocked until IRET");
        f.core.interrupts().gates().iret(true);
        assertTrue(f.core.interrupts().takePending(), "after IRET the pending NMI is taken");
    }
}
