package eduscc.labs.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.labs.scenario.ShippedLabs;
import eduscc.machine.trace.TraceEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** DESIGN §5 "run to breakpoint": every kind stops where a student expects, on the shipped labs. */
class BreakpointsTest {

    private static Breakpoints only(DebugBreakpoint b) {
        return Breakpoints.NONE.with(b);
    }

    @Test
    void eventBreakpointStopsAtTheFirstModeSwitch() {
        try (Session session = new Session(ShippedLabs.load("boot"))) {
            session.runToBreakpoints(only(new DebugBreakpoint.OnEvent("ModeSwitch")));
            DebugSnapshot s = session.snapshot();
            assertTrue(s.lastEvent().event() instanceof TraceEvent.ModeSwitch, "last event: " + s.lastEvent());
            assertEquals("protected", s.machine().core(0).mode());
            assertTrue(s.status().startsWith("stopped at event ModeSwitch"), s.status());
        }
    }

    @Test
    void taskBreakpointStopsWhenTheSchedulerChoosesHigh() {
        try (Session session = new Session(ShippedLabs.load("scheduling"))) {
            session.runToBreakpoints(only(new DebugBreakpoint.OnTask("high")));
            var decisions = session.snapshot().trace().stream()
                .filter(e -> e.event() instanceof TraceEvent.SchedulerDecision).toList();
            var last = (TraceEvent.SchedulerDecision) decisions.get(decisions.size() - 1).event();
            assertEquals("high", last.to());
            assertEquals(1, decisions.stream().filter(e -> "high".equals(((TraceEvent.SchedulerDecision) e.event()).to()))
                .count(), "stopped at the first switch to high");
            assertTrue(session.snapshot().status().contains("task high"), session.snapshot().status());
        }
    }

    @Test
    void cycleBreakpointStopsWhenGlobalTimeReachesIt() {
        long cycle = 5_333_333L * 3;
        try (Session session = new Session(ShippedLabs.load("scheduling"))) {
            session.runToBreakpoints(only(new DebugBreakpoint.AtCycle(cycle)));
            assertEquals("stopped at cycle " + cycle, session.snapshot().status());
            long cycles = session.snapshot().machine().core(0).cycles();
            assertTrue(cycles > cycle - 1_000_000 && cycles < cycle + 100_000,
                "core 0 stands at cycle " + cycle + ", or at the end of the operation under way then: " + cycles);
            session.runToBreakpoints(only(new DebugBreakpoint.AtCycle(cycle)));
            assertFalse(session.snapshot().status().contains("cycle"), "a cycle passed does not stop again");
        }
    }

    @Test
    void writeBreakpointStopsWhenTheKernelWritesItsGdt() {
        try (Session session = new Session(ShippedLabs.load("boot"))) {
            session.runToBreakpoints(only(new DebugBreakpoint.OnMemoryWrite(0x110000, 0x1101FF)));
            String status = session.snapshot().status();
            assertTrue(status.startsWith("stopped at write 0x00110000..0x001101FF: core 0 wrote"), status);
            assertFalse(session.finished());
        }
    }

    @Test
    void sourceLineBreakpointStopsOnTheTimerTickLine() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("../kernel/src/main/java/eduscc/kernel/Kernel.java"));
        int line = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("scheduler.timerTick();")) {
                line = i + 1;
            }
        }
        try (Session session = new Session(ShippedLabs.load("scheduling"))) {
            session.runToBreakpoints(only(new DebugBreakpoint.OnSourceLine("eduscc/kernel/Kernel.java", line)));
            assertEquals(1, session.snapshot().kernels().get(0).tick(), "the first timer tick reached the line");
            assertEquals("stopped at Kernel.java:" + line + " on core 0", session.snapshot().status());
        }
    }

    @Test
    void labBreakpointsStopInTheirOrderOfTheStory() {
        var lab = ShippedLabs.load("scheduling");
        Breakpoints fromLab = Breakpoints.fromLab(lab);
        assertEquals(List.of("core 0 + tick 1", "core 0 + tick 6 + event SchedulerDecision", "core 0 + task low"),
            fromLab.all().stream().map(DebugBreakpoint::text).toList());
        try (Session session = new Session(lab)) {
            session.runToBreakpoints(fromLab);
            assertEquals(1, session.snapshot().kernels().get(0).tick(), session.snapshot().status());
            session.runToBreakpoints(fromLab);
            assertTrue(session.snapshot().status().contains("task low")
                || session.snapshot().status().contains("tick 6"), session.snapshot().status());
        }
    }

    @Test
    void typedBreakpointsReadAsThePanelShowsThem() {
        assertEquals("write 0x00110000..0x001101FF", BreakpointText.parse("write", "0x110000..0x1101FF").text());
        assertEquals("cycle 16000000", BreakpointText.parse("cycle", "16_000_000").text());
        assertEquals("Scheduler.java:120", BreakpointText.parse("sourceLine", "eduscc/kernel/sched/Scheduler.java:120").text());
        var e = assertThrows(IllegalArgumentException.class, () -> BreakpointText.parse("core", "three"));
        assertEquals("core: not a number: 'three'", e.getMessage());
    }

    @Test
    void aLabBreakpointShowsItsNoteInTheStatusLine() {
        var lab = ShippedLabs.load("scheduling");
        try (Session session = new Session(lab)) {
            session.runToBreakpoints(Breakpoints.fromLab(lab));
            assertTrue(session.snapshot().status().contains(lab.breakpoints().get(0).note()), session.snapshot().status());
        }
    }

    @Test
    void theBootLabsTableLoadBreakpointStopsOncePerLoadItsNoteDescribes() {
        var lab = ShippedLabs.load("boot");
        Breakpoints tableLoads = new Breakpoints(List.of(Breakpoints.fromLab(lab).all().get(0)));
        List<String> loads = new java.util.ArrayList<>();
        try (Session session = new Session(lab)) {
            while (true) {
                session.runToBreakpoints(tableLoads);
                if (session.finished()) {
                    break;
                }
                assertTrue(session.snapshot().status().contains(lab.breakpoints().get(0).note()), session.snapshot().status());
                var load = (eduscc.machine.trace.TraceEvent.TableRegisterLoad) session.snapshot().trace().stream()
                    .filter(e -> e.event() instanceof eduscc.machine.trace.TraceEvent.TableRegisterLoad)
                    .reduce((a, b) -> b).orElseThrow().event();
                loads.add(load.register());
            }
        }
        assertEquals(List.of("GDTR", "GDTR", "IDTR", "TR"), loads,
            "one stop for each load the note names: the stub's GDT, the kernel's GDT, IDT and TR");
    }

    @Test
    void theBootLabsModeSwitchBreakpointStopsAtProtectedModeThenAtPaging() {
        var lab = ShippedLabs.load("boot");
        Breakpoints modeSwitches = new Breakpoints(List.of(Breakpoints.fromLab(lab).all().get(1)));
        List<String> stops = new java.util.ArrayList<>();
        try (Session session = new Session(lab)) {
            while (true) {
                session.runToBreakpoints(modeSwitches);
                if (session.finished()) {
                    break;
                }
                var mode = (TraceEvent.ModeSwitch) session.snapshot().lastEvent().event();
                stops.add(mode.from() + " -> " + mode.to() + " CR0 " + Integer.toHexString(mode.cr0()));
            }
        }
        assertEquals(List.of("real -> protected CR0 60000011", "protected -> protected+paging CR0 80010011"), stops,
            "PE first, with CD and NW still set from reset; then PG and WP, after the kernel cleared CD and NW");
    }
}
