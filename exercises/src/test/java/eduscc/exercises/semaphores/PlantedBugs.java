package eduscc.exercises.semaphores;

import eduscc.kernel.sched.KernelData;
import eduscc.kernel.sched.Scheduler;
import eduscc.kernel.sync.Semaphore;

/** One mistake each, as students make them; each costs the points of the check that sees it. */
final class PlantedBugs {
    private PlantedBugs() {
    }

    /** Counts up without the sem_t's lock: right on one core with interrupts off, but not the contract. */
    public static final class PostsWithoutTheLock extends SolvedSemaphores {
        public PostsWithoutTheLock(Scheduler scheduler, KernelData data) {
            super(scheduler, data);
        }

        @Override
        public void semPost(Semaphore sem) {
            int irq = data.irqNestedDisable();
            sem.writeValue(sem.readValue() + 1);
            wakeWaiters(sem);
            data.irqNestedEnable(irq);
        }
    }

    /** A wait takes the whole count: right while the count is never above 1. */
    public static final class TakesTheWholeCount extends SolvedSemaphores {
        public TakesTheWholeCount(Scheduler scheduler, KernelData data) {
            super(scheduler, data);
        }

        @Override
        int take(int value) {
            return 0;
        }
    }

    /** Moves pos on by two: waiters still wake in order, but the ring is not the one the debugger reads. */
    public static final class SkipsASlot extends SolvedSemaphores {
        public SkipsASlot(Scheduler scheduler, KernelData data) {
            super(scheduler, data);
        }

        @Override
        int next(int pos) {
            return (pos + 2) % Semaphore.QUEUE_LENGTH;
        }
    }

    /** Searches the ring backwards from the newest id: the last to come is the first to go. */
    public static final class WakesTheNewest extends SolvedSemaphores {
        public WakesTheNewest(Scheduler scheduler, KernelData data) {
            super(scheduler, data);
        }

        @Override
        void wakeWaiters(Semaphore sem) {
            int i = sem.readPos();
            for (int k = 0; k < Semaphore.QUEUE_LENGTH; k++) {
                i = (i + Semaphore.QUEUE_LENGTH - 1) % Semaphore.QUEUE_LENGTH;
                int id = sem.readQueue(i);
                if (id != Semaphore.NO_TASK) {
                    sem.writeQueue(i, Semaphore.NO_TASK);
                    scheduler.wakeup(scheduler.task(id));
                    return;
                }
            }
        }
    }

    /** Wakes every waiter at each post; those who find the count taken queue again. */
    public static final class WakesEveryone extends SolvedSemaphores {
        public WakesEveryone(Scheduler scheduler, KernelData data) {
            super(scheduler, data);
        }

        @Override
        void wakeWaiters(Semaphore sem) {
            for (int i = 0; i < Semaphore.QUEUE_LENGTH; i++) {
                int id = sem.readQueue(i);
                if (id != Semaphore.NO_TASK) {
                    sem.writeQueue(i, Semaphore.NO_TASK);
                    scheduler.wakeup(scheduler.task(id));
                }
            }
        }
    }

    /** A woken waiter takes one without looking: if another task took the count first, it goes to -1. */
    public static final class TakesWithoutLookingAgain extends SolvedSemaphores {
        public TakesWithoutLookingAgain(Scheduler scheduler, KernelData data) {
            super(scheduler, data);
        }

        @Override
        public void semWait(Semaphore sem) {
            int irq = data.irqNestedDisable();
            if (!takeOrQueue(sem)) {
                scheduler.block();
                int flags = sem.lock();
                sem.writeValue(sem.readValue() - 1);
                sem.unlock(flags);
            }
            data.irqNestedEnable(irq);
        }
    }

    /** Gives the core away at every post, so a woken waiter of higher priority runs at once (eduOS's does not). */
    public static final class PostCallsTheScheduler extends SolvedSemaphores {
        public PostCallsTheScheduler(Scheduler scheduler, KernelData data) {
            super(scheduler, data);
        }

        @Override
        public void semPost(Semaphore sem) {
            super.semPost(sem);
            scheduler.yieldCore();
        }
    }
}
