package eduscc.visualizer.mpb;

import eduscc.kernel.ipc.MessagingMappings;
import eduscc.labs.debug.DebugSnapshot;
import eduscc.labs.debug.MessagingState;
import eduscc.machine.chip.CoreId;
import eduscc.machine.chip.TileId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the MPB view shows at one pause, free of JavaFX: who in the RCCE world waits for what, and
 * the selected core's tile, its 16 KiB MPB as two 8 KiB shares decoded by RCCE's layout, the bytes
 * changed since the step before marked, and what each core's write-combine buffer still holds.
 *
 * @param title  e.g. "MPB of tile (0,0): core 0's and core 1's shares"
 * @param waits  a row per core of the world, in rank order; empty when the lab does not message
 * @param shares the selected tile's two halves, core z=0 first
 * @param hops   the run's MPB reads by hop count so far, beside the chip's table, or "" when none
 */
public record MpbViewModel(String title, List<WaitRow> waits, List<Half> shares, String hops) {

    /**
     * One core of the RCCE world in the "who waits" table.
     *
     * @param waitingFor what its task spins for, or "nothing" while it computes, sends or is done
     * @param holds      the test-and-set registers its task holds ("LOCK 0"), or "nothing"
     * @param pending    what its write-combine buffer holds ("empty", or the line and where it goes)
     */
    public record WaitRow(int pid, int rank, String waitingFor, String holds, int barriersPassed, String pending) {
        /** True while the task spins on a flag. */
        public boolean waiting() {
            return !waitingFor.equals(NOTHING);
        }
    }

    /**
     * One half of the tile's MPB.
     *
     * @param heading e.g. "core 0, rank 0 of 2: share at physical 0xC0000000, 4 bytes changed since the last step"
     * @param share   the decoded share, or null when the core does not take part (then the heading says so)
     */
    public record Half(int pid, String heading, ShareText share) { }

    static final String NOTHING = "nothing";
    /** An MPB DWORD read from tile (0,0), by hop count 0..8, as measured on the chip (facts A.4, [BF-TN]). */
    private static final int[] CHIP_READ_BY_HOPS = {20, 63, 69, 72, 78, 84, 90, 96, 102};

    /**
     * The latency table of facts A.4 as the run fills it: "MPB line fills so far, by hops: 0: 14 x
     * 20 cycles (chip 20), 8: 12 x 102 cycles (chip 102)".
     */
    static String hopsText(List<MessagingState.HopRead> reads) {
        if (reads.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder("MPB line fills so far, by hops:");
        for (MessagingState.HopRead r : reads) {
            text.append(String.format(Locale.ROOT, "  %d: %d x %d cycles (chip %d)", r.hops(), r.reads(), r.cycles(),
                CHIP_READ_BY_HOPS[r.hops()]));
        }
        return text.toString();
    }
    /** How many of the bytes a write-combine buffer holds are spelled out. */
    private static final int HELD_SHOWN = 4;

    public MpbViewModel {
        waits = List.copyOf(waits);
        shares = List.copyOf(shares);
    }

    /**
     * @param now    the snapshot shown
     * @param before the state one step earlier (for the changed bytes), or null
     * @param core   the selected core: its tile is shown
     */
    public static MpbViewModel of(DebugSnapshot now, DebugSnapshot before, int core) {
        MessagingState world = now.messaging();
        TileId tile = CoreId.of(core).tile();
        String title = String.format(Locale.ROOT, "MPB of tile (%d,%d): the shares of cores %d and %d",
            tile.x(), tile.y(), 2 * tile.index(), 2 * tile.index() + 1);
        if (world.size() == 0) {
            return new MpbViewModel(title + ". This lab does not message: a lab with a send, recv or barrier step makes"
                + " its cores RCCE's units, and only then do they lay out their shares.", List.of(), List.of(), "");
        }
        MessagingState earlier = before == null ? MessagingState.NONE : before.messaging();
        List<ShareLine> lines = ShareLine.of(world.pids());
        Map<Integer, Map<Integer, String>> pendingByShare = pendingLines(world, lines);
        List<WaitRow> waits = new ArrayList<>();
        for (MessagingState.Unit u : world.units()) {
            waits.add(new WaitRow(u.pid(), u.rank(), u.waitingFor() == null ? NOTHING : u.waitingFor(),
                u.locksHeld().isEmpty() ? NOTHING : u.locksHeld().stream().map(n -> "LOCK " + n)
                    .collect(java.util.stream.Collectors.joining(", ")),
                u.barriersPassed(), pendingText(u, lines)));
        }
        List<Half> halves = new ArrayList<>();
        for (int z = 0; z < CoreId.CORES_PER_TILE; z++) {
            int pid = 2 * tile.index() + z;
            MessagingState.Unit u = world.unit(pid);
            if (u == null) {
                halves.add(new Half(pid, "core " + pid + " does not take part in messaging (the world is cores "
                    + world.pids() + "): its half of the MPB is unused", null));
                continue;
            }
            MessagingState.Unit old = earlier.unit(pid);
            ShareText text = ShareText.of(pid, lines, u.share(), old == null ? null : old.share(),
                pendingByShare.getOrDefault(pid, Map.of()));
            String heading = String.format(Locale.ROOT, "core %d, rank %d of %d: share at physical 0x%08X, %s",
                pid, u.rank(), world.size(), MessagingState.sharePhysical(pid), changedWords(text.changedBytes(), old));
            if (!u.share().problems().isEmpty()) {
                heading += "; unreadable: " + String.join("; ", u.share().problems());
            }
            halves.add(new Half(pid, heading, text));
        }
        return new MpbViewModel(title, waits, halves, hopsText(world.readsByHops()));
    }

    private static String changedWords(int bytes, MessagingState.Unit old) {
        if (old == null) {
            return "nothing to compare with (no step before)";
        }
        return bytes == 0 ? "no byte changed since the last step"
            : bytes + (bytes == 1 ? " byte" : " bytes") + " changed since the last step (marked)";
    }

    /**
     * What {@code u}'s write-combine buffer holds, in words: the line, whose share it lies in and
     * which of its bytes wait, e.g. "sent[0] of core 47's share, 32 bytes (01 00 00 00 ...): not in the MPB yet".
     */
    static String pendingText(MessagingState.Unit u, List<ShareLine> lines) {
        if (u.pendingLine() == -1 || u.pendingMask() == 0) {
            return "empty";
        }
        StringBuilder bytes = new StringBuilder();
        int count = Integer.bitCount(u.pendingMask());
        int shown = 0;
        for (int i = 0; i < 32 && shown < HELD_SHOWN; i++) {
            if ((u.pendingMask() & (1 << i)) != 0) {
                bytes.append(shown++ == 0 ? "" : " ").append(String.format(Locale.ROOT, "%02X", u.pendingBytes().get(i) & 0xFF));
            }
        }
        bytes.insert(0, count + (count == 1 ? " byte (" : " bytes (")).append(count > HELD_SHOWN ? " ...)" : ")");
        int owner = ownerOf(u.pendingLine());
        if (owner < 0) {
            return String.format(Locale.ROOT, "line 0x%08X, %s: not written yet", u.pendingLine(), bytes);
        }
        ShareLine line = ShareLine.at(lines, u.pendingLine() - MessagingState.sharePhysical(owner));
        String where = line.kind() == ShareLine.Kind.PAYLOAD
            ? String.format(Locale.ROOT, "payload +0x%03X", u.pendingLine() - MessagingState.sharePhysical(owner))
            : line.name();
        return where + " of core " + owner + "'s share, " + bytes + ": not in the MPB yet";
    }

    /**
     * For each share, the line offsets some buffer holds and the sentence to print next to them:
     * "still in core 0's write-combine buffer".
     */
    private static Map<Integer, Map<Integer, String>> pendingLines(MessagingState world, List<ShareLine> lines) {
        Map<Integer, Map<Integer, String>> byShare = new LinkedHashMap<>();
        for (MessagingState.Unit u : world.units()) {
            int owner = u.pendingLine() == -1 || u.pendingMask() == 0 ? -1 : ownerOf(u.pendingLine());
            if (owner < 0) {
                continue;
            }
            int offset = u.pendingLine() - MessagingState.sharePhysical(owner);
            int lineStart = ShareLine.at(lines, offset).kind() == ShareLine.Kind.PAYLOAD ? -1 : ShareLine.at(lines, offset).offset();
            if (lineStart >= 0) {
                byShare.computeIfAbsent(owner, k -> new LinkedHashMap<>()).put(lineStart,
                    "still in core " + u.pid() + "'s write-combine buffer");
            }
        }
        return byShare;
    }

    /** The core whose share holds physical {@code line} under the default LUT map, or -1 outside the MPBs. */
    static int ownerOf(int line) {
        long offset = Integer.toUnsignedLong(line) - Integer.toUnsignedLong(MessagingState.MPB_PHYSICAL);
        if (offset < 0) {
            return -1;
        }
        long tile = offset / MessagingState.TILE_SLOT;
        long within = offset % MessagingState.TILE_SLOT;
        if (tile >= MessagingMappings.TILES || within >= 2L * MessagingMappings.SHARE_SIZE) {
            return -1;
        }
        return (int) (tile * 2 + within / MessagingMappings.SHARE_SIZE);
    }

    /** The half of core {@code pid}, if the tile shown has it. */
    public Half half(int pid) {
        return shares.stream().filter(h -> h.pid() == pid).findFirst().orElse(null);
    }

    /** The "who waits" row of core {@code pid}, or null if it does not take part. */
    public WaitRow waitOf(int pid) {
        return waits.stream().filter(w -> w.pid() == pid).findFirst().orElse(null);
    }
}
