package eduscc.labs.run;

import eduscc.kernel.sched.Priority;
import eduscc.kernel.sched.ReadyQueue;
import eduscc.kernel.sched.Task;
import eduscc.kernel.sched.TaskState;
import java.util.ArrayList;
import java.util.List;

/** A student's classic bug: {@link #dequeue} forgets to clear the bit when the list runs empty. */
final class ForgetfulQueue implements ReadyQueue {
    private final List<List<Task>> lists = new ArrayList<>();
    private int bitmap;

    ForgetfulQueue() {
        for (int prio = 0; prio < Priority.MAX_PRIO; prio++) {
            lists.add(new ArrayList<>());
        }
    }

    @Override
    public void enqueue(Task t) {
        t.setState(TaskState.READY);
        lists.get(t.priority()).add(t);
        bitmap |= 1 << t.priority();
    }

    @Override
    public void remove(Task t) {
        List<Task> list = lists.get(t.priority());
        list.remove(t);
        if (list.isEmpty()) {
            bitmap &= ~(1 << t.priority());
        }
    }

    @Override
    public Task dequeue(int priority) {
        List<Task> list = lists.get(priority);
        return list.isEmpty() ? null : list.remove(0);
    }

    @Override
    public int highestPriority() {
        return bitmap == 0 ? -1 : 31 - Integer.numberOfLeadingZeros(bitmap);
    }

    @Override
    public int prioBitmap() {
        return bitmap;
    }

    @Override
    public List<Task> tasksAt(int priority) {
        return List.copyOf(lists.get(priority));
    }
}
