package eduscc.labs.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import eduscc.kernel.KernelSnapshot;
import eduscc.labs.scenario.ShippedLabs;
import eduscc.machine.trace.TraceEvent;
import org.junit.jupiter.api.Test;

/**
 * A lecturer can stop between "the scheduler chose" and "the CPU switched": with hardware
 * switching, the stop at a scheduler decision (after the load of the chosen task's TSS selector
 * from its task_t) comes before the far JMP: the next step patches the selector into the JMP,
 * and the one after it is the JMP that loads the chosen task's TSS.
 */
class DecisionBeforeSwitchTest {

    @Test
    void atTickSixTheStopAtTheDecisionShowsHighChosenWhileTheCpuStillRunsNormalA() {
        try (Session session = new Session(ShippedLabs.load("scheduling"))) {
            session.goToTick(0, 6);
            session.runUntil(e -> e.event() instanceof TraceEvent.SchedulerDecision, "the decision at tick 6");
            DebugSnapshot chose = session.snapshot();
            KernelSnapshot k = chose.kernels().get(0);
            assertEquals("high", k.running(), "the scheduler has chosen high");
            assertEquals("normal-a", k.switchingOut(), "normal-a is being switched out");
            long decision = lastSeq(chose, TraceEvent.SchedulerDecision.class);
            long jmp = lastSeq(chose, TraceEvent.TaskSwitch.class);
            assertEquals(true, jmp < decision, "no far JMP after the decision yet (decision #" + decision
                + ", last far JMP #" + jmp + ")");
            int normalA = chose.machine().core(0).tr().selector();
            assertEquals(normalA, lastTaskSwitch(chose).toSelector(),
                "TR is still the TSS the last switch loaded (normal-a's): the far JMP has not happened yet");

            session.step();
            assertEquals(normalA, session.snapshot().machine().core(0).tr().selector(),
                "one step later the selector is patched into the JMP, which has not run yet");
            session.step();
            DebugSnapshot switched = session.snapshot();
            assertEquals(chose.position() + 2, switched.position());
            assertEquals(normalA, lastTaskSwitch(switched).fromSelector(), "two steps later the far JMP leaves normal-a's TSS");
            assertNotEquals(normalA, switched.machine().core(0).tr().selector(), "and TR names high's TSS");
        }
    }

    private static TraceEvent.TaskSwitch lastTaskSwitch(DebugSnapshot s) {
        return (TraceEvent.TaskSwitch) s.trace().stream().filter(e -> e.event() instanceof TraceEvent.TaskSwitch)
            .reduce((a, b) -> b).orElseThrow().event();
    }

    private static long lastSeq(DebugSnapshot s, Class<? extends TraceEvent> kind) {
        return s.trace().stream().filter(e -> kind.isInstance(e.event())).reduce((a, b) -> b).orElseThrow().seq();
    }
}
