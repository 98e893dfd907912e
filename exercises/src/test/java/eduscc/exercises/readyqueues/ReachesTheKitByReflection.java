package eduscc.exercises.readyqueues;

import eduscc.kernel.sched.ReadyQueue;
import eduscc.kernel.sched.Task;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * Hostile: uses the kit's ReadyQueues without naming it anywhere in its code: the class name is
 * put together at run time and the queue is kept in a field of type Object.
 */
final class ReachesTheKitByReflection implements ReadyQueue {
    private final Object hidden;

    ReachesTheKitByReflection(IntUnaryOperator bsr) throws ReflectiveOperationException {
        String name = String.join(".", "eduscc", "kernel", "sched", "Ready" + "Queue".concat("s"));
        hidden = Class.forName(name).getConstructor(IntUnaryOperator.class).newInstance(bsr);
    }

    private ReadyQueue kit() {
        return (ReadyQueue) hidden;
    }

    @Override
    public void enqueue(Task t) {
        kit().enqueue(t);
    }

    @Override
    public void remove(Task t) {
        kit().remove(t);
    }

    @Override
    public Task dequeue(int priority) {
        return kit().dequeue(priority);
    }

    @Override
    public int highestPriority() {
        return kit().highestPriority();
    }

    @Override
    public int prioBitmap() {
        return kit().prioBitmap();
    }

    @Override
    public List<Task> tasksAt(int priority) {
        return kit().tasksAt(priority);
    }
}
