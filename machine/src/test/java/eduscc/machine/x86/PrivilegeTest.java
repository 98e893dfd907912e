package eduscc.machine.x86;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eduscc.machine.cpu.CpuFault;
import eduscc.machine.cpu.Vector;
import eduscc.machine.trace.TraceEvent;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Privileged instructions at CPL 3 raise #GP(0) (SDM Vol. 3A §5.9 "Privileged Instructions"), and
 * CLI, STI, IN and OUT need CPL ≤ IOPL; the fault reaches the ring-0 handler through the IDT with
 * a stack switch to the TSS's ESP0.
 */
class PrivilegeTest {
    @ParameterizedTest(name = "{1} at CPL 3 raises #GP(0)")
    @CsvSource({
        "F4, HLT",
        "FA, CLI",
        "FB, STI",
        "0F 22 D8, MOV CR3",
        "0F 20 C0, MOV from CR0",
        "0F 01 15 00 80 00 00, LGDT",
        "0F 01 1D 00 80 00 00, LIDT",
        "0F 00 D8, LTR",
        "0F 00 D0, LLDT",
        "0F 06, CLTS",
        "0F 01 F0, LMSW",
        "0F 01 3D 00 80 00 00, INVLPG",
        "0F 08, INVD",
        "0F 09, WBINVD",
        "E6 E9, OUT",
        "EC, IN",
    })
    void privilegedInstructionInRing3RaisesGp(String code, String name) {
        TestMachine m = TestMachine.protectedMode("");
        m.enterRing3(code);
        CpuFault f = m.fault();
        assertEquals(Vector.GP, f.vector(), name);
        assertEquals(0, f.errorCode());
        assertEquals(TestMachine.USER_CODE, m.regs.eip);
    }

    @Test
    void gpFromRing3IsDeliveredToTheRing0HandlerOnTheTssStack() {
        TestMachine m = TestMachine.protectedMode("");
        m.enterRing3("90  F4");
        assertEquals("core 0: halted", m.runUntilStopped());
        List<TraceEvent.InterruptDelivered> delivered = m.events(TraceEvent.InterruptDelivered.class);
        assertEquals(1, delivered.size());
        TraceEvent.InterruptDelivered d = delivered.get(0);
        assertEquals(Vector.GP, d.vector());
        assertEquals(0, d.errorCode());
        assertEquals(3, d.fromCpl());
        assertEquals(0, d.toCpl());
        assertEquals(TestMachine.USER_CODE + 1, d.returnEip(), "EIP of the HLT, not past it");
        assertEquals(TestMachine.HANDLERS + 13 * 16 + 1, m.regs.eip, "the #GP handler's own HLT stopped the core");
        assertEquals(TestMachine.RING0_STACK - 24, m.regs.esp(), "SS, ESP, EFLAGS, CS, EIP and the error code");
    }

    @Test
    void smswAndSgdtAreNotPrivileged() {
        TestMachine m = TestMachine.protectedMode("");
        m.enterRing3("0F 01 E0  0F 01 05 00 80 00 00");                       // smsw eax ; sgdt [0x8000]
        m.core.segmentation().loadData(eduscc.machine.cpu.Registers.DS, TestMachine.DATA3);
        m.steps(2);
        assertEquals(TestMachine.GDT, m.read32(0x8002));
    }
}
