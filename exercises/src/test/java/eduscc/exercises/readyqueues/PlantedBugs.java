package eduscc.exercises.readyqueues;

import eduscc.kernel.sched.Priority;
import eduscc.kernel.sched.Task;
import eduscc.kernel.sched.TaskState;
import java.util.function.IntUnaryOperator;

/**
 * One student mistake per check of the ready-queues exercise, each in an otherwise correct queue
 * ({@link SolvedReadyQueues}), in the order of the checks.
 */
final class PlantedBugs {
    private PlantedBugs() {
    }

    /** FIFO: a task that already waits is quietly skipped instead of refused. */
    static final class IgnoresASecondEnqueue extends SolvedReadyQueues {
        IgnoresASecondEnqueue(IntUnaryOperator bsr) {
            super(bsr);
        }

        @Override
        public void enqueue(Task t) {
            if (t.priority() != Priority.IDLE && tasksAt(t.priority()).contains(t)) {
                return;
            }
            super.enqueue(t);
        }
    }

    /** Bitmap: the idle task (priority 0, bit 0) is quietly ignored instead of refused. */
    static final class IgnoresTheIdleTask extends SolvedReadyQueues {
        IgnoresTheIdleTask(IntUnaryOperator bsr) {
            super(bsr);
        }

        @Override
        public void enqueue(Task t) {
            if (t.priority() != Priority.IDLE) {
                super.enqueue(t);
            }
        }
    }

    /** One BSR: the highest priority found by walking the bits from 31 down. */
    static final class WalksTheBits extends SolvedReadyQueues {
        WalksTheBits(IntUnaryOperator bsr) {
            super(bsr);
        }

        @Override
        public int highestPriority() {
            for (int prio = Priority.MAX_PRIO - 1; prio > Priority.IDLE; prio--) {
                if ((prioBitmap() & 1 << prio) != 0) {
                    return prio;
                }
            }
            return -1;
        }
    }

    /** Highest priority: an empty queue answers 0, the idle task's priority, instead of -1. */
    static final class AnswersIdleWhenEmpty extends SolvedReadyQueues {
        AnswersIdleWhenEmpty(IntUnaryOperator bsr) {
            super(bsr);
        }

        @Override
        public int highestPriority() {
            return Math.max(Priority.IDLE, super.highestPriority());
        }
    }

    /** Remove: the first task is taken out whichever task was asked for (a dequeue in disguise). */
    static final class RemovesTheHead extends SolvedReadyQueues {
        RemovesTheHead(IntUnaryOperator bsr) {
            super(bsr);
        }

        @Override
        public void remove(Task t) {
            if (tasksAt(t.priority()).contains(t)) {
                dequeue(t.priority());
            }
        }
    }

    /** The model: lists for the four named priorities only (1, 8, 16, 31); a task of another priority is dropped. */
    static final class KnowsOnlyTheNamedPriorities extends SolvedReadyQueues {
        KnowsOnlyTheNamedPriorities(IntUnaryOperator bsr) {
            super(bsr);
        }

        private static boolean named(int priority) {
            return priority == Priority.LOW || priority == Priority.NORMAL || priority == Priority.HIGH
                || priority == Priority.REALTIME || priority == Priority.IDLE;
        }

        @Override
        public void enqueue(Task t) {
            if (named(t.priority())) {
                super.enqueue(t);
            }
        }
    }

    /**
     * The lab: READY taken to mean "waits in a list", so a READY task is refused as already waiting.
     * The scheduler's preempted task is READY and in no list until the switch is over, and then
     * this enqueue refuses to put it back.
     */
    static final class RefusesAReadyTask extends SolvedReadyQueues {
        RefusesAReadyTask(IntUnaryOperator bsr) {
            super(bsr);
        }

        @Override
        public void enqueue(Task t) {
            if (t.state() == TaskState.READY) {
                throw new IllegalStateException(t + " already waits in a list");
            }
            super.enqueue(t);
        }
    }

    /** The mistake planted for each check, in their order. */
    static final Class<?>[] BY_CHECK = {IgnoresASecondEnqueue.class, IgnoresTheIdleTask.class, WalksTheBits.class,
        AnswersIdleWhenEmpty.class, RemovesTheHead.class, KnowsOnlyTheNamedPriorities.class, RefusesAReadyTask.class};
}
