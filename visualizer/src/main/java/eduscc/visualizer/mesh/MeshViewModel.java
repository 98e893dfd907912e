package eduscc.visualizer.mesh;

import eduscc.kernel.KernelSnapshot;
import eduscc.labs.debug.DebugSnapshot;
import eduscc.machine.chip.CoreId;
import eduscc.machine.snapshot.CoreSnapshot;
import eduscc.machine.trace.TraceEntry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Everything the mesh panel shows at one pause, built from the debugger's immutable snapshot and
 * free of JavaFX, so that it is tested without a window: the 48 core boxes, which core is
 * selected, the packets that crossed the mesh since the snapshot shown before, and, on a lab that
 * messages, which cores spin for another core's flag: such a core's box says "waits 47" where it
 * would say "running" (waits for core 47).
 *
 * <p>The packet window is the trace from the previous snapshot's end to this one's, at most the
 * newest {@link #MAX_PACKETS}: after a long "run" a projector shows the last few hundred packets,
 * not a blur. Without a previous snapshot (the first one shown, or one of another lab) the window
 * is the whole trace so far. After a step back the previous trace ends later than this one, so
 * the window is empty and nothing moves: re-running to an earlier point replays no traffic.
 */
public final class MeshViewModel {
    /** At most this many packets per snapshot are animated, the newest ones. */
    public static final int MAX_PACKETS = 200;

    private final String caption;
    private final List<CoreBox> cores;
    private final List<PacketTrail> packets;
    private final int selectedCore;
    private final List<String> waitBadges;

    private MeshViewModel(String caption, List<CoreBox> cores, List<PacketTrail> packets, int selectedCore,
                          List<String> waitBadges) {
        this.caption = caption;
        this.cores = cores;
        this.packets = packets;
        this.selectedCore = selectedCore;
        this.waitBadges = waitBadges;
    }

    /**
     * The model for {@code current}, with the packets since {@code previous} (null: none shown
     * before) and {@code selectedCore} (0..47, or -1 for none) highlighted.
     */
    public static MeshViewModel of(DebugSnapshot current, DebugSnapshot previous, int selectedCore) {
        requireCoreOrNone(selectedCore);
        List<CoreBox> boxes = new ArrayList<>(CoreId.COUNT);
        List<String> badges = waitBadges(current);
        for (CoreSnapshot core : current.machine().cores()) {
            KernelSnapshot kernel = current.kernels().get(core.pid());
            CoreBox box = CoreBox.of(core, kernel);
            String badge = badges.get(core.pid());
            if (!badge.isEmpty() && box.category() == CoreCategory.RUNNING_TASK) {
                // "47 waits 0" over "answerer p8": the task runs, and what it runs is a spin on a flag.
                box = new CoreBox(box.pid(), box.category(), badge, box.task(), box.priority());
            }
            boxes.add(box);
        }
        String caption = current.lab() + " lab, position " + current.position();
        return new MeshViewModel(caption, List.copyOf(boxes), packetsSince(current, previous), selectedCore, badges);
    }

    /** The view before any snapshot arrived: every core in reset, nothing moving. */
    public static MeshViewModel empty(int selectedCore) {
        requireCoreOrNone(selectedCore);
        List<CoreBox> boxes = new ArrayList<>(CoreId.COUNT);
        for (int pid = 0; pid < CoreId.COUNT; pid++) {
            boxes.add(new CoreBox(pid, CoreCategory.IN_RESET, CoreCategory.IN_RESET.text(), "", CoreBox.NO_PRIORITY));
        }
        return new MeshViewModel("no lab loaded", List.copyOf(boxes), List.of(), selectedCore,
            java.util.Collections.nCopies(CoreId.COUNT, ""));
    }

    /** The same pause with another core selected. */
    public MeshViewModel withSelectedCore(int pid) {
        requireCoreOrNone(pid);
        return new MeshViewModel(caption, cores, packets, pid, waitBadges);
    }

    /**
     * The mesh packets and IPIs recorded after {@code previous}'s last trace entry, oldest first,
     * the newest {@link #MAX_PACKETS} of them, each aged by how many newer ones follow it.
     * Walks the trace backwards from its end, so a long trace costs only the window's length.
     */
    static List<PacketTrail> packetsSince(DebugSnapshot current, DebugSnapshot previous) {
        long start = 0;
        if (previous != null && previous.lab().equals(current.lab())) {
            start = previous.machine().traceEvents();
        }
        List<TraceEntry> trace = current.trace();
        List<PacketTrail> newestFirst = new ArrayList<>();
        for (int i = trace.size() - 1; i >= 0 && newestFirst.size() < MAX_PACKETS; i--) {
            TraceEntry entry = trace.get(i);
            if (entry.seq() < start) {
                break;
            }
            PacketTrail packet = PacketTrail.of(entry);
            if (packet != null) {
                newestFirst.add(packet.withAge(newestFirst.size()));
            }
        }
        Collections.reverse(newestFirst);
        return List.copyOf(newestFirst);
    }

    /**
     * For each pid, "" or the words for a core whose task spins in RCCE: "waits N" when it waits
     * for core N's flag (the kernel's sentence starts "core N ..."), a bare "waits" otherwise. The
     * MPB view says the whole sentence.
     */
    static List<String> waitBadges(DebugSnapshot current) {
        List<String> badges = new ArrayList<>(Collections.nCopies(CoreId.COUNT, ""));
        for (eduscc.labs.debug.MessagingState.Unit u : current.messaging().units()) {
            if (u.waitingFor() != null) {
                java.util.regex.Matcher m = WAITS_FOR_CORE.matcher(u.waitingFor());
                badges.set(u.pid(), WAIT_MARK + (m.lookingAt() ? " " + m.group(1) : ""));
            }
        }
        return List.copyOf(badges);
    }

    /** The word a waiting core's box says instead of "running". */
    public static final String WAIT_MARK = "waits";
    private static final java.util.regex.Pattern WAITS_FOR_CORE = java.util.regex.Pattern.compile("core (\\d+)");

    private static void requireCoreOrNone(int pid) {
        if (pid < -1 || pid >= CoreId.COUNT) {
            throw new IllegalArgumentException("selected core must be 0.." + (CoreId.COUNT - 1)
                + " or -1 for none, was " + pid);
        }
    }

    /** A line for the panel's header: the lab and the position in the run. */
    public String caption() {
        return caption;
    }

    /** The 48 core boxes in pid order. */
    public List<CoreBox> cores() {
        return cores;
    }

    public CoreBox core(int pid) {
        return cores.get(pid);
    }

    /** The packets to animate, oldest first. */
    public List<PacketTrail> packets() {
        return packets;
    }

    /** The selected core's pid, -1 if none is. */
    public int selectedCore() {
        return selectedCore;
    }

    /** What core {@code pid} spins for in the mesh's words ("waits 47"), "" when it spins for nothing. */
    public String waitBadge(int pid) {
        return waitBadges.get(pid);
    }

    public boolean isSelected(int pid) {
        return pid == selectedCore;
    }
}
