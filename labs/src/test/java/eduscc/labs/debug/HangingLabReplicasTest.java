package eduscc.labs.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.kernel.sched.KernelData;
import eduscc.kernel.sched.ReadyQueue;
import eduscc.kernel.sched.ReadyQueueFactory;
import eduscc.kernel.sched.ReadyQueuePlugins;
import eduscc.kernel.sched.Task;
import eduscc.kernel.sched.TaskTable;
import eduscc.labs.scenario.Scenario;
import eduscc.labs.scenario.ScenarioReader;
import eduscc.machine.trace.TraceEvent;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A lab whose Java code hangs somewhere (a student's ready queue that loops forever) leaves one
 * thread looping for good at each run that gets there. The replica worker makes at most one such
 * run: after a replica has met the hang it makes no more, however the session moves on.
 */
class HangingLabReplicasTest {
    private static final String PLUGIN = "test-hangs-at-enqueue-40";
    private static final AtomicInteger HANGS = new AtomicInteger();
    private static volatile boolean spinning = true;

    @AfterEach
    void letTheHungThreadsGo() {
        spinning = false;
    }

    /** The kit's queue, except that its 40th enqueue loops without a machine operation. */
    private static final class HangsAtEnqueue40 implements ReadyQueue {
        private final ReadyQueue kit;
        private int enqueues;

        HangsAtEnqueue40(ReadyQueue kit) {
            this.kit = kit;
        }

        @Override
        public void enqueue(Task t) {
            if (++enqueues == 40) {
                HANGS.incrementAndGet();
                while (spinning) {
                    Thread.onSpinWait();
                }
            }
            kit.enqueue(t);
        }

        @Override
        public void remove(Task t) {
            kit.remove(t);
        }

        @Override
        public Task dequeue(int priority) {
            return kit.dequeue(priority);
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

    @Test
    void afterAReplicaMetTheHangTheWorkerMakesNoMore() {
        ReadyQueuePlugins.register(PLUGIN, new ReadyQueueFactory() {
            @Override
            public ReadyQueue create(IntUnaryOperator bsr) {
                return new HangsAtEnqueue40(ReadyQueueFactory.KIT.create(bsr));
            }

            @Override
            public ReadyQueue create(IntUnaryOperator bsr, KernelData data, int address, TaskTable table) {
                return new HangsAtEnqueue40(ReadyQueueFactory.KIT.create(bsr, data, address, table));
            }
        });
        // Core 0's two tasks take turns until its queue hangs; core 1 only idles and ticks on.
        Scenario lab = ScenarioReader.parse("hangs.json", """
            {"name": "hangs", "description": "core 0's ready queue hangs, core 1 ticks on",
             "machine": {"cores": [0, 1]}, "kernel": {"timerFreq": 10000, "readyQueues": "%s"},
             "cores": [{"pid": 0, "tasks": [
                 {"name": "a", "priority": 8, "steps": [{"type": "slices", "count": 1000}]},
                 {"name": "b", "priority": 8, "steps": [{"type": "slices", "count": 1000}]}]},
               {"pid": 1, "tasks": [{"name": "sleeper", "priority": 8, "steps": [{"type": "sleep", "ticks": 100000}]}]}]}
            """.formatted(PLUGIN));
        try (Session session = new Session(lab, new ReplicaLadder(1000, 10_000))) {
            session.runTo(60_000, "past the hang");
            // Not HANGS yet: the worker may already have a replica spinning in the queue by now.
            assertTrue(session.snapshot().trace().stream().anyMatch(e -> e.event() instanceof TraceEvent.Hang),
                "the live run met the hang");
            session.awaitReplicas();
            assertTrue(session.replicasStoppedByAHang(), "a replica behind 60,000 passed the hang too");
            assertEquals(2, HANGS.get(), "the live run and one replica");
            for (int i = 0; i < 3; i++) {
                session.runTo(session.snapshot().position() + 5_000, "on");
                session.awaitReplicas();
            }
            assertEquals(2, HANGS.get(), "no replica was made after the first one met the hang");
        }
    }
}
