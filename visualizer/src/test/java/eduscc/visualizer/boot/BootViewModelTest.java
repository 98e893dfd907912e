package eduscc.visualizer.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.kernel.arch.EntryStubs;
import eduscc.kernel.arch.Idt;
import eduscc.kernel.boot.KernelImage;
import eduscc.labs.debug.DebugSnapshot;
import eduscc.labs.debug.Session;
import eduscc.labs.scenario.ShippedLabs;
import eduscc.machine.trace.TraceEvent;
import eduscc.machine.x86.asm.ListingLine;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The boot view's model on the boot lab: the next line, the lamps, the mode and the register diff. */
class BootViewModelTest {
    private static final List<ListingLine> STUB = KernelImage.resetStub().listing();

    private static void runToCr0Pe(Session session) {
        session.runUntil(e -> e.event() instanceof TraceEvent.ModeSwitch, "CR0.PE");
    }

    private static String sourceAt(BootViewModel vm) {
        return STUB.get(vm.currentLine().orElseThrow()).source().strip();
    }

    /** The last line before {@code index} that produced bytes: the instruction executed last. */
    private static String previousInstruction(int index) {
        for (int i = index - 1; i >= 0; i--) {
            if (STUB.get(i).length() > 0) {
                return STUB.get(i).source().strip();
            }
        }
        throw new AssertionError("no instruction before line " + index);
    }

    private static List<String> lit(BootViewModel vm) {
        return vm.strip().lamps().stream().filter(BootStrip.Lamp::lit).map(l -> l.step().label()).toList();
    }

    @Test
    void listingHasOneLinePerSourceLine() {
        assertEquals(STUB.size(), BootViewModel.listing().size());
        assertTrue(BootViewModel.listing().get(0).contains("eduSCC reset stub"));
    }

    @Test
    void atTheStartTheNextLineIsTheJumpAtTheResetVector() {
        try (Session session = new Session(ShippedLabs.load("boot"))) {
            BootViewModel vm = BootViewModel.of(session.snapshot(), null, 0);
            assertTrue(sourceAt(vm).startsWith("jmp near real_mode_start"), sourceAt(vm));
            assertTrue(vm.where().contains("at FFFFFFF0"), vm.where());
            assertEquals(List.of("reset released"), lit(vm));
            assertEquals("real mode, 16-bit code: CS F000, base FFFF0000", vm.mode());
            assertEquals("no earlier snapshot to compare with", vm.changesNote());
        }
    }

    @Test
    void atCr0PeTheNextLineIsTheFarJumpAfterMovCr0() {
        try (Session session = new Session(ShippedLabs.load("boot"))) {
            runToCr0Pe(session);
            BootViewModel vm = BootViewModel.of(session.snapshot(), null, 0);
            int line = vm.currentLine().orElseThrow();
            assertEquals("jmp dword CODE_SELECTOR:protected_start", sourceAt(vm));
            assertTrue(previousInstruction(line).startsWith("mov cr0, eax"), previousInstruction(line));
            assertEquals(List.of("reset released", "stack", "LGDT", "CR0.PE"), lit(vm));
            assertEquals(BootStep.CR0_PE, vm.strip().latest().orElseThrow());
            assertEquals("protected mode, but CS still holds its real-mode cache (F000, base FFFF0000, 16-bit code)"
                + " until the far jump", vm.mode());
        }
    }

    @Test
    void stepOverMovCr0SetsPeAndChangesTheMode() {
        try (Session session = new Session(ShippedLabs.load("boot"))) {
            runToCr0Pe(session);
            session.runTo(session.snapshot().position() - 1, "before mov cr0");
            DebugSnapshot before = session.snapshot();
            session.step();
            List<RegisterChange> changes = BootViewModel.of(session.snapshot(), before, 0).changes();
            assertTrue(changes.contains(new RegisterChange("CR0", "60000010", "60000011")), changes.toString());
            assertTrue(changes.contains(new RegisterChange("mode", "real", "protected")), changes.toString());
            assertFalse(changes.stream().anyMatch(c -> c.register().startsWith("CS ")), "CS keeps its real-mode cache");
        }
    }

    @Test
    void farJumpReplacesTheCsCacheWithTheFlat32BitSegment() {
        try (Session session = new Session(ShippedLabs.load("boot"))) {
            runToCr0Pe(session);
            DebugSnapshot atPe = session.snapshot();
            session.step();
            BootViewModel vm = BootViewModel.of(session.snapshot(), atPe, 0);
            assertEquals("mov ax, DATA_SELECTOR", sourceAt(vm).replaceAll("\\s*;.*", ""));
            List<RegisterChange> changes = vm.changes();
            assertTrue(changes.contains(new RegisterChange("CS selector", "F000", "0008")), changes.toString());
            assertTrue(changes.contains(new RegisterChange("CS base", "FFFF0000", "00000000")), changes.toString());
            assertTrue(changes.contains(new RegisterChange("CS limit", "0000FFFF", "FFFFFFFF")), changes.toString());
            assertTrue(changes.contains(new RegisterChange("CS D/B", "16-bit", "32-bit")), changes.toString());
            assertEquals(BootStep.FAR_JUMP, vm.strip().latest().orElseThrow());
            assertEquals("protected mode, 32-bit code, CPL 0: CS 0008, base 00000000", vm.mode());
            assertEquals("changed since position " + atPe.position(), vm.changesNote());
        }
    }

    @Test
    void inTheKernelThereIsNoStubLineAndEveryLampIsLit() {
        try (Session session = new Session(ShippedLabs.load("boot"))) {
            session.runUntil(e -> e.event() instanceof TraceEvent.TableRegisterLoad t && t.register().equals("TR"), "LTR");
            BootViewModel vm = BootViewModel.of(session.snapshot(), null, 0);
            assertTrue(vm.currentLine().isEmpty());
            assertTrue(vm.where().contains("the kernel's Java code runs"), vm.where());
            assertEquals(BootStep.values().length, lit(vm).size());
        }
    }

    @Test
    void segmentsLampWaitsForAllFiveDataSegmentsAfterTheFarJump() {
        try (Session session = new Session(ShippedLabs.load("boot"))) {
            session.runUntil(e -> e.event() instanceof TraceEvent.SegmentLoad s && s.register().equals("gs"), "GS load");
            BootStrip strip = BootViewModel.of(session.snapshot(), null, 0).strip();
            assertTrue(strip.lit(BootStep.STACK), "the real-mode SS load lit the stack lamp");
            assertFalse(strip.lit(BootStep.SEGMENTS), "SS is still to come");
            session.runUntil(e -> e.event() instanceof TraceEvent.SegmentLoad s && s.register().equals("ss"), "SS load");
            assertTrue(BootViewModel.of(session.snapshot(), null, 0).strip().lit(BootStep.SEGMENTS));
        }
    }

    @Test
    void atResetTheAddressArithmeticShowsTheHiddenBase() {
        try (Session session = new Session(ShippedLabs.load("boot"))) {
            BootViewModel vm = BootViewModel.of(session.snapshot(), null, 0);
            assertEquals("CS:IP = F000:FFF0: CS base 0xFFFF0000 (hidden: the reset value, not F000 x 16 = 000F0000,"
                + " until CS is loaded) + IP 0xFFF0 -> linear 0xFFFFFFF0", vm.address());
        }
    }

    @Test
    void afterTheFarJumpTheBaseComesFromTheGdt() {
        try (Session session = new Session(ShippedLabs.load("boot"))) {
            session.runUntil(e -> e.event() instanceof TraceEvent.FarJump, "the far jump");
            BootViewModel vm = BootViewModel.of(session.snapshot(), null, 0);
            assertTrue(vm.address().startsWith("CS:EIP = 0008:"), vm.address());
            assertTrue(vm.address().contains("CS base 0x00000000 (from the descriptor cache)"), vm.address());
        }
    }

    @Test
    void afterTheJumpToOneMibTheKernelHeadIsListedWithItsLine() {
        try (Session session = new Session(ShippedLabs.load("boot"))) {
            int kernelStart = KernelImage.head().symbols().get("start").intValue();
            session.runUntil(e -> e.event() instanceof TraceEvent.SegmentLoad s && s.register().equals("ss")
                && s.selector() == 0x10, "SS reloaded in protected mode");
            while (session.snapshot().machine().core(0).eip() != kernelStart) {
                session.step();
            }
            BootViewModel vm = BootViewModel.of(session.snapshot(), null, 0);
            assertEquals(BootListing.KERNEL_HEAD, vm.shownListing());
            String line = vm.shownListing().lines().get(vm.currentLine().orElseThrow());
            assertTrue(line.contains("jmp short kernel_entry"), line);
            assertTrue(vm.where().startsWith("next: kernel_head.asm line"), vm.where());
            assertEquals("CS:EIP = 0008:00100000: CS base 0x00000000 (from the descriptor cache) + EIP -> linear"
                + " 0x00100000", vm.address());
        }
    }

    @Test
    void whenTheKernelsJavaCodeRunsTheHeadStaysShownWithoutAMark() {
        try (Session session = new Session(ShippedLabs.load("boot"))) {
            session.runUntil(e -> e.event() instanceof TraceEvent.JavaEntry, "kernel entry");
            session.runUntil(e -> e.event() instanceof TraceEvent.TableRegisterLoad t && t.register().equals("TR"),
                "LTR");
            BootViewModel vm = BootViewModel.of(session.snapshot(), null, 0);
            assertEquals(BootListing.KERNEL_HEAD, vm.shownListing());
            assertTrue(vm.where().contains("the kernel's Java code runs, entered at kernel_entry"), vm.where());
            assertTrue(vm.currentLine().isEmpty(), "no x86 instruction of the head executes next");
            assertTrue(vm.shownListing().lines().get(vm.boundLine().orElseThrow()).contains("kernel_entry:"),
                "the kernel_entry label is marked as where the Java entry is bound");
        }
    }

    @Test
    void steppingIntoTheTimerInterruptShowsTheStubOfEntryAsm() {
        try (Session session = new Session(ShippedLabs.load("scheduling"))) {
            session.runUntil(e -> e.event() instanceof TraceEvent.InterruptDelivered d && d.vector() == Idt.TIMER,
                "the first timer interrupt");
            BootViewModel vm = BootViewModel.of(session.snapshot(), null, 0);
            assertEquals(BootListing.ENTRY, vm.shownListing());
            assertEquals(EntryStubs.stub(Idt.TIMER), session.snapshot().machine().core(0).eip());
            assertTrue(vm.shownListing().lines().get(vm.currentLine().orElseThrow()).endsWith("push 0"), vm.where());
            session.step();
            vm = BootViewModel.of(session.snapshot(), null, 0);
            assertTrue(vm.where().startsWith("next: entry.asm line"), vm.where());
            assertTrue(vm.where().endsWith("push 123"), vm.where());
        }
    }

    @Test
    void insideIrqHandlerTheJavaCodeRunsAndItsLabelIsMarked() {
        try (Session session = new Session(ShippedLabs.load("scheduling"))) {
            session.runUntil(e -> e.event() instanceof TraceEvent.InterruptDelivered d && d.vector() == Idt.TIMER,
                "the first timer interrupt");
            while (session.snapshot().machine().core(0).eip() != EntryStubs.irqHandler()) {
                session.step();
            }
            BootViewModel vm = BootViewModel.of(session.snapshot(), null, 0);
            assertEquals(BootListing.ENTRY, vm.shownListing());
            assertTrue(vm.currentLine().isEmpty(), "no x86 instruction runs while irq_handler's Java code does");
            assertTrue(vm.shownListing().lines().get(vm.boundLine().orElseThrow()).contains("irq_handler:"));
            assertTrue(vm.where().contains("the kernel's Java code irq_handler runs"), vm.where());
        }
    }
}
