package eduscc.visualizer.queues;

import eduscc.kernel.KernelSnapshot;
import eduscc.kernel.ipc.MailboxState;
import eduscc.kernel.sync.SemaphoreState;
import eduscc.labs.debug.DebugSnapshot;
import eduscc.machine.trace.TraceEntry;
import eduscc.machine.trace.TraceEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the run-queue view shows for one core at one pause: eduOS's ready queues (facts
 * eduos-metalsvm §3) as a lecturer draws them on the board. The 32 cells of {@code prioBitmap}
 * from bit 31 down to bit 0, the bit that {@code msb()} (one BSR) finds, the FIFO list of every
 * non-empty priority, the running task, the idle task and the tasks that wait or are done.
 *
 * <p>Built from immutable snapshots and holding no controls, so it is tested without a window.
 * Comparing with the previous snapshot gives what the view highlights: the bits that flipped and
 * the tasks that moved, with a sentence for each so that the meaning is in the text as well as in
 * the colour.
 *
 * @param switchingOut the task the scheduler has left and {@code finishTaskSwitch} has not yet put
 *     back (in no list meanwhile), shown next to the running task; null when no switch is under way
 */
public record RunQueueViewModel(int core, boolean hasKernel, long tick, int prioBitmap, int bsr,
                                List<BitmapCell> cells, List<ReadyList> readyLists, TaskChip running,
                                int runningPriority, boolean idleRuns, TaskChip idle, List<TaskChip> blocked,
                                List<TaskChip> finished, String contextSwitch, List<String> changes,
                                TaskChip switchingOut, Optional<DecisionExplained> decision,
                                List<TaskChip> sleeping, List<String> damage, List<WaitLine> waits) {

    /**
     * A place where tasks wait, in words: a semaphore or mutex ({@link SemaphoreState#describe}) or
     * the mailbox ({@link MailboxState#describe}), marked when it reads otherwise than a step before.
     */
    public record WaitLine(String text, boolean changed) { }

    /**
     * @param bsr      what {@code msb(prioBitmap)} finds in the bitmap now: what the next decision
     *                 would find if nothing changes before it
     * @param cells    the bitmap now; the cell marked BSR is what the last decision found in the
     *                 bitmap it read ({@link #decision})
     * @param decision the last decision of the core's scheduler, empty before the first
     * @param sleeping the tasks on the timer list, earliest wake tick first; not in {@code blocked}
     * @param damage   the kernel data the snapshot could not decode, each naming the field and the
     *                 address ({@link eduscc.kernel.KernelSnapshot#damage()}); empty when sound
     * @param waits    each semaphore and mutex of the core in words, with its count (or holder)
     *                 and its waiting tasks oldest first, then its mailbox if it was used: where a
     *                 blocked task waits; empty when the kernel has none of them
     */
    public RunQueueViewModel {
        cells = List.copyOf(cells);
        readyLists = List.copyOf(readyLists);
        blocked = List.copyOf(blocked);
        finished = List.copyOf(finished);
        changes = List.copyOf(changes);
        sleeping = List.copyOf(sleeping);
        damage = List.copyOf(damage);
        waits = List.copyOf(waits);
    }

    /**
     * The view of {@code core}'s kernel in {@code snapshot}, compared with {@code previous}.
     *
     * @param previous the snapshot shown before, or null; one of another lab counts as none
     * @return a model with {@code running} and {@code idle} null while the kernel's scheduler has not started
     * @throws IllegalArgumentException if the machine has no core {@code core}
     */
    public static RunQueueViewModel of(DebugSnapshot snapshot, DebugSnapshot previous, int core) {
        if (core < 0 || core >= snapshot.machine().cores().size()) {
            throw new IllegalArgumentException("lab " + snapshot.lab() + " has no core " + core);
        }
        KernelSnapshot now = snapshot.kernels().get(core);
        if (now == null) {
            return new RunQueueViewModel(core, false, 0, 0, -1, cells(0, 0, -1), List.of(), null, 0, false, null,
                List.of(), List.of(), "", List.of("core " + core + " runs no kernel in lab " + snapshot.lab()), null,
                Optional.empty(), List.of(), List.of(), List.of());
        }
        boolean comparable = previous != null && previous.lab().equals(snapshot.lab())
            && previous.kernels().containsKey(core);
        KernelSnapshot before = comparable ? previous.kernels().get(core) : null;
        Set<String> moved = new HashSet<>();
        List<String> changes = before == null ? new ArrayList<>()
            : new ArrayList<>(compare(before, now, requeuedSince(previous, snapshot, core), moved));
        List<WaitLine> waits = waitLines(before, now, changes);
        int flippedBits = before == null ? 0 : before.prioBitmap() ^ now.prioBitmap();

        List<ReadyList> lists = new ArrayList<>();
        for (Map.Entry<Integer, List<String>> e : new TreeMap<>(now.readyLists()).descendingMap().entrySet()) {
            lists.add(new ReadyList(e.getKey(), chips(e.getValue(), moved)));
        }
        boolean idleRuns = !now.idle().isEmpty() && now.running().equals(now.idle());
        Optional<DecisionExplained> decision = DecisionExplained.last(snapshot.trace(), core, now);
        List<TaskChip> sleeping = now.sleeping().stream()
            .map(t -> new TaskChip(t.name(), moved.contains(t.name()), "until tick " + t.wakeTick())).toList();
        return new RunQueueViewModel(core, true, now.tick(), now.prioBitmap(), now.highestPriority(),
            cells(now.prioBitmap(), flippedBits, decision.map(DecisionExplained::bsr).orElse(-1)), lists,
            chip(now.running(), moved), now.runningPriority(), idleRuns, chip(now.idle(), moved),
            chips(now.blocked(), moved), chips(now.finished(), moved), now.contextSwitch(), changes, chip(now.switchingOut(), moved), decision,
            sleeping, now.damage(), waits);
    }

    /**
     * Where the core's tasks wait now: its semaphores, then its mailbox, each marked and its change
     * said in {@code changes} when it read otherwise in {@code before} (null: nothing to compare with).
     * A semaphore is compared with the one of its name, the mailbox with the mailbox.
     */
    private static List<WaitLine> waitLines(KernelSnapshot before, KernelSnapshot now, List<String> changes) {
        Map<String, String> semaphoresWere = new HashMap<>();
        String mailboxWas = null;
        if (before != null) {
            before.semaphores().forEach(s -> semaphoresWere.put(s.name(), s.state()));
            mailboxWas = before.mailbox() == null ? null : before.mailbox().state();
        }
        List<WaitLine> lines = new ArrayList<>();
        for (SemaphoreState s : now.semaphores()) {
            lines.add(waitLine(s.name(), semaphoresWere.get(s.name()), s.state(), s.describe(), changes));
        }
        if (now.mailbox() != null) {
            MailboxState m = now.mailbox();
            lines.add(waitLine("mailbox", mailboxWas, m.state(), m.describe(), changes));
        }
        return lines;
    }

    /** One line, marked and its change said when {@code then} (null: not there before) differs from {@code state}. */
    private static WaitLine waitLine(String name, String then, String state, String text, List<String> changes) {
        boolean changed = then != null && !then.equals(state);
        if (changed) {
            changes.add(name + ": " + then + " -> " + state);
        }
        return new WaitLine(text, changed);
    }

    /**
     * What changed from {@code before} to {@code now}, in words, with the names of the tasks that
     * moved added to {@code moved}: the bits that flipped, then every task whose place differs or
     * that left its list and came back in between.
     */
    private static List<String> compare(KernelSnapshot before, KernelSnapshot now, Set<String> requeued,
                                        Set<String> moved) {
        List<String> changes = new ArrayList<>();
        int flipped = before.prioBitmap() ^ now.prioBitmap();
        for (int bit = 31; bit >= 0; bit--) {
            if ((flipped & (1 << bit)) != 0) {
                changes.add("bit " + bit + ((now.prioBitmap() & (1 << bit)) != 0 ? " set" : " cleared"));
            }
        }
        Map<String, String> placeNow = places(now);
        Map<String, String> placeBefore = places(before);
        placeNow.forEach((task, place) -> {
            String was = placeBefore.get(task);
            if (was == null) {
                moved.add(task);
                changes.add(task + ": " + (placeBefore.isEmpty() ? "new" : "not in any list") + " -> " + place);
            } else if (!was.equals(place)) {
                moved.add(task);
                changes.add(task + ": " + was + " -> " + place);
            } else if (requeued.contains(task)) {
                moved.add(task);
                changes.add(task + ": left and rejoined, now " + place);
            }
        });
        // Between the switch and finish_task_switch the old task is in no list (eduOS re-queues it
        // only on the new task's stack), and KernelSnapshot does not show it: say so, not "gone".
        placeBefore.forEach((task, was) -> {
            if (!placeNow.containsKey(task)) {
                changes.add(task + ": " + was + " -> not in any list (being switched out)");
            }
        });
        return changes;
    }

    /** The bitmap in hex, as {@code prio_bitmap} would print in a kernel debugger. */
    public String bitmapHex() {
        return String.format("0x%08X", prioBitmap);
    }

    /**
     * What the scheduler's one question, {@code msb(prioBitmap)}, answered at the last decision,
     * in the bitmap that decision read; the bitmap now is the next decision's question.
     */
    public String bsrText() {
        if (!hasKernel) {
            return "no kernel";
        }
        String next = bsr < 0 ? "now the bitmap is 0: nothing is ready for the next decision"
            : "now msb(prioBitmap) = " + bsr + ": what the next decision finds if nothing changes";
        return decision.map(d -> (d.bsr() < 0 ? "last decision: msb(" + d.bitmapHex() + "), BSR sets ZF: nothing was ready"
            : "last decision: msb(" + d.bitmapHex() + ") = " + d.bsr() + " (BSR), the highest priority that was ready")
            + "; " + next).orElse("no decision yet; " + next);
    }

    /** The cell of one bit. */
    public BitmapCell cell(int bit) {
        return cells.get(31 - bit);
    }

    private static List<BitmapCell> cells(int bitmap, int flipped, int bsr) {
        List<BitmapCell> cells = new ArrayList<>();
        for (int bit = 31; bit >= 0; bit--) {
            cells.add(new BitmapCell(bit, (bitmap & (1 << bit)) != 0, bit == bsr, (flipped & (1 << bit)) != 0));
        }
        return cells;
    }

    /** A chip, or null for the empty name a kernel has before its scheduler starts. */
    private static TaskChip chip(String name, Set<String> moved) {
        return name.isEmpty() ? null : new TaskChip(name, moved.contains(name));
    }

    private static List<TaskChip> chips(List<String> names, Set<String> moved) {
        return names.stream().map(n -> new TaskChip(n, moved.contains(n))).toList();
    }

    /** Where each task is; the running task is never in a ready list in eduOS (it is re-queued after the switch). */
    private static Map<String, String> places(KernelSnapshot k) {
        Map<String, String> places = new LinkedHashMap<>();
        if (k.running().isEmpty()) {
            return places; // the kernel has not started its scheduler yet
        }
        places.put(k.running(), k.running().equals(k.idle()) ? "running (idle)" : "running");
        if (!k.switchingOut().isEmpty()) {
            places.put(k.switchingOut(), "being switched out");
        }
        for (Map.Entry<Integer, List<String>> e : k.readyLists().entrySet()) {
            for (String task : e.getValue()) {
                places.putIfAbsent(task, "ready at " + e.getKey());
            }
        }
        k.blocked().forEach(t -> places.putIfAbsent(t, "blocked"));
        k.sleeping().forEach(t -> places.putIfAbsent(t.name(), "sleeping until tick " + t.wakeTick()));
        k.finished().forEach(t -> places.putIfAbsent(t, "finished"));
        places.putIfAbsent(k.idle(), "idle");
        return places;
    }

    /**
     * Tasks that were taken off or put on a ready list on this core between the two snapshots:
     * a task can leave its list and come back to the tail with nothing else to see.
     */
    private static Set<String> requeuedSince(DebugSnapshot previous, DebugSnapshot now, int core) {
        Set<String> names = new HashSet<>();
        if (previous.position() > now.position()) {
            return names;
        }
        for (TraceEntry e : eduscc.machine.trace.TracePrefix.since(previous.trace(), now.trace())) {
            if (e.core() == core && e.event() instanceof TraceEvent.ReadyQueueChange change) {
                names.add(change.task());
            }
        }
        return names;
    }
}
