package eduscc.kernel.sched;

import java.util.ArrayList;
import java.util.List;

/**
 * A student's first attempt at {@link ReadyQueue}, with the classic bug: {@link #dequeue} forgets
 * to clear the bit when the list runs empty. The tests use it to show what the kernel sees.
 */
final class ForgetfulReadyQueue implements ReadyQueue {
    private final List<List<Task>> lists = new ArrayList<>();
    private int bitmap;

    ForgetfulReadyQueue() {
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
        return list.isEmpty() ? null : list.remove(0); // the bug: the bit stays set
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
