package eduscc.visualizer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.labs.debug.Session;
import eduscc.labs.scenario.ShippedLabs;
import eduscc.machine.trace.TraceEntry;
import eduscc.machine.trace.TraceEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code --at}: the Nth stop of a kind, a tick or a position, and clear errors for everything else. */
class ScreenshotPointTest {

    private static long switchesSoFar(Session session) {
        return session.snapshot().trace().stream().map(TraceEntry::event)
            .filter(e -> e instanceof TraceEvent.TaskSwitch).count();
    }

    @Test
    void taskSwitchThreeStopsAtTheThirdSwitchAsF8PressedThreeTimesWould() {
        try (Session byPoint = new Session(ShippedLabs.load("scheduling"));
             Session byHand = new Session(ShippedLabs.load("scheduling"))) {
            ScreenshotPoint.parse("task-switch:3").runTo(byPoint);
            for (int i = 0; i < 3; i++) {
                byHand.runUntil(EventKinds.TASK_SWITCH.matcher(), "task switch");
            }
            assertEquals(byHand.snapshot().position(), byPoint.snapshot().position());
            // With hardware switching F8 stops twice per switch: at the decision, then after the far
            // JMP. The third stop is the second switch's decision: one switch is done.
            assertEquals(1, switchesSoFar(byPoint), "the first switch done, the second decided");
        }
    }

    @Test
    void kindsAreNamedAsInTheToolBarOrAsInTheTraceInAnyCase() {
        for (String at : List.of("task-switch", "Task Switch:1", "TASK_SWITCH:2", "TaskSwitch:1", "schedulerdecision:4",
            "ModeSwitch")) {
            assertTrue(ScreenshotPoint.parse(at).matcher() != null, at);
        }
        assertEquals(1, ScreenshotPoint.parse("mode-switch").count(), "no :N is the first");
    }

    @Test
    void tickSixStopsOnceTheKernelHasCountedSixTicks() {
        try (Session session = new Session(ShippedLabs.load("scheduling"))) {
            ScreenshotPoint.parse("tick:6").runTo(session);
            assertEquals(6, session.snapshot().kernels().get(0).tick());
        }
    }

    @Test
    void positionRunsToThatBoundary() {
        try (Session session = new Session(ShippedLabs.load("boot"))) {
            ScreenshotPoint.parse("position:40").runTo(session);
            assertEquals(40, session.snapshot().position());
        }
    }

    @Test
    void badValuesAreClearErrors() {
        assertMessage("", "--at needs a value");
        assertMessage("task-swich:3", "no event kind 'task-swich'; the kinds are task-switch, interrupt");
        assertMessage("task-switch:x", "'x' is not a whole number");
        assertMessage("task-switch:", "'' is not a whole number");
        assertMessage("task-switch:0", "N counts from 1");
        assertMessage("tick:0", "ticks count from 1");
        assertMessage("position:-4", "'-4' is not a whole number of 0 or more");
    }

    @Test
    void aPointBeyondTheLabsEndSaysHowFarItGot() {
        try (Session session = new Session(ShippedLabs.load("scheduling"))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ScreenshotPoint.parse("tick:500").runTo(session));
            assertTrue(e.getMessage().matches("--at tick:500: the lab scheduling ends at tick \\d+"), e.getMessage());
        }
    }

    private static void assertMessage(String at, String part) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ScreenshotPoint.parse(at));
        assertTrue(e.getMessage().contains(part), "--at '" + at + "': " + e.getMessage());
    }
}
