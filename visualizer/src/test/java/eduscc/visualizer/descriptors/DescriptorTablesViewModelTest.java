package eduscc.visualizer.descriptors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.kernel.arch.EntryStubs;
import eduscc.labs.debug.DebugSnapshot;
import eduscc.labs.debug.Session;
import eduscc.labs.scenario.ShippedLabs;
import eduscc.machine.trace.TraceEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The descriptor panel's model on real labs: every value decoded from the bytes in simulated memory. */
class DescriptorTablesViewModelTest {

    private static void runToCr0Pe(Session session) {
        session.runUntil(e -> e.event() instanceof TraceEvent.ModeSwitch, "CR0.PE");
    }

    private static void runToLtr(Session session) {
        session.runUntil(e -> e.event() instanceof TraceEvent.TableRegisterLoad t && t.register().equals("TR"), "LTR");
    }

    @Test
    void bootStubGdtIsNullFlatCodeAndFlatDataAtCr0Pe() {
        try (Session session = new Session(ShippedLabs.load("boot"))) {
            runToCr0Pe(session);
            DescriptorTablesViewModel vm = DescriptorTablesViewModel.of(session.snapshot(), null, 0);
            assertEquals("GDT at FFFFF048, limit 0017: 3 entries", vm.gdtHeader());
            assertEquals(List.of("null", "code, readable", "data, writable"), vm.gdt().stream().map(GdtRow::type).toList());
            GdtRow code = vm.gdt().get(1);
            assertEquals(0x08, code.selector());
            assertEquals("FF FF 00 00 00 9A CF 00", code.bytes());
            assertEquals(0, code.base());
            assertEquals(0xFFFFFFFFL, code.limit());
            assertEquals(0, code.dpl());
            assertTrue(code.granularity() && code.defaultBig() && code.present() && !code.system());
            assertTrue(vm.idt().isEmpty());
            assertEquals("IDT: no LIDT yet: IDTR holds its reset value", vm.idtHeader());
            assertTrue(vm.activeTss().fields().isEmpty());
            assertTrue(vm.activeTss().problem().contains("no 32-bit TSS"));
        }
    }

    @Test
    void farJumpSetsTheAccessedBitOfTheCodeDescriptorInMemory() {
        try (Session session = new Session(ShippedLabs.load("boot"))) {
            runToCr0Pe(session);
            DebugSnapshot atPe = session.snapshot();
            session.step();
            DescriptorTablesViewModel vm = DescriptorTablesViewModel.of(session.snapshot(), atPe, 0);
            assertEquals("code, readable, accessed", vm.gdt().get(1).type());
            assertTrue(vm.gdt().get(1).changed(), "the far jump wrote the A bit: the row is highlighted");
            assertFalse(vm.gdt().get(2).changed(), "DS is not loaded yet");
        }
    }

    @Test
    void kernelGdtAt0x110000HasUserCodeAtDpl3AndABusyTss() {
        try (Session session = new Session(ShippedLabs.load("boot"))) {
            runToLtr(session);
            DescriptorTablesViewModel vm = DescriptorTablesViewModel.of(session.snapshot(), null, 0);
            assertEquals("GDT at 00110000, limit 01FF: 64 entries", vm.gdtHeader());
            GdtRow userCode = vm.gdt().get(3);
            assertEquals(0x18, userCode.selector());
            assertEquals(3, userCode.dpl());
            assertEquals("code, readable", userCode.type());
            assertEquals(0xFFFFFFFFL, userCode.limit());
            assertEquals("data, writable", vm.gdt().get(4).type());
            assertEquals(3, vm.gdt().get(4).dpl());
            GdtRow tss = vm.gdt().get(5);
            assertEquals("32-bit TSS (busy)", tss.type(), "LTR marked the boot TSS busy");
            assertEquals(0x00112000, tss.base());
            assertEquals(0x67, tss.limit());
            assertTrue(tss.system());
            assertTrue(vm.gdt().get(6).unused());
        }
    }

    @Test
    void syscallGateIsADpl3TrapGateAndTheTimerAnInterruptGate() {
        try (Session session = new Session(ShippedLabs.load("boot"))) {
            runToLtr(session);
            DescriptorTablesViewModel vm = DescriptorTablesViewModel.of(session.snapshot(), null, 0);
            assertEquals("IDT at 00111000, limit 07FF: 256 gates", vm.idtHeader());
            GateRow syscall = vm.idt().get(0x80);
            assertEquals("trap", syscall.kind());
            assertEquals(3, syscall.dpl());
            assertEquals(0x08, syscall.selector());
            assertEquals(EntryStubs.stub(0x80), syscall.offset(), "isrsyscall, the system call's stub in entry.asm");
            assertEquals(EntryStubs.stub(123), vm.idt().get(123).offset(), "isr123, the timer's stub");
            assertTrue(syscall.present());
            GateRow timer = vm.idt().get(123);
            assertEquals("interrupt", timer.kind());
            assertEquals(0, timer.dpl());
            assertEquals("#GP", vm.idt().get(13).name());
            assertEquals("empty", vm.idt().get(200).kind());
        }
    }

    @Test
    void bootTssHasEsp0AtTheTopOfTheFirstKernelStack() {
        try (Session session = new Session(ShippedLabs.load("boot"))) {
            runToLtr(session);
            TssPanel tss = DescriptorTablesViewModel.of(session.snapshot(), null, 0).activeTss();
            assertEquals("active TSS: TR = 0028, base 00112000", tss.title());
            assertEquals(0x00202000, tss.field("ESP0").value(), "KERNEL_STACKS + 8 KiB");
            assertEquals("0010", tss.field("SS0").text());
            assertEquals(0x68, tss.field("I/O map base").value(), "no I/O bitmap: the base lies past the limit");
            assertEquals(27, tss.fields().size());
        }
    }

    @Test
    void hardwareTaskSwitchSavesTheOldTaskAndFlipsBothBusyBits() {
        try (Session session = new Session(ShippedLabs.load("scheduling"))) {
            session.runUntil(e -> e.event() instanceof TraceEvent.TaskSwitch, "the first task switch");
            long switched = session.snapshot().position();
            session.runTo(switched - 1, "before the switch");
            DebugSnapshot before = session.snapshot();
            session.step();
            DescriptorTablesViewModel vm = DescriptorTablesViewModel.of(session.snapshot(), before, 0);

            int oldTr = before.machine().core(0).tr().selector();
            int newTr = session.snapshot().machine().core(0).tr().selector();
            assertTrue(oldTr != newTr, "the step was the switch");
            assertEquals("32-bit TSS (available)", vm.gdt().get(oldTr / 8).type(), "JMP clears the old busy bit");
            assertEquals("32-bit TSS (busy)", vm.gdt().get(newTr / 8).type());
            assertTrue(vm.gdt().get(oldTr / 8).changed() && vm.gdt().get(newTr / 8).changed());

            TssPanel saved = vm.savedTss().orElseThrow();
            assertTrue(saved.changedFields().contains("EIP"), saved.changedFields().toString());
            assertTrue(saved.changedFields().contains("ESP"), saved.changedFields().toString());
            assertFalse(saved.changedFields().contains("ESP0"), "step 8 never writes the static fields");
            assertFalse(saved.changedFields().contains("CR3"));
            assertTrue(vm.activeTss().changedFields().isEmpty(), "a JMP switch reads the new TSS, it writes nothing there");
        }
    }

    @Test
    void tssSelectorsAreNamedWithTheirTaskInTheGdtTrAndTheSavedTss() {
        try (Session session = new Session(ShippedLabs.load("scheduling"))) {
            session.runUntil(e -> e.event() instanceof TraceEvent.TaskSwitch, "the first task switch");
            long switched = session.snapshot().position();
            session.runTo(switched - 1, "before the switch");
            DebugSnapshot before = session.snapshot();
            session.step();
            DescriptorTablesViewModel vm = DescriptorTablesViewModel.of(session.snapshot(), before, 0);
            assertEquals("idle", vm.gdt().get(5).owner(), "GDT 0x28, the first TSS, is the idle task's");
            assertEquals("normal-a", vm.gdt().get(6).owner(), "0x30: the first task the lab creates");
            assertEquals("realtime", vm.gdt().get(10).owner(), "0x50: the fifth");
            assertEquals("", vm.gdt().get(1).owner(), "a code segment belongs to no task");
            assertTrue(vm.activeTss().title().startsWith("active TSS: TR = 0050 (realtime), base"),
                vm.activeTss().title());
            assertTrue(vm.savedTss().orElseThrow().title().startsWith("previous task's TSS 0028 (idle)"),
                vm.savedTss().orElseThrow().title());
        }
    }
}
