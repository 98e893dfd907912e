package eduscc.visualizer.cpu;

import static eduscc.visualizer.cpu.CpuViewModel.flag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.labs.debug.DebugSnapshot;
import eduscc.labs.debug.Session;
import eduscc.labs.scenario.ShippedLabs;
import eduscc.machine.cpu.ControlBits;
import eduscc.machine.cpu.Eflags;
import eduscc.machine.cpu.Registers;
import eduscc.machine.snapshot.CoreSnapshot;
import eduscc.machine.trace.TraceEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CPU view model on the boot and scheduling labs, and its decoding of bits and descriptors. */
class CpuViewModelTest {

    static void toModeSwitch(Session session) {
        session.runUntil(e -> e.event() instanceof TraceEvent.ModeSwitch, "CR0.PE");
    }

    @Test
    void resetStateReadsAsTheSdmSays() {
        try (Session session = new Session(ShippedLabs.load("boot"))) {
            CpuViewModel m = CpuViewModel.of(session.snapshot(), null, 0);
            assertEquals("0x0000FFF0", m.eip().text());
            assertEquals("0x00000002", m.eflags().text(), "only the reserved bit 1 is set after reset");
            assertEquals("0x60000010", m.cr0().text());
            for (String bit : List.of("CD", "NW", "ET")) {
                assertTrue(flag(m.cr0Bits(), bit).set(), bit + " is set after reset");
            }
            assertFalse(flag(m.cr0Bits(), "PE").set());
            assertEquals("0x0000052C", m.register("edx").text(), "EDX holds the P54C's signature");
            assertEquals("base 0x00000000 limit 0xFFFF", m.gdtr().text());
            assertEquals("real", m.mode().text());
            assertTrue(m.changes().isEmpty(), "nothing to compare with: nothing is highlighted");
        }
    }

    @Test
    void modeSwitchSetsPeWhileCsStillHoldsTheRealModeCache() {
        try (Session session = new Session(ShippedLabs.load("boot"))) {
            DebugSnapshot atReset = session.snapshot();
            toModeSwitch(session);
            CpuViewModel m = CpuViewModel.of(session.snapshot(), atReset, 0);
            FlagCell pe = flag(m.cr0Bits(), "PE");
            assertTrue(pe.set() && pe.changed(), "CR0.PE is set and highlighted");
            assertTrue(m.changes().contains("CR0.PE"), m.changes().toString());
            assertEquals("protected", m.mode().text());
            SegmentRow cs = m.segment("cs");
            assertEquals("0xF000", cs.selector().text(), "the far jump has not reloaded CS yet");
            assertEquals("0xFFFF0000", cs.base().text(), "the hidden base is still the reset one");
            assertEquals("16-bit", cs.size().text());
            assertFalse(cs.selector().changed());
        }
    }

    @Test
    void theFarJumpReloadsCsAndItsHiddenCache() {
        try (Session session = new Session(ShippedLabs.load("boot"))) {
            toModeSwitch(session);
            DebugSnapshot atPe = session.snapshot();
            session.step();
            CpuViewModel m = CpuViewModel.of(session.snapshot(), atPe, 0);
            SegmentRow cs = m.segment("cs");
            assertTrue(cs.selector().changed(), "CS now holds a protected-mode selector: " + cs.selector().text());
            assertTrue(cs.base().changed(), "the cache came from the GDT");
            assertEquals("32-bit", cs.size().text());
            assertTrue(cs.type().text().startsWith("code"), cs.type().text());
            assertTrue(m.changes().containsAll(List.of("eip", "cs selector", "cs hidden cache")),
                m.changes().toString());
        }
    }

    @Test
    void eachStepInTheSchedulingLabMarksExactlyTheValuesThatDiffer() {
        try (Session session = new Session(ShippedLabs.load("scheduling"))) {
            session.runUntil(e -> e.event() instanceof TraceEvent.SchedulerDecision, "a scheduler decision");
            int registerChanges = 0;
            for (int step = 0; step < 200; step++) {
                DebugSnapshot before = session.snapshot();
                session.step();
                CoreSnapshot was = before.machine().core(0);
                CoreSnapshot now = session.snapshot().machine().core(0);
                CpuViewModel m = CpuViewModel.of(session.snapshot(), before, 0);
                String at = "after the step to position " + session.snapshot().position();
                for (int i = 0; i < 8; i++) {
                    boolean differs = was.register(i) != now.register(i);
                    String name = Registers.GPR_NAMES[i];
                    assertEquals(differs, m.register(name).changed(), name + " " + at);
                    registerChanges += differs ? 1 : 0;
                }
                assertEquals(was.eip() != now.eip(), m.eip().changed(), "eip " + at);
                assertEquals(was.eflags() != now.eflags(), m.eflags().changed(), "eflags " + at);
                assertEquals(was.cycles() != now.cycles(), m.tsc().changed(), "TSC " + at);
            }
            assertTrue(registerChanges > 0, "200 steps of a running kernel change some register");
        }
    }

    @Test
    void eflagsDecodesEveryNamedFieldIncludingTheTwoBitIopl() {
        int eflags = Eflags.RESERVED_ONE | Eflags.IF | Eflags.ZF | Eflags.NT | (3 << 12);
        List<FlagCell> cells = BitLayout.EFLAGS.decode(eflags, Eflags.RESERVED_ONE | Eflags.IF);
        assertEquals(List.of("CF", "PF", "AF", "ZF", "SF", "TF", "IF", "DF", "OF", "IOPL", "NT", "RF", "VM", "AC",
                "ID"),
            cells.stream().map(FlagCell::name).toList());
        assertEquals("IOPL=3", flag(cells, "IOPL").text());
        assertEquals(2, flag(cells, "IOPL").width());
        assertTrue(flag(cells, "ZF").set() && flag(cells, "ZF").changed());
        assertTrue(flag(cells, "IF").set() && !flag(cells, "IF").changed());
        assertFalse(flag(cells, "CF").set());
    }

    @Test
    void cr4ShowsTheSccMessagePassingBufferEnable() {
        List<FlagCell> cells = BitLayout.CR4.decode(ControlBits.CR4_MPE, null);
        assertTrue(flag(cells, "MPE").set());
        assertEquals(11, flag(cells, "MPE").position());
        assertEquals(1, cells.stream().filter(FlagCell::set).count());
    }

    @Test
    void accessBytesReadAsWords() {
        assertEquals("code, readable", SegmentRow.type(0x9A));
        assertEquals("data, writable, accessed", SegmentRow.type(0x93));
        assertEquals("data, expand-down, writable", SegmentRow.type(0x96));
        assertEquals("32-bit TSS (available)", SegmentRow.type(0x89));
        assertEquals("32-bit TSS (busy)", SegmentRow.type(0x8B));
        assertEquals("LDT", SegmentRow.type(0x82));
        assertEquals("null (unusable)", SegmentRow.type(0));
    }

    @Test
    void trNamesTheTaskWhoseTssItSelects() {
        try (Session session = new Session(ShippedLabs.load("scheduling"))) {
            session.runUntil(e -> e.event() instanceof TraceEvent.TaskSwitch, "the first task switch");
            CpuViewModel m = CpuViewModel.of(session.snapshot(), null, 0);
            assertEquals("0x0050 (realtime)", m.tr().selector().text(), "tick 1 switched to realtime's TSS");
            assertEquals("0x0010", m.segment("ds").selector().text(), "a data selector names no task");
        }
    }
}
