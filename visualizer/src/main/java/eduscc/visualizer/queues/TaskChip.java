package eduscc.visualizer.queues;

/**
 * A task where the run-queue view shows it: in a ready list, in the running box, idle, blocked or
 * finished.
 *
 * @param name  the task's name, as the lab file gives it
 * @param moved the task is somewhere else than at the previous snapshot, or it left its ready
 *              list and came back in between (it went to the tail)
 */
public record TaskChip(String name, boolean moved) {
}
