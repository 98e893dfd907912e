package eduscc.labs.run;

import java.util.List;
import java.util.Map;

/**
 * One core's part of a {@link RunReport}.
 *
 * @param pid             the core
 * @param state           the core's state at the end (HALTED, PANICKED, HUNG, ...)
 * @param contextSwitch   how this core's kernel switched tasks: "hardware" or "software"
 * @param ticks           timer ticks the kernel received
 * @param boot            the steps of the core's boot, up to the first tick
 * @param switches        every decision that changed the task on the core, in order; in a long run
 *                        only the first and the last ones (see {@code switchesLeftOut})
 * @param decisions       every scheduler decision, in order; in a long run only the first and the
 *                        last ones (see {@code decisionsLeftOut})
 * @param contextSwitches how many context switches of each kind the core made
 * @param readyQueues     the non-empty ready lists at the end, highest priority first
 * @param prioBitmap      the ready queue's bitmap at the end, as {@code 0x%08x}
 * @param prioBitmapCells the same bitmap as 32 cells, bit 31 on the left: {@code 31 [...X...] 0}
 * @param tasks           every task of the core at the end, idle task first
 * @param waitLines       where the core's tasks wait at the end, in words: each semaphore and mutex
 *                        with its count (or holder) and the tasks still waiting in it, oldest first,
 *                        then the mailbox if it was used; where a run that never ends is stuck
 *                        shows here. Empty when the kernel has neither
 * @param console         what the core wrote to port 0xE9
 * @param failures        panics, hangs and faults, with the task that was running
 * @param switchesBeforeGap  how many of {@code switches} come before the ones left out
 * @param switchesLeftOut    switches not in {@code switches} ({@code run --full} keeps them all)
 * @param decisionsBeforeGap how many of {@code decisions} come before the ones left out
 * @param decisionsLeftOut   decisions not in {@code decisions}
 */
public record CoreRun(int pid, String state, String contextSwitch, long ticks, List<BootStep> boot,
                      List<Switch> switches, List<Decision> decisions, Map<String, Long> contextSwitches,
                      List<ReadyList> readyQueues, String prioBitmap, String prioBitmapCells, List<TaskOutcome> tasks,
                      String console, List<Failure> failures, int switchesBeforeGap, long switchesLeftOut,
                      int decisionsBeforeGap, long decisionsLeftOut, List<String> waitLines) {

    /** A step of the boot: {@code what} happened at {@code cycle}. */
    public record BootStep(long cycle, String what) { }

    /** The core went from task {@code from} to task {@code to} at timer tick {@code tick}. */
    public record Switch(long tick, long cycle, String from, String to, String reason) { }

    /** One call of the scheduler: the bitmap it read, the priority BSR found, and what it chose. */
    public record Decision(long tick, long cycle, String prioBitmap, int chosenPriority, String from, String to,
                           String reason) {
        public boolean switchesTask() {
            return !from.equals(to);
        }
    }

    /** The tasks waiting at one priority, first to last. */
    public record ReadyList(int priority, List<String> tasks) { }

    /** A task as the run left it. */
    public record TaskOutcome(String name, int priority, String state, int exitCode) { }

    /**
     * Something that stopped the core or a task.
     *
     * @param kind   "panic", "hang", "triple fault" or "machine check"
     * @param task   the task on the core when it happened ("kernel boot" before the scheduler ran)
     * @param reason what happened
     */
    public record Failure(int core, String kind, String task, long tick, String reason) {
        /** The kind of a core whose reset stub never reached the kernel's entry: no kernel ran on it. */
        public static final String NO_KERNEL = "no kernel";
    }

    /** The 32 bits of a bitmap as cells, bit 31 on the left, labelled: {@code 31 [.......X] 0}. */
    public static String cells(int bitmap) {
        StringBuilder text = new StringBuilder("31 [");
        for (int bit = 31; bit >= 0; bit--) {
            text.append((bitmap >>> bit & 1) != 0 ? 'X' : '.');
        }
        return text.append("] 0").toString();
    }

    public static String hex(int bitmap) {
        return String.format("0x%08x", bitmap);
    }
}
