package eduscc.visualizer.processes;

import java.util.List;

/**
 * One task of the process tree as the view writes it, with the tasks it created under it.
 *
 * @param pid      the task's id (its slot in the task table)
 * @param task     the id and the kernel's name: "2 forkdemo-child"
 * @param program  the x86 program's path, "" for a Java task
 * @param kind     "x86 process", "x86 thread", "Java user task", "Java kernel task" or "idle"
 * @param state    "running", "ready", "blocked", "sleeping", "idle", "zombie" or "reaped"
 * @param exit     the exit code once the task has exited, else ""
 * @param notes    what it waits for, or who collected its exit code, in words
 * @param changed  whether the row differs from the step before (or the task is new)
 * @param children the tasks it created, by id
 */
public record ProcessRow(int pid, String task, String program, String kind, String state, String priority, String exit,
                         String notes, boolean changed, List<ProcessRow> children) {
    public ProcessRow {
        children = List.copyOf(children);
    }

    /** The row's cells joined by " | " (tests compare them). */
    public String line() {
        return String.join(" | ", task, program, kind, state, priority, exit, notes);
    }
}
