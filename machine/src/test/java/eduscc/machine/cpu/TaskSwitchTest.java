package eduscc.machine.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.machine.cpu.tables.Tss32;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** SDM Vol. 3A §7.3: the hardware task switch, checked on the TSS bytes in memory. */
class TaskSwitchTest {
    private final ProtectedModeFixture f = new ProtectedModeFixture();

    @BeforeEach
    void twoTasks() {
        f.core.systemInstructions().ltr(ProtectedModeFixture.TSS_A_SELECTOR);
        Tss32 next = new Tss32(0, 0x8000, 0x10, 0, 0, 0, 0, 0, 0x150000, Eflags.RESERVED_ONE | Eflags.IF,
            1, 2, 3, 4, 0x6000, 6, 7, 8, 0x10, 0x08, 0x10, 0x10, 0x10, 0x10, 0, false, 104);
        byte[] bytes = next.toBytes();
        for (int i = 0; i < bytes.length; i++) {
            f.memory.write(ProtectedModeFixture.TSS_B + i, 1, bytes[i]);
        }
    }

    @Test
    void ltrMarksTheTssBusy() {
        assertTrue(f.descriptor(5).isBusyTss());
        assertEquals(ProtectedModeFixture.TSS_A_SELECTOR, f.regs.tr.selector());
    }

    @Test
    void farJumpToATssSavesTheOldTaskAndLoadsTheNew() {
        f.regs.set(Registers.EAX, 0xAAAA);
        f.regs.eip = 0x120000;
        f.core.systemInstructions().farJump(ProtectedModeFixture.TSS_B_SELECTOR, 0, true);
        assertEquals(0xAAAA, f.memory.read(ProtectedModeFixture.TSS_A + Tss32.EAX, 4), "old EAX saved");
        assertEquals(0x120000, f.memory.read(ProtectedModeFixture.TSS_A + Tss32.EIP, 4), "old EIP saved");
        assertEquals(0x150000, f.regs.eip);
        assertEquals(1, f.regs.get(Registers.EAX));
        assertEquals(0x6000, f.regs.esp());
        assertEquals(ProtectedModeFixture.TSS_B_SELECTOR, f.regs.tr.selector());
        assertTrue((f.regs.cr0 & ControlBits.CR0_TS) != 0, "CR0.TS is set by every task switch");
    }

    @Test
    void theSixSegmentLoadsArePartOfTheTaskSwitchEventNotEventsOfTheirOwn() {
        long before = f.core.traceLog().size();
        f.core.systemInstructions().farJump(ProtectedModeFixture.TSS_B_SELECTOR, 0, true);
        java.util.List<String> kinds = f.core.traceLog().forCore(f.core.pid()).stream().skip(before)
            .map(e -> e.event().getClass().getSimpleName()).toList();
        assertEquals(java.util.List.of("TaskSwitch"), kinds, "one event for the whole switch");
        assertEquals(0x08, f.regs.cs().selector(), "yet CS was loaded");
        assertEquals(0x10, f.regs.ds().selector(), "and DS");
        f.core.segmentation().loadData(Registers.ES, 0x10);
        assertEquals("SegmentLoad", f.core.traceLog().forCore(f.core.pid()).get((int) before + 1).event().getClass().getSimpleName(),
            "a MOV to a segment register after the switch is an event again");
    }

    @Test
    void aTaskSwitchLoadsCr3AndSoFlushesBothTlbs() {
        f.core.memory().caches().rememberTranslation(0x120, true);
        f.core.memory().caches().rememberTranslation(0x9, false);
        f.core.systemInstructions().farJump(ProtectedModeFixture.TSS_B_SELECTOR, 0, true);
        assertEquals(0, f.core.memory().caches().of(eduscc.machine.cache.Level.ITLB).occupied()
            + f.core.memory().caches().of(eduscc.machine.cache.Level.DTLB).occupied(),
            "the switch loaded CR3 from the new TSS, which drops every translation");
    }

    @Test
    void jumpClearsTheOldBusyBitAndSetsTheNew() {
        f.core.systemInstructions().farJump(ProtectedModeFixture.TSS_B_SELECTOR, 0, true);
        assertFalse(f.descriptor(5).isBusyTss(), "JMP leaves the old task available");
        assertTrue(f.descriptor(6).isBusyTss());
        assertFalse((f.regs.eflags & Eflags.NT) != 0, "JMP does not nest");
    }

    @Test
    void jumpToABusyTaskRaisesGp() {
        CpuFault fault = assertThrows(CpuFault.class,
            () -> f.core.systemInstructions().farJump(ProtectedModeFixture.TSS_A_SELECTOR, 0, true));
        assertEquals(Vector.GP, fault.vector());
        assertEquals(ProtectedModeFixture.TSS_A_SELECTOR, fault.errorCode());
    }

    @Test
    void interruptThroughTaskGateNestsAndIretReturns() {
        f.gate(0x50, eduscc.machine.cpu.tables.GateDescriptor.taskGate(
            eduscc.machine.cpu.tables.Selector.of(ProtectedModeFixture.TSS_B_SELECTOR), 0));
        f.regs.eip = 0x120000;
        f.core.interrupts().gates().deliver(0x50, CpuFault.NO_ERROR_CODE, Interrupts.Source.EXTERNAL);
        assertTrue((f.regs.eflags & Eflags.NT) != 0, "the new task is nested");
        assertEquals(ProtectedModeFixture.TSS_A_SELECTOR, f.memory.read(ProtectedModeFixture.TSS_B + Tss32.LINK, 2));
        assertTrue(f.descriptor(5).isBusyTss(), "an interrupt keeps the old task busy");
        f.core.interrupts().gates().iret(true);
        assertEquals(ProtectedModeFixture.TSS_A_SELECTOR, f.regs.tr.selector());
        assertEquals(0x120000, f.regs.eip);
        assertFalse(f.descriptor(6).isBusyTss(), "IRET frees the task it leaves");
    }

    @Test
    void ltrOfABusyTssRaisesGp() {
        CpuFault fault = assertThrows(CpuFault.class,
            () -> f.core.systemInstructions().ltr(ProtectedModeFixture.TSS_A_SELECTOR));
        assertEquals(Vector.GP, fault.vector());
        assertEquals(ProtectedModeFixture.TSS_A_SELECTOR, fault.errorCode());
    }

    @Test
    void tssShorterThan104BytesRaisesTs() {
        f.descriptor(6, eduscc.machine.cpu.tables.SegmentDescriptor.tss32(ProtectedModeFixture.TSS_B, 0x60, 0));
        CpuFault fault = assertThrows(CpuFault.class,
            () -> f.core.systemInstructions().farJump(ProtectedModeFixture.TSS_B_SELECTOR, 0, true));
        assertEquals(Vector.TS, fault.vector());
    }

    @Test
    void ring3MayNotJumpToAKernelTss() {
        f.enterRing3(0x200000);
        CpuFault fault = assertThrows(CpuFault.class,
            () -> f.core.systemInstructions().farJump(ProtectedModeFixture.TSS_B_SELECTOR | 3, 0, true));
        assertEquals(Vector.GP, fault.vector());
    }

    @Test
    void missingNewTssPageFaultsBeforeTheOldTaskIsTouched() {
        int directory = 0x10000;
        int table = 0x11000;
        f.memory.write(directory, 4, table | Paging.P | Paging.RW);
        for (int page = 0; page < 1024; page++) {
            boolean tssB = page == ProtectedModeFixture.TSS_B >>> 12;
            f.memory.write(table + page * 4, 4, tssB ? 0 : (page << 12) | Paging.P | Paging.RW);
        }
        f.descriptor(6, eduscc.machine.cpu.tables.SegmentDescriptor.tss32(0x5000, 0x67, 0));
        f.memory.write(table + 5 * 4, 4, 0);
        f.regs.cr3 = directory;
        f.regs.cr0 |= ControlBits.CR0_PG;
        f.memory.write(ProtectedModeFixture.TSS_A + Tss32.EAX, 4, 0x5A5A);
        CpuFault fault = assertThrows(CpuFault.class,
            () -> f.core.systemInstructions().farJump(ProtectedModeFixture.TSS_B_SELECTOR, 0, true));
        assertEquals(Vector.PF, fault.vector());
        assertTrue(f.descriptor(5).isBusyTss(), "the running task is still busy");
        assertEquals(0x5A5A, f.memory.read(ProtectedModeFixture.TSS_A + Tss32.EAX, 4), "the old TSS is untouched");
        assertEquals(ProtectedModeFixture.TSS_A_SELECTOR, f.regs.tr.selector());
    }

    @Test
    void newTaskWhoseCsRplDoesNotMatchItsDplFaults() {
        f.memory.write(ProtectedModeFixture.TSS_B + Tss32.CS, 2, ProtectedModeFixture.USER_CODE & ~3);
        CpuFault fault = assertThrows(CpuFault.class,
            () -> f.core.systemInstructions().farJump(ProtectedModeFixture.TSS_B_SELECTOR, 0, true));
        assertEquals(Vector.TS, fault.vector(), "user code with RPL 0 must not run at CPL 0");
    }
}
