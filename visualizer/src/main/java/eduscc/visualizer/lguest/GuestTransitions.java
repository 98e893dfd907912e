package eduscc.visualizer.lguest;

import eduscc.machine.trace.TraceEntry;
import eduscc.machine.trace.TraceEvent;
import eduscc.machine.trace.TracePrefix;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Every core's trips into its guest, followed along the trace: the last {@link #KEPT} trips of
 * each core and a count of all its exits by kind. While a run goes on the trace only grows, so
 * each snapshot costs the events it added, never the whole run; when the position moved back (or
 * another lab opened) the trace is another one and the counts start again from its first event.
 * A long run's trace is a window: counts rebuilt then start at the window's first event
 * ({@link CoreTrips#countedFrom}), which the view says.
 */
final class GuestTransitions {
    /** Trips kept per core for the strip and the list; older ones live on only in the counts. */
    static final int KEPT = 64;

    /** One core's trips. */
    static final class CoreTrips {
        final int core;
        String guest;
        final ArrayDeque<GuestTrip> latest = new ArrayDeque<>();
        /** Exits by kind ({@link ExitKinds}), in a sorted map so the summary is deterministic. */
        final SortedMap<String, Integer> counts = new TreeMap<>();
        /** Hypercalls by name ("LHCALL_FLUSH_ASYNC"): lguest has about twenty, so the map stays small. */
        final SortedMap<String, Integer> hypercalls = new TreeMap<>();
        int exits;
        /** The first trace event these counts cover: 0 unless a window had dropped earlier ones. */
        long countedFrom;

        CoreTrips(int core, long countedFrom) {
            this.core = core;
            this.countedFrom = countedFrom;
        }

        /** The trip under way (last entered, not exited), or null. */
        GuestTrip open() {
            GuestTrip last = latest.peekLast();
            return last != null && !last.exited() ? last : null;
        }

        private void enter(TraceEntry e, TraceEvent.GuestEnter in) {
            guest = in.guest();
            latest.addLast(GuestTrip.entered(e.seq(), e.time(), in.cpl()));
            while (latest.size() > KEPT) {
                latest.removeFirst();
            }
        }

        private void exit(TraceEntry e, TraceEvent.GuestExit out) {
            guest = out.guest();
            GuestTrip open = open();
            if (open != null) {
                latest.removeLast();
            } else {
                // The GuestEnter was before the window: the trip starts where its cycles say.
                open = GuestTrip.entered(-1, e.time(), 1);
            }
            latest.addLast(open.exit(e.seq(), e.time(), out.eip(), out.reason(), out.cycles()));
            counts.merge(ExitKinds.of(out.reason()), 1, Integer::sum);
            if (ExitKinds.of(out.reason()).equals("hypercall")) {
                hypercalls.merge(out.reason().substring("hypercall ".length()), 1, Integer::sum);
            }
            exits++;
        }
    }

    private final SortedMap<Integer, CoreTrips> cores = new TreeMap<>();
    private List<TraceEntry> seen = List.of();
    /** The first event of the trace the counts started from: a core met later counts from there too. */
    private long countedFrom;
    private int rebuilds;

    /** Takes in the events of {@code trace} not seen yet; starts again if it is not a continuation. */
    void follow(List<TraceEntry> trace) {
        List<TraceEntry> fresh;
        if (TracePrefix.continues(seen, trace) && !seen.isEmpty()) {
            fresh = TracePrefix.since(seen, trace);
        } else {
            cores.clear();
            rebuilds++;
            countedFrom = TracePrefix.leftOut(trace);
            fresh = trace;
        }
        for (TraceEntry e : fresh) {
            if (e.event() instanceof TraceEvent.GuestEnter in) {
                trips(e.core()).enter(e, in);
            } else if (e.event() instanceof TraceEvent.GuestExit out) {
                trips(e.core()).exit(e, out);
            }
        }
        seen = trace;
    }

    private CoreTrips trips(int core) {
        return cores.computeIfAbsent(core, c -> new CoreTrips(c, countedFrom));
    }

    /** The cores that have entered a guest in the trace followed, in core order. */
    List<CoreTrips> cores() {
        return new ArrayList<>(cores.values());
    }

    CoreTrips core(int pid) {
        return cores.get(pid);
    }

    /** How often the counts started again (tests: a run that goes on never rebuilds). */
    int rebuilds() {
        return rebuilds;
    }
}
