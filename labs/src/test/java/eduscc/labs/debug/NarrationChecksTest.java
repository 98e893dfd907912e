package eduscc.labs.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import eduscc.labs.scenario.NarrationStep;
import eduscc.labs.scenario.Scenario;
import eduscc.labs.scenario.ShippedLabs;
import eduscc.machine.trace.TraceEvent;
import org.junit.jupiter.api.Test;

/** The scheduling lab's narration checks hold where the story says they do. */
class NarrationChecksTest {
    @Test
    void everyCheckOfTheSchedulingLabPassesAtItsTick() {
        Scenario lab = ShippedLabs.load("scheduling");
        try (Session session = new Session(lab)) {
            NarrationStep tick0 = lab.narration().get(0);
            session.runUntil(e -> e.event() instanceof TraceEvent.JavaEntry, "the kernel");
            session.runUntil(e -> e.event() instanceof TraceEvent.Halt, "the idle task");
            assertEquals(Boolean.TRUE, NarrationChecks.judge(tick0, session.snapshot(), 0).passed(), "prioBitmap at tick 0");
            for (int tick = 1; tick <= 6; tick++) {
                session.runUntil(e -> e.event() instanceof TraceEvent.SchedulerDecision d && !d.from().equals(d.to()), "a switch");
                for (NarrationStep step : lab.narration()) {
                    if (step.check() != null && step.tick() == session.snapshot().kernels().get(0).tick()
                        && step.check().running() != null && step.tick() != 5) {
                        assertEquals(Boolean.TRUE, NarrationChecks.judge(step, session.snapshot(), 0).passed(),
                            "tick " + step.tick() + ": " + NarrationChecks.judge(step, session.snapshot(), 0).seen());
                    }
                }
            }
        }
    }

    @Test
    void aStepAtAnotherTickIsNotJudged() {
        Scenario lab = ShippedLabs.load("scheduling");
        try (Session session = new Session(lab)) {
            NarrationStep tick6 = lab.narration().stream().filter(s -> s.tick() == 6).findFirst().orElseThrow();
            assertNull(NarrationChecks.judge(tick6, session.snapshot(), 0).passed());
        }
    }

    @Test
    void theTickZeroCheckIsNotJudgedBeforeTheKernelHasBooted() {
        Scenario lab = ShippedLabs.load("scheduling");
        try (Session session = new Session(lab)) {
            NarrationStep tick0 = lab.narration().get(0);
            assertNull(NarrationChecks.judge(tick0, session.snapshot(), 0).passed(),
                "at position 0 no task exists yet: the prioBitmap check does not apply, so no red cross");
        }
    }

    @Test
    void jumpingStraightToTickOneJudgesTheTickZeroCheckAsTickZeroEnded() {
        Scenario lab = ShippedLabs.load("scheduling");
        try (Session session = new Session(lab)) {
            session.runTo(17_250, "test");
            assertEquals(1, session.snapshot().kernels().get(0).tick(), "position 17,250 lies in tick 1 (the boot builds page tables up to about 17,100)");
            NarrationChecks.Result r = NarrationChecks.judge(lab.narration().get(0), session.snapshot(), 0);
            assertEquals(Boolean.TRUE, r.passed(), "prioBitmap as tick 0 ended: " + r.seen());
            assertEquals(true, r.atTickEnd());
        }
    }

    @Test
    void atTheEndOfTheLabEveryCheckHeldWhenItsTickEnded() {
        Scenario lab = ShippedLabs.load("scheduling");
        try (Session session = new Session(lab)) {
            session.runTo(Long.MAX_VALUE, "the end");
            for (NarrationStep step : lab.narration()) {
                if (step.check() != null) {
                    NarrationChecks.Result r = NarrationChecks.judge(step, session.snapshot(), 0);
                    assertEquals(Boolean.TRUE, r.passed(), "tick " + step.tick() + ": " + r.seen());
                }
            }
        }
    }
}
