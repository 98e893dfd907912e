package eduscc.exercises.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eduscc.exercises.observing.CheckObservations;
import eduscc.labs.scenario.Replay;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a failed lab check's replay stops, and in which of the check's labs. */
class LabReplaysTest {
    private static final List<String> LABELS = List.of("the first failure of the interrupts lab's run",
        "tick 1 of the interrupts lab", "the first failure of the thread-create-250hz lab's run",
        "tick 1 of the thread-create-250hz lab");
    private static final List<String> KIT = List.of("none", "100", "none", "200");
    private static final LabReplays TWO_LABS = new LabReplays(Judge.FIRST_DIFFERENCE,
        List.of("interrupts", "thread-create-250hz"), Replay.Plugins.apicTimer("student"),
        LabReplays.FIRST_FAILURE.orElse(LabReplays.nthEvent("tick ", "tick")));

    private static Replay replay(String... student) {
        return TWO_LABS.replay("apic-timer", "c", LABELS, KIT, new CheckObservations(List.of(student), null));
    }

    @Test
    void aValueBelongsToTheLabItsLabelNames() {
        assertEquals(new Replay("apic-timer", "c", "interrupts", Replay.Plugins.apicTimer("student"), "tick:1", "100",
            "101"), replay("none", "101", "none", "200"));
        assertEquals(new Replay("apic-timer", "c", "thread-create-250hz", Replay.Plugins.apicTimer("student"),
            "tick:1", "200", "201"), replay("none", "100", "none", "201"));
    }

    @Test
    void aBootChecksWordingOfAPanicStopsAtThePanic() {
        Replay replay = replay("none", "100", "the kernel stopped in threads: page fault at 0x0", "200");
        assertEquals("thread-create-250hz", replay.lab());
        assertEquals("Panic:1", replay.stopAt());
        assertEquals("Hang:1", replay("task idle ran Java without a machine operation for too long (an endless loop?)",
            "100", "none", "200").stopAt());
    }

    @Test
    void aBootChecksReplayIsOnlyForAFailureOfTheBootItself() {
        LabReplays.StopAt stop = LabReplays.FAILURE_IN_THE_BOOT;
        assertEquals("Panic:1", stop.at("the first failure of the boot", "none", "the kernel stopped in boot: x"));
        assertEquals("Hang:1", stop.at("the first failure of the boot", "none",
            "task boot ran Java without a machine operation for too long (an endless loop?)"));
        assertEquals(null, stop.at("the first failure of the boot", "none", "the kernel stopped in user: x"),
            "a task of the check's own");
        assertEquals(null, stop.at("the first failure of the boot", "none", "triple fault: #GP"), "not said where");
        assertEquals(null, stop.at("gate 123", "a", "b"));
    }

    @Test
    void aCheckWhoseValuesAllAgreeHasNone() {
        assertEquals(null, replay("none", "100", "none", "200"));
    }
}
