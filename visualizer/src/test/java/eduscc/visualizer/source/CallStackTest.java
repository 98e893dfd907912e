package eduscc.visualizer.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.labs.debug.DebugSnapshot;
import eduscc.labs.debug.Session;
import eduscc.labs.debug.SourceLine;
import eduscc.labs.scenario.ShippedLabs;
import eduscc.machine.trace.TraceEvent;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which line the source view marks and which frames it lists, without a window. */
class CallStackTest {

    @Test
    void atADecisionTheDecisionIsMarkedAndWhereTheCoreStandsIsListedToo() {
        try (Session session = new Session(ShippedLabs.load("scheduling"))) {
            session.runUntil(e -> e.event() instanceof TraceEvent.SchedulerDecision, "a scheduler decision");
            CallStack calls = CallStack.of(session.snapshot(), 0, Set.of());
            assertEquals("eduscc/kernel/sched/Scheduler.java", calls.marked().file());
            assertEquals("where SchedulerDecision was recorded", calls.frames().get(0).heading());
            assertTrue(calls.frames().get(0).code().startsWith("core.trace(new TraceEvent.SchedulerDecision"),
                calls.frames().get(0).code());
            assertTrue(calls.frames().stream().anyMatch(f -> f.heading().equals("where core 0 stands now")));
            assertTrue(calls.why().startsWith("Stopped after SchedulerDecision on core 0"), calls.why());
        }
    }

    @Test
    void aStepMarksTheInnermostFrameAndABreakpointOnTheStackWins() {
        try (Session session = new Session(ShippedLabs.load("scheduling"))) {
            session.runUntil(e -> e.event() instanceof TraceEvent.SchedulerDecision, "a scheduler decision");
            session.step();
            DebugSnapshot s = session.snapshot();
            CallStack plain = CallStack.of(s, 0, Set.of());
            assertEquals(s.sourceLine(0), plain.marked(), "no event: the line the core stands at");
            SourceLine outer = s.kernelStack(0).get(s.kernelStack(0).size() - 1);
            CallStack withBreakpoint = CallStack.of(s, 0, Set.of(outer));
            assertEquals(outer, withBreakpoint.marked(), "stopped at a breakpoint on a line that calls further");
        }
    }

    @Test
    void aCoreInResetHasNoLineToMark() {
        try (Session session = new Session(ShippedLabs.load("scheduling"))) {
            CallStack calls = CallStack.of(session.snapshot(), 47, Set.of());
            assertEquals(null, calls.marked());
            assertTrue(calls.frames().isEmpty());
        }
    }
}
