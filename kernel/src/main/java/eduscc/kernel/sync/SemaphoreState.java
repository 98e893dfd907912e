package eduscc.kernel.sync;

import eduscc.kernel.sched.Scheduler;
import eduscc.kernel.sched.Task;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * One semaphore or mutex of a core as the debugger shows it at a pause: its count, the tasks in its
 * queue, oldest first (the order its posts wake them), and for a mutex the task that holds it.
 * Read with probes ({@link Semaphore#value()}, {@link Semaphore#waiters()}, {@link Mutex#owner()}),
 * so looking costs no cycle and changes nothing. A blocked task in the run-queue view is usually
 * in one of these queues: this says which.
 *
 * @param count   the sem_t's value word, unsigned as eduOS declares it
 * @param waiters the waiting tasks' names, oldest first
 * @param holder  a mutex's holder, "" while it is free; always "" for a semaphore
 */
public record SemaphoreState(String name, boolean mutex, long count, List<String> waiters, String holder) {
    public SemaphoreState {
        waiters = List.copyOf(waiters);
    }

    /**
     * Every semaphore of {@code semaphores}, then every mutex, each in the order it was created,
     * with task ids named from {@code scheduler}'s task table. An id no task has (a scribbled
     * queue slot) is shown as what it is.
     */
    public static List<SemaphoreState> of(Semaphores semaphores, Scheduler scheduler) {
        IntFunction<String> taskName = id -> scheduler.tasks().stream().filter(t -> t.id() == id).map(Task::name)
            .findFirst().orElse("task id " + id + " (no such task)");
        List<SemaphoreState> states = new ArrayList<>();
        for (Semaphore s : semaphores.all()) {
            states.add(new SemaphoreState(s.name(), false, Integer.toUnsignedLong(s.value()), names(s, taskName), ""));
        }
        for (Mutex m : semaphores.allMutexes()) {
            Semaphore s = m.semaphore();
            String holder = m.owner() == Semaphore.NO_TASK ? "" : taskName.apply(m.owner());
            states.add(new SemaphoreState(m.name(), true, Integer.toUnsignedLong(s.value()), names(s, taskName), holder));
        }
        return states;
    }

    private static List<String> names(Semaphore s, IntFunction<String> taskName) {
        return s.waiters().stream().map(taskName::apply).toList();
    }

    /** In words, as the run-queue view and the headless report show it: "ready: count 0, waiting: consumer". */
    public String describe() {
        return name + (mutex ? " (mutex): " : ": ") + state();
    }

    /** The part of {@link #describe} after the name: "count 0, waiting: consumer", "held by a, nobody waiting". */
    public String state() {
        String value = mutex ? (holder.isEmpty() ? "free" : "held by " + holder) : "count " + count;
        return value + (waiters.isEmpty() ? ", nobody waiting" : ", waiting: " + String.join(", ", waiters));
    }
}
