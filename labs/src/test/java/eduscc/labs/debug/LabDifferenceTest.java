package eduscc.labs.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.kernel.sched.ReadyQueue;
import eduscc.kernel.sched.ReadyQueueFactory;
import eduscc.kernel.sched.ReadyQueuePlugins;
import eduscc.kernel.sched.Task;
import eduscc.labs.scenario.ComparedPart;
import eduscc.labs.scenario.ScenarioException;
import eduscc.labs.scenario.ShippedLabs;
import eduscc.machine.trace.TraceEvent;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code gui LAB --compare}: the first event where a lab with another plug-in goes differently. */
class LabDifferenceTest {
    /** The kit's queue, except that a priority's last task comes out first. */
    private static final class LastFirst implements ReadyQueue {
        private final ReadyQueue kit;

        LastFirst(ReadyQueue kit) {
            this.kit = kit;
        }

        @Override
        public void enqueue(Task t) {
            kit.enqueue(t);
        }

        @Override
        public void remove(Task t) {
            kit.remove(t);
        }

        @Override
        public Task dequeue(int priority) {
            List<Task> tasks = kit.tasksAt(priority);
            if (tasks.size() < 2) {
                return kit.dequeue(priority);
            }
            Task last = tasks.get(tasks.size() - 1);
            kit.remove(last);
            return last;
        }

        @Override
        public int highestPriority() {
            return kit.highestPriority();
        }

        @Override
        public int prioBitmap() {
            return kit.prioBitmap();
        }

        @Override
        public List<Task> tasksAt(int priority) {
            return kit.tasksAt(priority);
        }
    }

    @BeforeAll
    static void registerTheOtherQueues() {
        ReadyQueuePlugins.register("last-first", bsr -> new LastFirst(ReadyQueueFactory.KIT.create(bsr)));
        ReadyQueuePlugins.register("kit-on-the-heap", ReadyQueueFactory.KIT::create);
    }

    @Test
    void aCorrectQueueOnTheJavaHeapHasNoDifferenceThoughItsCyclesDiffer() {
        ComparedPart heap = ComparedPart.of(ShippedLabs.load("scheduling"), "kit-on-the-heap");
        assertEquals(Optional.empty(), LabDifference.find(heap.kit(), heap.student()));
    }

    @Test
    void theKitAgainstItselfHasNoDifference() {
        ComparedPart same = ComparedPart.of(ShippedLabs.load("scheduling"), "kit");
        assertEquals("ready queues", same.part());
        assertEquals(Optional.empty(), LabDifference.find(same.kit(), same.student()));
    }

    @Test
    void anotherOrderWithinAPriorityDiffersFirstWhereItTakesAnotherTaskOut() {
        ComparedPart other = ComparedPart.of(ShippedLabs.load("scheduling"), "last-first");
        LabDifference d = LabDifference.find(other.kit(), other.student()).orElseThrow();
        assertTrue(d.seq() > 0, "the boot is the same in both");
        assertNotEquals(d.kit().canonical(), d.student().canonical());
        assertEquals(d.seq(), d.kit().seq());
        assertEquals(d.seq(), d.student().seq());
        TraceEvent.ReadyQueueChange kitOut = (TraceEvent.ReadyQueueChange) d.kit().event();
        TraceEvent.ReadyQueueChange otherOut = (TraceEvent.ReadyQueueChange) d.student().event();
        assertEquals(false, kitOut.enqueued(), "a dequeue: " + kitOut);
        assertEquals(false, otherOut.enqueued(), "a dequeue: " + otherOut);
        assertEquals(kitOut.priority(), otherOut.priority());
        assertNotEquals(kitOut.task(), otherOut.task(), "the same list, another end");
        assertEquals(d, LabDifference.find(other.kit(), other.student()).orElseThrow(), "deterministic");
    }

    @Test
    void theComparedPartFollowsWhatTheLabIsAbout() {
        assertEquals("page-fault resolver", ComparedPart.of(ShippedLabs.load("fork"), "kit").part());
        assertEquals("hypercall dispatcher", ComparedPart.of(ShippedLabs.load("lguest"), "kit").part());
        assertEquals("send and receive", ComparedPart.of(ShippedLabs.load("ping-pong"), "kit").part());
        ScenarioException e = org.junit.jupiter.api.Assertions.assertThrows(ScenarioException.class,
            () -> ComparedPart.of(ShippedLabs.load("scheduling"), "nobody"));
        assertEquals("kernel.readyQueues", e.path());
    }
}
