package eduscc.machine.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.machine.cpu.tables.GateDescriptor;
import eduscc.machine.cpu.tables.SegmentDescriptor;
import eduscc.machine.cpu.tables.Selector;
import org.junit.jupiter.api.Test;

/** SDM Vol. 3A ch. 5 and 6: the checks a segment load and an interrupt delivery make. */
class PrivilegeRulesTest {
    private final ProtectedModeFixture f = new ProtectedModeFixture();

    @Test
    void segmentLoadSetsTheAccessedBitInTheGdt() {
        assertTrue(f.descriptor(2).isAccessed(), "loading DS at set-up must have marked kernel data accessed");
        assertEquals(0x93, f.descriptor(2).accessByte());
    }

    @Test
    void loadingANotPresentDataSegmentRaisesNpWithTheSelector() {
        SegmentDescriptor absent = new SegmentDescriptor(0, 0xFFFFF, 0x2, true, 0, false, false, true, true);
        f.descriptor(4, absent);
        CpuFault fault = assertThrows(CpuFault.class, () -> f.core.segmentation().loadData(Registers.ES, 0x20));
        assertEquals(Vector.NP, fault.vector());
        assertEquals(0x20, fault.errorCode());
    }

    @Test
    void ring3MayNotLoadAKernelDataSegment() {
        f.enterRing3(0x200000);
        CpuFault fault = assertThrows(CpuFault.class,
            () -> f.core.segmentation().loadData(Registers.ES, ProtectedModeFixture.KERNEL_DATA));
        assertEquals(Vector.GP, fault.vector());
        assertEquals(ProtectedModeFixture.KERNEL_DATA, fault.errorCode());
    }

    @Test
    void privilegedInstructionInRing3RaisesGpZero() {
        f.enterRing3(0x200000);
        CpuFault fault = assertThrows(CpuFault.class, () -> f.core.systemInstructions().lgdt(0, 0));
        assertEquals(Vector.GP, fault.vector());
        assertEquals(0, fault.errorCode());
    }

    @Test
    void softwareInterruptThroughKernelOnlyGateRaisesGpWithTheGateIndex() {
        f.gate(0x30, GateDescriptor.interruptGate(Selector.of(0x08), 0x101000, 0));
        f.enterRing3(0x200000);
        CpuFault fault = assertThrows(CpuFault.class,
            () -> f.core.interrupts().gates().deliver(0x30, CpuFault.NO_ERROR_CODE, Interrupts.Source.SOFTWARE));
        assertEquals(Vector.GP, fault.vector());
        assertEquals(0x30 * 8 + 2, fault.errorCode());
    }

    @Test
    void syscallFromRing3SwitchesToEsp0AndPushesTheSdmFrame() {
        f.gate(0x80, GateDescriptor.interruptGate(Selector.of(0x08), 0x101000, 3));
        f.enterRing3(0x200000);
        f.regs.eflags |= Eflags.IF;
        f.core.interrupts().gates().deliver(0x80, CpuFault.NO_ERROR_CODE, Interrupts.Source.SOFTWARE);
        int top = ProtectedModeFixture.KERNEL_STACK;
        assertEquals(top - 20, f.regs.esp(), "five dwords on the ring-0 stack");
        assertEquals(ProtectedModeFixture.USER_DATA, f.stackWord(top - 4), "old SS");
        assertEquals(ProtectedModeFixture.USER_STACK, f.stackWord(top - 8), "old ESP");
        assertTrue((f.stackWord(top - 12) & Eflags.IF) != 0, "old EFLAGS with IF");
        assertEquals(ProtectedModeFixture.USER_CODE, f.stackWord(top - 16), "old CS");
        assertEquals(0x200000, f.stackWord(top - 20), "old EIP");
        assertEquals(0, f.regs.cpl());
        assertEquals(0x101000, f.regs.eip);
        assertEquals(ProtectedModeFixture.KERNEL_DATA, f.regs.ss().selector());
    }

    @Test
    void interruptGateClearsIfAndTrapGateKeepsIt() {
        f.gate(0x40, GateDescriptor.interruptGate(Selector.of(0x08), 0x101000, 0));
        f.gate(0x41, GateDescriptor.trapGate(Selector.of(0x08), 0x102000, 0));
        f.regs.eflags |= Eflags.IF;
        f.core.interrupts().gates().deliver(0x40, CpuFault.NO_ERROR_CODE, Interrupts.Source.EXTERNAL);
        assertFalse(f.regs.interruptsEnabled(), "an interrupt gate clears IF");
        f.regs.eflags |= Eflags.IF;
        f.core.interrupts().gates().deliver(0x41, CpuFault.NO_ERROR_CODE, Interrupts.Source.EXTERNAL);
        assertTrue(f.regs.interruptsEnabled(), "a trap gate leaves IF set");
    }

    @Test
    void iretToRing3RestoresUserStackAndPrivilege() {
        f.gate(0x80, GateDescriptor.trapGate(Selector.of(0x08), 0x101000, 3));
        f.enterRing3(0x200000);
        f.core.interrupts().gates().deliver(0x80, CpuFault.NO_ERROR_CODE, Interrupts.Source.SOFTWARE);
        f.core.interrupts().gates().iret(true);
        assertEquals(3, f.regs.cpl());
        assertEquals(0x200000, f.regs.eip);
        assertEquals(ProtectedModeFixture.USER_STACK, f.regs.esp());
        assertEquals(ProtectedModeFixture.USER_DATA, f.regs.ss().selector());
    }

    @Test
    void cliAboveIoplRaisesGp() {
        f.enterRing3(0x200000);
        CpuFault fault = assertThrows(CpuFault.class, () -> f.core.systemInstructions().cli());
        assertEquals(Vector.GP, fault.vector());
    }

    @Test
    void pagingWithoutProtectionRaisesGp() {
        CpuFault fault = assertThrows(CpuFault.class,
            () -> f.core.systemInstructions().writeControl(0, ControlBits.CR0_PG));
        assertEquals(Vector.GP, fault.vector());
    }

    @Test
    void iretMayNotReturnToAMorePrivilegedRing() {
        f.enterRing3(0x200000);
        f.core.stack().push(Eflags.RESERVED_ONE, 4);
        f.core.stack().push(ProtectedModeFixture.KERNEL_CODE, 4);
        f.core.stack().push(0x100000, 4);
        f.regs.eflags &= ~Eflags.NT;
        CpuFault fault = assertThrows(CpuFault.class, () -> f.core.interrupts().gates().iret(true));
        assertEquals(Vector.GP, fault.vector());
        assertEquals(ProtectedModeFixture.KERNEL_CODE, fault.errorCode());
    }

    @Test
    void stackSegmentMustMatchTheCpl() {
        CpuFault fault = assertThrows(CpuFault.class,
            () -> f.core.segmentation().loadData(Registers.SS, ProtectedModeFixture.USER_DATA));
        assertEquals(Vector.GP, fault.vector());
        assertEquals(ProtectedModeFixture.USER_DATA & 0xFFFC, fault.errorCode());
    }

    @Test
    void cplStaysZeroBetweenSettingPeAndTheFarJump() {
        f.regs.cr0 &= ~ControlBits.CR0_PE;
        f.regs.setCpl(0);
        f.regs.cs().loadReal(0x07C3);
        f.core.systemInstructions().writeControl(0, f.regs.cr0 | ControlBits.CR0_PE);
        assertEquals(0, f.regs.cpl(), "CS still holds a real-mode value whose low bits are not a privilege");
        f.core.systemInstructions().farJump(ProtectedModeFixture.KERNEL_CODE, 0x100000, true);
        assertEquals(ProtectedModeFixture.KERNEL_CODE, f.regs.cs().selector());
    }

    @Test
    void faultingIretLeavesTheHandlerStackAsItWas() {
        f.gate(0x80, GateDescriptor.trapGate(Selector.of(0x08), 0x101000, 3));
        f.enterRing3(0x200000);
        f.core.interrupts().gates().deliver(0x80, CpuFault.NO_ERROR_CODE, Interrupts.Source.SOFTWARE);
        int esp = f.regs.esp();
        f.memory.write(esp + 16, 4, ProtectedModeFixture.KERNEL_DATA);
        CpuFault fault = assertThrows(CpuFault.class, () -> f.core.interrupts().gates().iret(true));
        assertEquals(Vector.GP, fault.vector(), "a ring-0 SS for a ring-3 return");
        assertEquals(esp, f.regs.esp(), "nothing was popped");
        assertEquals(0, f.regs.cpl());
        assertEquals(0x101000, f.regs.eip);
    }
}
