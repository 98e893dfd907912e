package eduscc.exercises.readyqueues;

import eduscc.kernel.sched.ReadyQueue;
import eduscc.kernel.sched.ReadyQueues;
import eduscc.kernel.sched.Task;
import java.util.List;
import java.util.function.IntUnaryOperator;

/** Hostile: no code of its own; every call goes to the kit's public ReadyQueues. */
final class DelegatesToTheKit implements ReadyQueue {
    private final ReadyQueue kit;

    DelegatesToTheKit(IntUnaryOperator bsr) {
        kit = new ReadyQueues(bsr);
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
