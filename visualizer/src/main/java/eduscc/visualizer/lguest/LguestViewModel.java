package eduscc.visualizer.lguest;

import eduscc.labs.debug.DebugSnapshot;
import eduscc.machine.snapshot.CoreSnapshot;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the lguest view shows at one pause: a lane per core that hosts a guest, or one line that
 * says no core of this lab does and how to open one that has. A core hosts a guest if the lab
 * gives one of its tasks a guest, if the trace shows it entering one, or if it stands in the
 * Switcher or the guest's rings now.
 */
public record LguestViewModel(List<Lane> lanes, String empty) {
    /** The line shown when no core hosts a guest. */
    public static final String NO_GUEST = "No core of this lab hosts a guest: open the lguest lab"
        + " (Lab menu > Open the lguest lab, or ./eduscc gui --lab lguest) to watch a core leave for its guest and come back.";

    /**
     * One core's lane.
     *
     * @param place   where the core is now
     * @param now     "now: guest kernel (ring 1) at EIP 0x00400012"
     * @param counts  "28 exits: 18 general protection, 6 hypercalls, 4 page faults"
     * @param hypercalls "hypercalls: 4 LHCALL_FLUSH_ASYNC, 1 LHCALL_LGUEST_INIT, 1 LHCALL_SHUTDOWN", empty before the first
     * @param trips   the kept trips, oldest first (the strip), the last one maybe still under way
     * @param latest  the kept exits, newest first (the list)
     * @param nowTime the core's global time now: the strip's right end
     */
    public record Lane(int core, String guest, GuestPlace place, String now, String counts, String hypercalls,
                       List<GuestTrip> trips,
                       List<GuestTrip> latest, long nowTime) {
        /** "core 0 hosts guest hello". */
        public String title() {
            return "core " + core + (guest == null ? " hosts a guest" : " hosts guest " + guest);
        }
    }

    public LguestViewModel {
        lanes = List.copyOf(lanes);
    }

    /**
     * @param declared the cores whose lab tasks run a guest (known before the first GuestEnter)
     * @param trips    the trips followed along {@code snapshot}'s trace
     */
    static LguestViewModel of(DebugSnapshot snapshot, Set<Integer> declared, GuestTransitions trips) {
        Set<Integer> hosts = new TreeSet<>(declared);
        trips.cores().forEach(t -> hosts.add(t.core));
        for (CoreSnapshot c : snapshot.machine().cores()) {
            if (GuestPlace.of(c) == GuestPlace.SWITCHER || GuestPlace.of(c).inGuest()) {
                hosts.add(c.pid());
            }
        }
        List<Lane> lanes = new ArrayList<>();
        for (int pid : hosts) {
            CoreSnapshot core = find(snapshot, pid);
            if (core != null) {
                lanes.add(lane(core, trips.core(pid)));
            }
        }
        return new LguestViewModel(lanes, lanes.isEmpty() ? NO_GUEST : "");
    }

    private static CoreSnapshot find(DebugSnapshot snapshot, int pid) {
        for (CoreSnapshot c : snapshot.machine().cores()) {
            if (c.pid() == pid) {
                return c;
            }
        }
        return null;
    }

    private static Lane lane(CoreSnapshot core, GuestTransitions.CoreTrips trips) {
        GuestPlace place = GuestPlace.of(core);
        String now = String.format("now: %s at EIP 0x%08X", place.withRing(), core.eip());
        if (trips == null) {
            return new Lane(core.pid(), null, place, now, "no exits yet: the launcher has not entered its guest", "",
                List.of(), List.of(), core.time());
        }
        List<GuestTrip> latest = new ArrayList<>();
        for (Iterator<GuestTrip> newestFirst = trips.latest.descendingIterator(); newestFirst.hasNext(); ) {
            GuestTrip t = newestFirst.next();
            if (t.exited()) {
                latest.add(t);
            }
        }
        String hypercalls = trips.hypercalls.isEmpty() ? "" : "hypercalls: " + ExitKinds.summary(trips.hypercalls);
        return new Lane(core.pid(), trips.guest, place, now, counts(trips), hypercalls, List.copyOf(trips.latest), latest,
            core.time());
    }

    /** "28 exits: 18 general protection, 6 hypercalls, 4 page faults", and where counting began if not at the start. */
    private static String counts(GuestTransitions.CoreTrips trips) {
        String line = trips.exits == 0 ? "no exits yet: the first trip into the guest is under way"
            : trips.exits + (trips.exits == 1 ? " exit: " : " exits: ") + ExitKinds.summary(trips.counts);
        return trips.countedFrom == 0 ? line : line + " (counted from event #" + trips.countedFrom
            + ": the trace window starts there)";
    }
}
