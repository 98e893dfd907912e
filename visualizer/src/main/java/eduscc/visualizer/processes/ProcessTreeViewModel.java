package eduscc.visualizer.processes;

import eduscc.kernel.KernelSnapshot;
import eduscc.kernel.ProcessInfo;
import eduscc.labs.debug.DebugSnapshot;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the process tree shows for one core at one pause: every task the core's kernel still
 * lists (alive, blocked, exited and not yet waited for, and reaped until a new task takes the
 * slot), each under the task that created it: a fork child or a thread under its process, a
 * task of the boot under the idle task, whose context the boot ran in. Read from the kernel
 * snapshot's {@link ProcessInfo}s, so stepping back shows the tree of the earlier step.
 */
public final class ProcessTreeViewModel {
    /** The two words of exit a student asks about, said once under the header. */
    public static final String LEGEND = "zombie: exited, its exit code not yet collected by a wait;"
        + " reaped: its slot is free for the next task (listed until one takes it)";

    private final int core;
    private final String header;
    private final List<ProcessRow> roots;

    private ProcessTreeViewModel(int core, String header, List<ProcessRow> roots) {
        this.core = core;
        this.header = header;
        this.roots = List.copyOf(roots);
    }

    /**
     * @param previous what to compare with ({@code PreviousSnapshot}: the state one step earlier);
     *                 null marks nothing as changed
     */
    public static ProcessTreeViewModel of(DebugSnapshot snapshot, DebugSnapshot previous, int core) {
        KernelSnapshot kernel = snapshot.kernels().get(core);
        if (kernel == null || kernel.processes().isEmpty()) {
            return new ProcessTreeViewModel(core, "core " + core + ": no kernel has booted here yet", List.of());
        }
        KernelSnapshot before = previous == null ? null : previous.kernels().get(core);
        Map<Integer, ProcessInfo> earlier = new TreeMap<>();
        if (before != null) {
            before.processes().forEach(p -> earlier.put(p.pid(), p));
        }
        Map<Integer, ProcessInfo> byPid = new TreeMap<>();
        kernel.processes().forEach(p -> byPid.put(p.pid(), p));
        List<ProcessRow> roots = new ArrayList<>();
        Set<Integer> placed = new HashSet<>();
        for (ProcessInfo p : kernel.processes()) {
            if (!byPid.containsKey(p.parent()) || p.parent() == p.pid()) {
                roots.add(row(p, byPid, earlier, before != null, placed));
            }
        }
        // A parent link that loops (scribbled bytes) reaches no root: list those tasks at the top.
        for (ProcessInfo p : kernel.processes()) {
            if (!placed.contains(p.pid())) {
                roots.add(row(p, byPid, earlier, before != null, placed));
            }
        }
        return new ProcessTreeViewModel(core, header(core, kernel.processes()), roots);
    }

    /** "core 0: 3 tasks: 2 alive, 1 zombie, 0 reaped". */
    private static String header(int core, List<ProcessInfo> processes) {
        long zombies = processes.stream().filter(p -> p.state().equals("zombie")).count();
        long reaped = processes.stream().filter(p -> p.state().equals("reaped")).count();
        return String.format(Locale.ROOT, "core %d: %d tasks: %d alive, %d %s, %d reaped", core, processes.size(),
            processes.size() - zombies - reaped, zombies, zombies == 1 ? "zombie" : "zombies", reaped);
    }

    private static ProcessRow row(ProcessInfo p, Map<Integer, ProcessInfo> byPid, Map<Integer, ProcessInfo> earlier,
                                  boolean hasEarlier, Set<Integer> placed) {
        placed.add(p.pid());
        List<ProcessRow> children = new ArrayList<>();
        for (ProcessInfo child : byPid.values()) {
            if (child.parent() == p.pid() && child.pid() != p.pid() && !placed.contains(child.pid())) {
                children.add(row(child, byPid, earlier, hasEarlier, placed));
            }
        }
        boolean changed = hasEarlier && !Objects.equals(earlier.get(p.pid()), p);
        return new ProcessRow(p.pid(), p.pid() + " " + p.name(), p.program(), p.kind().words(), p.state(),
            Integer.toString(p.priority()), p.exited() ? Integer.toString(p.exitCode()) : "", notes(p, byPid), changed,
            children);
    }

    /** What the task waits for, whose address space it borrows, or who collected its exit code. */
    static String notes(ProcessInfo p, Map<Integer, ProcessInfo> byPid) {
        if (p.borrowsFrom() >= 0 && !p.exited()) {
            return "vfork: runs on " + named(p.borrowsFrom(), byPid) + "'s address space until it calls execve or exits";
        }
        switch (p.state()) {
            case "blocked" -> {
                if (p.waitingFor() < 0) {
                    return "";
                }
                ProcessInfo child = byPid.get(p.waitingFor());
                if (child != null && child.borrowsFrom() == p.pid()) {
                    return "vfork: waits until " + named(p.waitingFor(), byPid) + " calls execve or exits";
                }
                return "waits for " + named(p.waitingFor(), byPid) + " to exit";
            }
            case "zombie" -> {
                ProcessInfo parent = byPid.get(p.parent());
                if (parent == null) {
                    return "no parent to collect it";
                }
                if (parent.kind() == ProcessInfo.Kind.IDLE) {
                    return "its parent, the idle task, never waits";
                }
                return "not yet collected: " + named(parent.pid(), byPid) + " may wait for it";
            }
            case "reaped" -> {
                return p.collectedBy() >= 0 ? "collected by the wait of " + named(p.collectedBy(), byPid)
                    : "reaped by the kernel: its parent had exited";
            }
            default -> {
                return "";
            }
        }
    }

    /** "1 (forkdemo)", or the bare id of a task no longer listed. */
    private static String named(int pid, Map<Integer, ProcessInfo> byPid) {
        ProcessInfo p = byPid.get(pid);
        return p == null ? Integer.toString(pid) : pid + " (" + p.name() + ")";
    }

    public int core() {
        return core;
    }

    /** "core 0: 3 tasks: 2 alive, 1 zombie, 0 reaped", or why there is no tree. */
    public String header() {
        return header;
    }

    /** The tasks at the top of the tree (the idle task, and any whose parent is gone), each with its children. */
    public List<ProcessRow> roots() {
        return roots;
    }

    /** Every row in the tree's order, each indented two spaces per level: what a test compares. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        roots.forEach(r -> flatten(r, 0, lines));
        return lines;
    }

    private static void flatten(ProcessRow row, int depth, List<String> lines) {
        lines.add("  ".repeat(depth) + row.line());
        row.children().forEach(c -> flatten(c, depth + 1, lines));
    }
}
