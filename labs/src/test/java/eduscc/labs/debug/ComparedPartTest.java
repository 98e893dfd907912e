package eduscc.labs.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.kernel.sched.SleepPlugins;
import eduscc.kernel.sched.Task;
import eduscc.kernel.sched.TimerQueue;
import eduscc.kernel.sched.TimerQueueFactory;
import eduscc.labs.scenario.ComparedPart;
import eduscc.labs.scenario.ScenarioException;
import eduscc.labs.scenario.ShippedLabs;
import eduscc.machine.trace.TraceEvent;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code gui LAB --compare PLUGIN --part PART}: any plug-in point of a lab can be the compared one. */
class ComparedPartTest {
    /** The kit's timer list, except that every sleeper wakes one tick late. */
    private static final class OneTickLate implements TimerQueue {
        private final TimerQueue kit = TimerQueueFactory.KIT.create();

        @Override
        public void add(Task task, long now, long ticks) {
            kit.add(task, now, ticks + 1);
        }

        @Override
        public List<Task> expired(long tick) {
            return kit.expired(tick);
        }

        @Override
        public void remove(Task task) {
            kit.remove(task);
        }

        @Override
        public List<Task> sleepers() {
            return kit.sleepers();
        }
    }

    @BeforeAll
    static void registerALateTimerList() {
        SleepPlugins.register("one-tick-late", OneTickLate::new);
    }

    @Test
    void aNamedPartIsComparedInsteadOfTheOneTheLabIsAbout() {
        ComparedPart late = ComparedPart.of(ShippedLabs.load("scheduling"), "one-tick-late", "sleep");
        assertEquals("timer list", late.part());
        assertEquals("kit", late.kit().kernel().sleep());
        assertEquals("one-tick-late", late.student().kernel().sleep());
        assertEquals(late.kit().kernel().readyQueues(), late.student().kernel().readyQueues(), "the other parts as the lab names them");
        LabDifference d = LabDifference.find(late.kit(), late.student()).orElseThrow();
        assertTrue(d.seq() > 0, "the boot is the same in both");
        TraceEvent.ReadyQueueChange kitWakes = (TraceEvent.ReadyQueueChange) d.kit().event();
        TraceEvent.ReadyQueueChange lateRuns = (TraceEvent.ReadyQueueChange) d.student().event();
        assertEquals(List.of("realtime", true), List.of(kitWakes.task(), kitWakes.enqueued()),
            "the kit's list wakes the sleeper at its tick");
        assertEquals(List.of("normal-a", false), List.of(lateRuns.task(), lateRuns.enqueued()),
            "the late list leaves it asleep, and the scheduler takes the next ready task");
    }

    @Test
    void thePartTheLabIsAboutIsTheDefaultAndPartsAreNamedAsRunOptionsOrExercises() {
        ComparedPart about = ComparedPart.of(ShippedLabs.load("scheduling"), "kit");
        assertEquals(about, ComparedPart.of(ShippedLabs.load("scheduling"), "kit", "ready-queues"));
        assertEquals("software context switch", ComparedPart.of(ShippedLabs.load("scheduling"), "kit", "switch-context").part());
        assertEquals("software context switch", ComparedPart.of(ShippedLabs.load("scheduling"), "kit", "context-switch").part());
        assertEquals("APIC timer set-up", ComparedPart.of(ShippedLabs.load("interrupts"), "kit", "apic-timer").part());
        assertEquals(Optional.empty(), LabDifference.find(about.kit(), about.student()));
    }

    @Test
    void anUnknownPartListsThePartsAndAnUnknownPluginNamesItsField() {
        IllegalArgumentException part = assertThrows(IllegalArgumentException.class,
            () -> ComparedPart.of(ShippedLabs.load("scheduling"), "student", "scheduler"));
        assertEquals("no part 'scheduler' to compare; the parts: ready-queues, page-faults, hypercalls, messaging, gdt,"
            + " idt-gates, semaphores, sleep, elf-loader, apic-timer, context-switch, page-frames, syscalls, reset-stub", part.getMessage());
        ScenarioException plugin = assertThrows(ScenarioException.class,
            () -> ComparedPart.of(ShippedLabs.load("interrupts"), "nobody", "apic-timer"));
        assertEquals("kernel.apicTimer", plugin.path());
    }
}
