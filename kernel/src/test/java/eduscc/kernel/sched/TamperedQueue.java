package eduscc.kernel.sched;

import java.util.ArrayList;
import java.util.List;

/**
 * A correct {@link ReadyQueues} seen through a view that also shows tasks the test slipped into
 * other lists, bit included, so that a test can build exactly one kind of damage at a time.
 */
final class TamperedQueue implements ReadyQueue {
    private final ReadyQueues real = ReadyQueues.withJavaBsr();
    private final List<List<Task>> extra = new ArrayList<>();

    TamperedQueue() {
        for (int prio = 0; prio < Priority.MAX_PRIO; prio++) {
            extra.add(new ArrayList<>());
        }
    }

    /** Makes the list of {@code priority} appear to hold {@code t} as well, with its bit set. */
    void alsoListAt(int priority, Task t) {
        extra.get(priority).add(t);
    }

    @Override
    public void enqueue(Task t) {
        real.enqueue(t);
    }

    @Override
    public void remove(Task t) {
        real.remove(t);
    }

    @Override
    public Task dequeue(int priority) {
        return real.dequeue(priority);
    }

    @Override
    public int highestPriority() {
        int bitmap = prioBitmap();
        return bitmap == 0 ? -1 : 31 - Integer.numberOfLeadingZeros(bitmap);
    }

    @Override
    public int prioBitmap() {
        int bitmap = real.prioBitmap();
        for (int prio = 0; prio < Priority.MAX_PRIO; prio++) {
            if (!extra.get(prio).isEmpty()) {
                bitmap |= 1 << prio;
            }
        }
        return bitmap;
    }

    @Override
    public List<Task> tasksAt(int priority) {
        List<Task> tasks = new ArrayList<>(real.tasksAt(priority));
        tasks.addAll(extra.get(priority));
        return tasks;
    }
}
