package eduscc.visualizer.queues;

import eduscc.kernel.KernelSnapshot;
import eduscc.kernel.sched.Priority;
import eduscc.kernel.sched.SchedulerDecision;
import eduscc.machine.trace.TraceEntry;
import eduscc.machine.trace.TraceEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "Why did this task run": the scheduler decision a core took last, read from its
 * {@link TraceEvent.SchedulerDecision} event, with the bitmap that decision read (not the bitmap
 * now: the chosen task has left its list since, and its bit may be gone), what BSR found in it,
 * the priority chosen and the reason in words (eduOS {@code scheduler()}, facts eduos-metalsvm §3).
 *
 * @param seq            the decision's trace sequence number
 * @param prioBitmap     the bitmap the decision read
 * @param bsr            what {@code msb(prioBitmap)} (one BSR) found in it; -1 when it was 0 (BSR sets ZF)
 * @param chosenPriority the priority of the task that runs after the decision
 * @param from           the task that was current when the scheduler was called
 * @param to             the task that runs after it
 * @param reason         the kernel's reason, e.g. "round robin"
 * @param because        the reason as a sentence for the class
 */
public record DecisionExplained(long seq, int prioBitmap, int bsr, int chosenPriority, String from, String to,
                                String reason, String because) {

    /** The last decision of {@code core} in {@code trace}, explained with the tasks of {@code kernel}; empty before the first. */
    public static Optional<DecisionExplained> last(List<TraceEntry> trace, int core, KernelSnapshot kernel) {
        for (int i = trace.size() - 1; i >= 0; i--) {
            TraceEntry e = trace.get(i);
            if (e.core() == core && e.event() instanceof TraceEvent.SchedulerDecision d) {
                return Optional.of(of(e.seq(), d, kernel));
            }
        }
        return Optional.empty();
    }

    static DecisionExplained of(long seq, TraceEvent.SchedulerDecision d, KernelSnapshot kernel) {
        int bsr = d.prioBitmap() == 0 ? -1 : 31 - Integer.numberOfLeadingZeros(d.prioBitmap());
        return new DecisionExplained(seq, d.prioBitmap(), bsr, d.chosenPriority(), d.from(), d.to(), d.reason(),
            because(d, bsr, kernel));
    }

    /** The reason as the lecturer says it, with the priorities that decided it. */
    private static String because(TraceEvent.SchedulerDecision d, int bsr, KernelSnapshot kernel) {
        String from = d.from();
        String to = d.to();
        int fromPriority = kernel.task(from).map(KernelSnapshot.TaskEntry::priority).orElse(-1);
        switch (d.reason()) {
            case SchedulerDecision.HIGHER_PRIORITY_READY:
                if (fromPriority == Priority.IDLE) {
                    return to + ", first in list " + d.chosenPriority() + ", takes the core from the idle task";
                }
                if (fromPriority < 0) { // a task the kernel no longer lists: say what the trace knows
                    return to + " (" + d.chosenPriority() + ") outranks " + from + ", which is preempted";
                }
                return to + " (" + d.chosenPriority() + ") outranks " + from + " (" + fromPriority + "): " + from
                    + " is preempted and goes to the tail of list " + fromPriority + " after the switch";
            case SchedulerDecision.ROUND_ROBIN:
                return "round robin: " + from + " and " + to + " share priority " + d.chosenPriority() + "; " + from
                    + " had its turn and goes to the tail of list " + d.chosenPriority() + ", " + to
                    + " was first in it";
            case SchedulerDecision.CURRENT_KEEPS_RUNNING:
                return bsr < 0 ? "nothing else is ready (the bitmap is 0), so " + from + " keeps the core"
                    : from + " (" + d.chosenPriority() + ") is above everything ready (" + bsr + "), so it keeps the core";
            case SchedulerDecision.IDLE:
                return "nothing is ready and " + from + " cannot go on, so the idle task runs and halts until an interrupt";
            case SchedulerDecision.CURRENT_BLOCKED:
                return from + " " + waits(kernel, from) + ", so " + to + ", first in list " + d.chosenPriority()
                    + ", runs";
            case SchedulerDecision.CURRENT_FINISHED:
                return from + " finished, so " + to + ", first in list " + d.chosenPriority() + ", runs";
            default:
                return d.reason() + ": " + from + " -> " + to;
        }
    }

    /** "went to sleep until tick 12" while the task still sleeps, else "blocked". */
    private static String waits(KernelSnapshot kernel, String task) {
        return kernel.task(task).filter(KernelSnapshot.TaskEntry::sleeping)
            .map(t -> "went to sleep until tick " + t.wakeTick())
            .orElse("blocked");
    }

    /** Whether the decision moved the core to another task. */
    public boolean switchesTask() {
        return !from.equals(to);
    }

    /** The bitmap it read in hex. */
    public String bitmapHex() {
        return String.format("0x%08X", prioBitmap);
    }

    /** The set bits of the bitmap it read, highest first: "31, 16, 8, 1", or "none". */
    public String setBits() {
        List<String> bits = new ArrayList<>();
        for (int bit = 31; bit >= 0; bit--) {
            if ((prioBitmap & (1 << bit)) != 0) {
                bits.add(Integer.toString(bit));
            }
        }
        return bits.isEmpty() ? "none" : String.join(", ", bits);
    }

    /** "read prioBitmap 0x80010102 (bits 31, 16, 8, 1): BSR found 31, priority 31 chosen". */
    public String readText() {
        String found = bsr < 0 ? "BSR found no bit (ZF set)" : "BSR found " + bsr;
        return "read prioBitmap " + bitmapHex() + " (bits " + setBits() + "): " + found + ", priority "
            + chosenPriority + " chosen";
    }

    /** "idle -> realtime (higher priority ready)" or "normal-a keeps the core (current keeps running)". */
    public String outcomeText() {
        return (switchesTask() ? from + " -> " + to : from + " keeps the core") + " (" + reason + ")";
    }
}
