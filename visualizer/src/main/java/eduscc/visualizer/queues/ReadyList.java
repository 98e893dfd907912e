package eduscc.visualizer.queues;

import java.util.List;

/**
 * The FIFO list of one non-empty priority, head first: the task the scheduler takes next is
 * {@code tasks.get(0)}, and a task that gives up the core is appended at the end (eduOS
 * {@code finish_task_switch}).
 */
public record ReadyList(int priority, List<TaskChip> tasks) {

    public ReadyList {
        tasks = List.copyOf(tasks);
    }
}
