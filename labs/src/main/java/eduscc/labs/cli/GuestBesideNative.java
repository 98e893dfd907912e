package eduscc.labs.cli;

import eduscc.kernel.bench.GuestBenchmark;
import eduscc.kernel.bench.JacobiBenchmark;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The paper's Table II in {@code eduscc bench}: every row natively and with the kit's kernel as
 * an lguest guest, side by side, in core cycles. JSON {@code native.{getpid, pageFault, fork,
 * vfork, threadCreateJoin, jacobi, jacobi2}} (the first five are the {@code syscalls} figures
 * again) and, beside the guest rows already there, {@code guest.{fork, vfork, threadCreateJoin,
 * jacobi, jacobi2}}; a guest row that cannot be measured is null, with the reason under
 * {@code guest.notYet}.
 */
final class GuestBesideNative {
    private static final String[][] ROWS = {
        {"getpid", "getpid"}, {"pageFault", "page fault"}, {"fork", "fork + wait"}, {"vfork", "vfork + wait"},
        {"threadCreateJoin", "thread + join"}, {"jacobi", "jacobi"}, {"jacobi2", "jacobi x2"}};

    private GuestBesideNative() {
    }

    /** Runs the Jacobi rows and builds {@code native}; the other rows come from {@code syscalls}. */
    static Map<String, Object> nativeRows(Map<String, Object> syscalls) {
        Map<String, Object> rows = new LinkedHashMap<>();
        for (String key : new String[] {"getpid", "pageFault", "fork", "vfork", "threadCreateJoin"}) {
            rows.put(key, syscalls.get(key));
        }
        rows.put("jacobi", JacobiBenchmark.nativeAlone());
        rows.put("jacobi2", JacobiBenchmark.nativeShared());
        rows.put("jacobi2TimerHz", JacobiBenchmark.SHARED_TIMER_HZ);
        return rows;
    }

    /**
     * Runs the guest's Jacobi rows into {@code guest}, with what explains them (the longest
     * stretch without an exit, the exits by reason), and marks the rows not measured yet.
     */
    static void addGuestRows(Map<String, Object> guest) {
        Map<String, Object> notYet = new LinkedHashMap<>();
        guest.put("fork", GuestBenchmark.forkAndWait());
        guest.put("vfork", GuestBenchmark.vforkAndWait());
        guest.put("threadCreateJoin", GuestBenchmark.threadCreateJoin());
        JacobiBenchmark.GuestRun alone = JacobiBenchmark.guestAlone();
        guest.put("jacobi", alone.cycles());
        guest.put("jacobiLongestExitFreeStretch", alone.longestExitFreeStretch());
        guest.put("jacobiExits", alone.exitsByReason());
        try {
            JacobiBenchmark.GuestRun shared = JacobiBenchmark.guestShared();
            guest.put("jacobi2", shared.cycles());
            guest.put("jacobi2Exits", shared.exitsByReason());
        } catch (IllegalStateException failed) {
            guest.put("jacobi2", null);
            notYet.put("jacobi2", "two processes in the guest did not finish: " + failed.getMessage().lines().findFirst().orElse(""));
        }
        guest.put("notYet", notYet);
    }

    /** native | guest | guest/native, one line a row; "not yet" where the guest has no figure. */
    static void print(PrintStream out, Map<?, ?> nativeRows, Map<?, ?> guest) {
        out.println("Table II, native beside guest, in core cycles");
        out.printf("  %-14s %10s %10s %13s%n", "", "native", "guest", "guest/native");
        for (String[] row : ROWS) {
            Object n = nativeRows.get(row[0]);
            Object g = guest.get(row[0]);
            if (g == null) {
                out.printf("  %-14s %,10d %10s%n", row[1], ((Number) n).longValue(), "not yet");
            } else {
                long nativeCycles = ((Number) n).longValue();
                long guestCycles = ((Number) g).longValue();
                out.printf("  %-14s %,10d %,10d %13.3f%n", row[1], nativeCycles, guestCycles, (double) guestCycles / nativeCycles);
            }
        }
        out.printf("  jacobi: 200 sweeps of a 32x32 grid, timer 100 Hz; the guest ran %,d cycles without an exit%n",
            (Long) guest.get("jacobiLongestExitFreeStretch"));
        out.printf("  jacobi x2: two processes sharing the core, timer %d Hz, until both finish%n", (Integer) nativeRows.get("jacobi2TimerHz"));
        Map<?, ?> notYet = (Map<?, ?>) guest.get("notYet");
        if (notYet.containsKey("jacobi2")) {
            out.println("  jacobi x2 in the guest: not yet (" + notYet.get("jacobi2") + ")");
        } else {
            out.println("  the guest's exits in its jacobi x2 run, boot included: " + guest.get("jacobi2Exits"));
        }
    }
}
