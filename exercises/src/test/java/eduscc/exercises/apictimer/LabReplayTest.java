package eduscc.exercises.apictimer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.exercises.grading.InProcessGrader;
import eduscc.kernel.arch.Apic;
import eduscc.kernel.arch.ApicTimerPlugins;
import eduscc.kernel.sched.ReadyQueuePlugins;
import eduscc.labs.run.BootedLab;
import eduscc.labs.run.LabRunner;
import eduscc.labs.scenario.Replay;
import eduscc.labs.scenario.Scenario;
import eduscc.labs.scenario.ShippedLabs;
import eduscc.machine.cpu.Operations;
import eduscc.machine.time.Clocks;
import eduscc.machine.trace.TraceEvent;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A failed lab check of the APIC timer writes a replay: the lab whose tick went wrong, with the
 * student's set-up, stopped at the tick where the two runs part.
 */
class LabReplayTest {
    private static final String PLUGIN = "planted-replay";
    private static InProcessGrader grader;
    private static int lab;

    @BeforeAll
    static void runTheReference() {
        grader = new InProcessGrader(ApicTimerExercise.NAME, ApicTimerExercise.reference());
        lab = grader.reference().size() - 1;
    }

    private static Replay replay(Class<?> fixture) {
        ApicTimerPlugins.register(PLUGIN, ApicTimerExercise.underTest(fixture.getName())::create);
        return grader.replay(ApicTimerExercise.checks(ApicTimerExercise.underTest(fixture.getName())::create, PLUGIN),
            lab);
    }

    private static Replay expected(String stopAt, String kit, String student) {
        return new Replay("apic-timer", grader.reference().get(lab).name(), "interrupts",
            Replay.Plugins.apicTimer("student"), stopAt, kit, student);
    }

    @Test
    void aTickThatComesLateStopsAtThatTick() {
        assertEquals(expected("tick:1", "6,607,059", "11,940,390"), replay(PlantedBugs.StartsTheTimerFirst.class));
    }

    /** One store too many before the count: every tick comes later by what that store costs. */
    @Test
    void aStoreTooManyStopsAtTheFirstTick() {
        assertEquals(expected("tick:1", "6,607,059", "6,607,060"), replay(PlantedBugs.WritesTheSvrTwice.class));
    }

    /** A wrong register value is its register check's alone: the lab runs with the kit's values, and writes no replay. */
    @Test
    void aWrongRegisterValueWritesNoReplayOfTheLab() {
        assertEquals(null, replay(PlantedBugs.OneShot.class));
        assertEquals(null, replay(PlantedBugs.MasksTheTimer.class));
    }

    /** The timer set up but never started (no initial count): the replay stops where the idle task halts for the first tick. */
    @Test
    void aTimerThatNeverTicksStopsAtTheFirstHalt() {
        assertEquals(expected("Halt:1", "7", "0"), replay(NeverStartsTheTimer.class));
        Scenario interrupts = ShippedLabs.load("interrupts");
        interrupts = interrupts.withKernel(interrupts.kernel().withApicTimer(PLUGIN));
        try (BootedLab booted = LabRunner.boot(interrupts, ReadyQueuePlugins.get(interrupts.kernel().readyQueues()))) {
            booted.machine().run(LabCheck.UNTIL_TICKS * Apic.countFor(100) * Clocks.TILE_533_UNITS);
            List<TraceEvent.Halt> halts = booted.machine().trace().events(TraceEvent.Halt.class);
            assertTrue(halts.get(0).interruptsEnabled(), "the idle task waits for a tick: " + halts.get(0));
            assertEquals(List.of(), booted.machine().trace().events(TraceEvent.InterruptDelivered.class));
        }
    }

    /** The divider and the LVT, but no initial count: the timer never starts. */
    public static final class NeverStartsTheTimer extends SolvedApicTimer {
        @Override
        void timer(Operations ops, int timerFreq) {
            ops.write32(APIC + 0x3E0, divide());
            ops.write32(APIC + 0x320, timerLvt());
        }
    }

    @Test
    void theKitsSetUpWritesNone() {
        assertEquals(null, replay(SolvedApicTimer.class));
    }
}
