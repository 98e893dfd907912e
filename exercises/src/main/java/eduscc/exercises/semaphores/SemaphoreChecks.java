package eduscc.exercises.semaphores;

import eduscc.exercises.observing.ObservedCheck;
import eduscc.exercises.observing.Observer;
import eduscc.kernel.Kernel;
import eduscc.kernel.sched.CoreKernelData;
import eduscc.kernel.sched.Priority;
import eduscc.kernel.sched.Task;
import eduscc.kernel.sched.TaskState;
import eduscc.kernel.sync.Semaphore;
import eduscc.kernel.sync.WaitAndPostFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks of the {@code WaitAndPost} contract one rule at a time, each on a freshly booted
 * core ({@link CheckCore}) with its own tasks, so that one mistake costs the points of the rule
 * it breaks. The tasks record what they see while they run (the count, the waiters, the states
 * of other tasks) as the debugger would read it; the grader compares that with the kit's.
 *
 * <p>Task ids are the order of creation: the first task a check creates is task 1.
 */
final class SemaphoreChecks {
    /** A few timer ticks of computing (5 333 333 cycles make one tick at 100 Hz). */
    private static final int ONE_AND_A_HALF_TICKS = 8_000_000;

    private SemaphoreChecks() {
    }

    static List<ObservedCheck> all(WaitAndPostFactory semaphores) {
        return List.of(
            new ObservedCheck("a post with no waiter counts up, under the semaphore's lock", 10,
                o -> postsWithoutWaiters(o, semaphores)),
            new ObservedCheck("a wait on a positive count takes one and does not block", 10,
                o -> positiveCount(o, semaphores)),
            new ObservedCheck("a wait on zero puts the task's id at pos, moves pos on and blocks the task", 15,
                o -> waitOnZero(o, semaphores)),
            new ObservedCheck("waiters wake in the order they came (FIFO)", 15,
                o -> fifo(o, semaphores)),
            new ObservedCheck("a post wakes exactly one waiter and keeps the core", 10,
                o -> wakesOne(o, semaphores)),
            new ObservedCheck("a woken waiter looks at the count again: it never goes below zero", 15,
                o -> neverNegative(o, semaphores)));
    }

    /** Three posts on a semaphore nobody waits for: 1, 2, 3, each under the lock. */
    private static void postsWithoutWaiters(Observer o, WaitAndPostFactory semaphores) {
        CheckCore.Run run = CheckCore.run(semaphores, k -> {
            Semaphore s = k.semaphores().create("s", 0);
            k.scheduler().create("poster", Priority.NORMAL, () -> {
                for (int i = 1; i <= 3; i++) {
                    s.semPost();
                    o.see("the count after post " + i + " (it started at 0)", s.value());
                }
                o.see("the waiters after three posts", s.waiters());
            });
        });
        o.see("how often the poster took and released sem_t s.lock in its three posts", run.lockUse("sem_t s.lock"));
    }

    /** Count 3, two waits: 2, then 1, and the task never leaves the core. */
    private static void positiveCount(Observer o, WaitAndPostFactory semaphores) {
        CheckCore.Run run = CheckCore.run(semaphores, k -> {
            Semaphore s = k.semaphores().create("s", 3);
            k.scheduler().create("taker", Priority.NORMAL, () -> {
                s.semWait();
                o.see("the count after one wait (it started at 3)", s.value());
                s.semWait();
                o.see("the count after a second wait", s.value());
                o.see("the waiters", s.waiters());
                k.print("taker done. ");
            });
            k.scheduler().create("other", Priority.NORMAL, () -> k.print("other ran."));
        });
        o.see("the console (a wait that blocked would let the other task print first)", run.console());
        o.see("how often the taker took and released sem_t s.lock in its two waits", run.lockUse("sem_t s.lock"));
    }

    /** A (priority 16) waits on 0 and blocks; B (8) runs and looks at the sem_t's bytes, then posts. */
    private static void waitOnZero(Observer o, WaitAndPostFactory semaphores) {
        CheckCore.run(semaphores, (Kernel k, CoreKernelData memory) -> {
            Semaphore s = k.semaphores().create("s", 0);
            Task a = k.scheduler().create("A", Priority.HIGH, () -> {
                s.semWait();
                o.see("the count when A came back from its wait (after B's post)", s.value());
            });
            k.scheduler().create("B", Priority.NORMAL, () -> {
                o.see("A's state once it waited on 0 and B got the core", a.state());
                o.see("the waiters (task ids, oldest first)", s.waiters());
                o.see("queue[0] of the sem_t (A is task 1)", memory.probe32(s.address() + Semaphore.QUEUE));
                o.see("pos of the sem_t", memory.probe32(s.address() + Semaphore.POS));
                o.see("the count", s.value());
                s.semPost();
            });
        });
    }

    /** A yields first, so B and C wait before it: they wake B, C, A, one per post. */
    private static void fifo(Observer o, WaitAndPostFactory semaphores) {
        CheckCore.Run run = CheckCore.run(semaphores, k -> {
            Semaphore s = k.semaphores().create("s", 0);
            k.scheduler().create("A", Priority.NORMAL, () -> {
                k.scheduler().yieldCore();
                s.semWait();
                k.print("A");
            });
            for (String name : List.of("B", "C")) {
                k.scheduler().create(name, Priority.NORMAL, () -> {
                    s.semWait();
                    k.print(name);
                });
            }
            k.scheduler().create("poster", Priority.LOW, () -> {
                o.see("the waiters before the posts, oldest first", names(k, s.waiters()));
                for (int i = 0; i < 3; i++) {
                    s.semPost();
                    k.scheduler().yieldCore();
                }
            });
        });
        o.see("the order in which the waiters got through (each prints its name)", run.console());
    }

    /** Three tasks wait; one post by a lower-priority task: one of them is READY, the core stays with the poster. */
    private static void wakesOne(Observer o, WaitAndPostFactory semaphores) {
        CheckCore.run(semaphores, k -> {
            Semaphore s = k.semaphores().create("s", 0);
            List<Task> waiters = new ArrayList<>();
            for (String name : List.of("W1", "W2", "W3")) {
                waiters.add(k.scheduler().create(name, Priority.NORMAL, s::semWait));
            }
            k.scheduler().create("poster", Priority.LOW, () -> {
                s.semPost();
                o.see("waiting tasks made READY by one post", count(waiters, TaskState.READY));
                o.see("tasks still BLOCKED", count(waiters, TaskState.BLOCKED));
                o.see("ids left in the queue", s.waiters().size());
                o.see("the count right after the post", s.value());
                s.semPost();
                s.semPost();
            });
        });
    }

    /**
     * W waits on 0. P (16) posts: W is ready, but before it runs T (31) wakes from its sleep and
     * takes the count. When W runs at last the count is 0 again: it must queue again, not take.
     */
    private static void neverNegative(Observer o, WaitAndPostFactory semaphores) {
        CheckCore.Run run = CheckCore.run(semaphores, k -> {
            Semaphore s = k.semaphores().create("s", 0);
            k.scheduler().create("T", Priority.REALTIME, () -> {
                k.scheduler().sleep(2);
                s.semWait();
                k.print("T took it. ");
                o.see("the count when T came back from its wait", s.value());
            });
            k.scheduler().create("P", Priority.HIGH, () -> {
                k.scheduler().sleep(1);
                s.semPost();
                k.print("P posted. ");
                k.ops().work(ONE_AND_A_HALF_TICKS);
            });
            k.scheduler().create("W", Priority.NORMAL, () -> {
                s.semWait();
                k.print("W got it. ");
                o.see("the count when W came back from its wait", s.value());
            });
            k.scheduler().create("late", Priority.LOW, () -> {
                k.scheduler().sleep(4);
                s.semPost();
            });
        });
        o.see("the console", run.console());
    }

    private static List<String> names(Kernel k, List<Integer> ids) {
        List<String> names = new ArrayList<>();
        for (int id : ids) {
            Task t = k.scheduler().task(id);
            names.add(t == null ? "no task " + id : t.name());
        }
        return names;
    }

    private static int count(List<Task> tasks, TaskState state) {
        int n = 0;
        for (Task t : tasks) {
            n += t.state() == state ? 1 : 0;
        }
        return n;
    }
}
