package eduscc.visualizer.queues;

/**
 * A task where the run-queue view shows it: in a ready list, in the running box, idle, blocked,
 * sleeping or finished.
 *
 * @param name  the task's name, as the lab file gives it
 * @param moved the task is somewhere else than at the previous snapshot, or it left its ready
 *              list and came back in between (it went to the tail)
 * @param note  what the view adds after the name, e.g. "until tick 12" for a sleeper; empty for none
 */
public record TaskChip(String name, boolean moved, String note) {

    public TaskChip(String name, boolean moved) {
        this(name, moved, "");
    }
}
