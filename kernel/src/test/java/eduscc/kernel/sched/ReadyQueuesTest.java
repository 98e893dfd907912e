package eduscc.kernel.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.Test;

/** The reference ready queue: lists per priority, a bitmap that tracks them, one BSR per question. */
class ReadyQueuesTest {

    private final ReadyQueues queues = ReadyQueues.withJavaBsr();

    private static Task task(int id, int prio) {
        return new Task(id, "t" + id, prio, false);
    }

    @Test
    void enqueueSetsTheBitOfThePriorityAndMakesTheTaskReady() {
        Task t = task(1, Priority.NORMAL);
        queues.enqueue(t);
        assertEquals(1 << 8, queues.prioBitmap());
        assertEquals(TaskState.READY, t.state());
        assertEquals(List.of(t), queues.tasksAt(8));
    }

    @Test
    void theBitStaysWhileTheListHoldsATaskAndGoesWithTheLast() {
        Task a = task(1, 8);
        Task b = task(2, 8);
        queues.enqueue(a);
        queues.enqueue(b);
        assertSame(a, queues.dequeue(8));
        assertEquals(1 << 8, queues.prioBitmap(), "b still waits at priority 8");
        queues.remove(b);
        assertEquals(0, queues.prioBitmap(), "the list of priority 8 is empty");
        assertNull(queues.dequeue(8));
    }

    @Test
    void removingATaskInNoListChangesNothing() {
        Task queued = task(1, 8);
        Task running = task(2, 8);
        queues.enqueue(queued);
        queues.remove(running);
        assertEquals(List.of(queued), queues.tasksAt(8));
        assertEquals(1 << 8, queues.prioBitmap());
    }

    @Test
    void realtimeUsesTheTopBitOfTheWord() {
        queues.enqueue(task(1, Priority.REALTIME));
        queues.enqueue(task(2, Priority.LOW));
        assertEquals(0x80000002, queues.prioBitmap());
        assertEquals(31, queues.highestPriority());
    }

    @Test
    void highestPriorityIsMinusOneWhenNothingIsReady() {
        assertEquals(-1, queues.highestPriority());
    }

    @Test
    void highestPriorityCostsExactlyOneBsrWhateverTheNumberOfTasks() {
        int[] calls = {0};
        IntUnaryOperator javaBsr = v -> v == 0 ? -1 : 31 - Integer.numberOfLeadingZeros(v);
        ReadyQueues counted = new ReadyQueues(v -> {
            calls[0]++;
            return javaBsr.applyAsInt(v);
        });
        for (int id = 1; id <= 40; id++) {
            counted.enqueue(task(id, 1 + id % 20));
        }
        counted.dequeue(5);
        assertEquals(0, calls[0], "enqueue and dequeue scan nothing");
        assertEquals(20, counted.highestPriority());
        assertEquals(1, calls[0], "one highestPriority() call, one BSR");
        counted.highestPriority();
        assertEquals(2, calls[0]);
    }

    @Test
    void theIdleTaskCannotBeQueued() {
        Task idle = new Task(0, "idle", Priority.IDLE, false);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> queues.enqueue(idle));
        assertTrue(e.getMessage().contains("task 0 \"idle\""), e.getMessage());
        assertEquals(0, queues.prioBitmap(), "bit 0 is never used");
    }

    @Test
    void aTaskAlreadyQueuedCannotBeQueuedAgain() {
        Task t = task(7, 8);
        queues.enqueue(t);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> queues.enqueue(t));
        assertTrue(e.getMessage().contains("task 7 \"t7\""), e.getMessage());
        assertEquals(List.of(t), queues.tasksAt(8));
    }

    @Test
    void priorityZeroHasNoListToDequeueFrom() {
        assertNull(queues.dequeue(Priority.IDLE));
        assertEquals(List.of(), queues.tasksAt(Priority.IDLE));
        assertThrows(IllegalArgumentException.class, () -> queues.dequeue(32));
    }

    @Test
    void bitmapTracksTheListsThrough2000RandomOperations() {
        Random random = new Random(3);
        List<Task> pool = new ArrayList<>();
        int[] crowded = {1, 8, 16, 31};
        for (int id = 1; id <= 64; id++) {
            pool.add(task(id, id <= 32 ? crowded[random.nextInt(crowded.length)] : 1 + random.nextInt(31)));
        }
        List<List<Task>> model = new ArrayList<>();
        for (int prio = 0; prio < Priority.MAX_PRIO; prio++) {
            model.add(new ArrayList<>());
        }
        for (int step = 0; step < 2000; step++) {
            Task t = pool.get(random.nextInt(pool.size()));
            String op;
            switch (random.nextInt(3)) {
                case 0 -> {
                    op = "enqueue " + t;
                    if (!model.get(t.priority()).contains(t)) {
                        queues.enqueue(t);
                        model.get(t.priority()).add(t);
                    }
                }
                case 1 -> {
                    op = "remove " + t;
                    queues.remove(t);
                    model.get(t.priority()).remove(t);
                }
                default -> {
                    int prio = random.nextInt(Priority.MAX_PRIO);
                    op = "dequeue " + prio;
                    List<Task> list = model.get(prio);
                    assertSame(list.isEmpty() ? null : list.remove(0), queues.dequeue(prio), "step " + step + ": " + op);
                }
            }
            assertAgreesWithModel(model, "step " + step + " (" + op + ")");
        }
    }

    private void assertAgreesWithModel(List<List<Task>> model, String when) {
        int expectedBitmap = 0;
        int expectedHighest = -1;
        for (int prio = 0; prio < Priority.MAX_PRIO; prio++) {
            assertEquals(model.get(prio), queues.tasksAt(prio), when + ": list of priority " + prio);
            if (!model.get(prio).isEmpty()) {
                expectedBitmap |= 1 << prio;
                expectedHighest = prio;
            }
        }
        assertEquals(String.format("0x%08x", expectedBitmap), String.format("0x%08x", queues.prioBitmap()),
            when + ": prioBitmap");
        assertEquals(expectedHighest, queues.highestPriority(), when + ": highest ready priority");
    }
}
