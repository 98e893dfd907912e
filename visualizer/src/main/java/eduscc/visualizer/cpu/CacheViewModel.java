package eduscc.visualizer.cpu;

import eduscc.machine.cache.Level;
import eduscc.machine.snapshot.CacheSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The "Caches" section of the CPU view: hits and misses of each cache and TLB of one core since
 * its reset, the accesses that waited for the outstanding write, and the lines the last step
 * missed. Built from a {@link CacheSnapshot}; no controls.
 *
 * @param rows        one per cache and TLB, in the order L1I, L1D, L2, I-TLB, D-TLB
 * @param writeStalls "n (c cycles)"
 * @param lastMisses  the missed lines of the last step, or "none"
 */
public record CacheViewModel(List<Row> rows, String writeStalls, String lastMisses) {

    /** One cache or TLB: its name as the SDM and facts write it, and its counts. */
    public record Row(String id, String label, String hits, String misses) { }

    public CacheViewModel {
        rows = List.copyOf(rows);
    }

    public static CacheViewModel of(CacheSnapshot caches) {
        List<Row> rows = new ArrayList<>();
        for (Level level : Level.values()) {
            rows.add(new Row(level.name(), level.label(), count(caches.hits(level)), count(caches.misses(level))));
        }
        String stalls = count(caches.writeStalls()) + " (" + count(caches.writeStallCycles()) + " cycles)";
        List<String> missed = caches.lastMisses().stream().map(CacheSnapshot.MissedLine::toString).toList();
        return new CacheViewModel(rows, stalls, missed.isEmpty() ? "none" : String.join(", ", missed));
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
