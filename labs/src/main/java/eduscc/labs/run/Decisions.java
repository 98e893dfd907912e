package eduscc.labs.run;

import java.io.PrintStream;
import java.util.List;

/**
 * The scheduler's decisions of one core as a table: tick, cycle, the bitmap BSR read, the priority
 * it found, and what happened and why. A run of identical decisions in which the running task
 * keeps the core (an idle core, tick after tick) is one row with a count.
 */
final class Decisions {

    private Decisions() {
    }

    static void print(CoreRun core, PrintStream out) {
        out.println();
        out.println("core " + core.pid() + ": scheduler decisions (prio: msb(prioBitmap), the highest ready priority)");
        out.println("   tick         cycle  prioBitmap  prio  decision");
        List<CoreRun.Decision> all = core.decisions();
        int gapAt = core.decisionsLeftOut() > 0 ? core.decisionsBeforeGap() : -1;
        int i = 0;
        while (i < all.size()) {
            if (i == gapAt) {
                out.printf("  %5s  (%d decisions left out; run --full shows every one)%n", "..", core.decisionsLeftOut());
            }
            CoreRun.Decision d = all.get(i);
            int same = 1;
            while (!d.switchesTask() && i + same < all.size() && i + same != gapAt && sameKeep(d, all.get(i + same))) {
                same++;
            }
            String what = d.switchesTask() ? d.from() + " -> " + d.to() : d.from() + " keeps the core";
            String repeat = same == 1 ? "" : "  x" + same + " (ticks " + d.tick() + " to " + all.get(i + same - 1).tick() + ")";
            out.printf("  %5d  %12d  %s  %4d  %s  (%s)%s%n", d.tick(), d.cycle(), d.prioBitmap(), d.chosenPriority(),
                what, d.reason(), repeat);
            i += same;
        }
        if (all.isEmpty()) {
            out.println("  (none: no timer tick reached the scheduler)");
        }
    }

    private static boolean sameKeep(CoreRun.Decision a, CoreRun.Decision b) {
        return !b.switchesTask() && a.from().equals(b.from()) && a.reason().equals(b.reason())
            && a.prioBitmap().equals(b.prioBitmap());
    }
}
