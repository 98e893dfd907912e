package eduscc.kernel.ipc;

import eduscc.machine.cpu.Operations;
import java.util.List;

/**
 * One core's view of the MPBs, as a gory layer, a send and receive, or the mailbox of its own see
 * it ({@link GoryLayer}, {@link MessagePassing}, {@link Mailbox}): who takes part and where their
 * shares are (what RCCE_init leaves in {@code RCCE_comm_buffer}), the share's layout, and the few
 * machine operations RCCE's gory layer is made of: CL1INVMB and reads and writes of the MPBs and
 * of the task's private buffer. Nothing else of the kernel is reachable from here.
 *
 * <p>An MPB address must lie in a share of a core that takes part, a private one below the MPB
 * window; anything else is refused with an {@link IllegalArgumentException} naming the address,
 * so a wrong sum fails where it is made instead of overwriting the kernel.
 */
public final class MpbPort {
    private final List<Integer> units;
    /** By pid: whether that core takes part, so that its share is an MPB address a port may use. */
    private final boolean[] takesPart;
    private final int me;
    private final CommBuffer layout;
    private final Operations ops;
    /** The core's RCCE, whose spin notes the kit's send and receive keep; null for the mailbox's port. */
    private final Rcce rcce;
    private GoryLayer kitGory;

    /**
     * @param units the pids of the cores taking part, in increasing order; {@code pid} among them
     * @param pid   this core
     * @param ops   this core's machine operations
     * @param rcce  this core's RCCE, or null where the port serves the mailbox alone
     */
    MpbPort(List<Integer> units, int pid, Operations ops, Rcce rcce) {
        this.units = List.copyOf(units);
        this.takesPart = new boolean[units.stream().mapToInt(Integer::intValue).max().orElse(0) + 1];
        units.forEach(unit -> takesPart[unit] = true);
        this.me = rankOf(pid);
        this.layout = new CommBuffer(units.size());
        this.ops = ops;
        this.rcce = rcce;
    }

    /** RCCE_ue: this core's rank. */
    public int ue() {
        return me;
    }

    /** RCCE_num_ues: how many cores take part. */
    public int numUes() {
        return units.size();
    }

    /** The rank of core {@code pid}: its place among the cores that take part, in pid order. */
    public int rank(int pid) {
        return rankOf(pid);
    }

    /** Where the flags and the payload are in every share (the same offsets in all of them). */
    public CommBuffer layout() {
        return layout;
    }

    /** The first byte of this core's own share: its fooling line is at {@code ownShare() + CommBuffer.FOOL_LINE}. */
    public int ownShare() {
        return MessagingMappings.share(units.get(me));
    }

    /** The first byte of the share of the core of rank {@code rank}. */
    public int share(int rank) {
        if (rank < 0 || rank >= units.size()) {
            throw new IllegalArgumentException("no rank " + rank + ": the ranks are 0.." + (units.size() - 1));
        }
        return MessagingMappings.share(units.get(rank));
    }

    /** CL1INVMB: every MPBT line in this core's L1 is dropped, without a write-back (facts A.3). */
    public void cl1invmb() {
        ops.cl1invmb();
    }

    /** A doubleword of an MPB: from the L1 if the line is there (maybe stale), else a line fill from the MPB. */
    public int readMpb(int address) {
        return ops.read32(mpb(address, 4));
    }

    /** A byte of an MPB, 0..255, read as {@link #readMpb} reads a doubleword. */
    public int readMpbByte(int address) {
        return ops.read8(mpb(address, 1)) & 0xFF;
    }

    /** A doubleword into an MPB: into the write-combine buffer, which sends its line on when a write goes to another one. */
    public void writeMpb(int address, int value) {
        ops.write32(mpb(address, 4), value);
    }

    /** A doubleword of the task's private memory. */
    public int readPrivate(int address) {
        return ops.read32(memory(address, 4));
    }

    /** A byte of the task's private memory, 0..255. */
    public int readPrivateByte(int address) {
        return ops.read8(memory(address, 1)) & 0xFF;
    }

    public void writePrivate(int address, int value) {
        ops.write32(memory(address, 4), value);
    }

    public void writePrivateByte(int address, int value) {
        ops.write8(memory(address, 1), value);
    }

    /**
     * The kit's own gory layer on this core ({@code MpbTransfer}), made on first use: what the
     * kit's send and receive, barrier, iRCCE and mailbox are built on, and what a grader uses to
     * check a student's send and receive apart from the student's gory layer.
     */
    public GoryLayer kitGoryLayer() {
        if (kitGory == null) {
            kitGory = new MpbTransfer(this);
        }
        return kitGory;
    }

    /** This core's RCCE, for the kit's send and receive. */
    Rcce rcce() {
        if (rcce == null) {
            throw new IllegalStateException("core " + units.get(me) + "'s mailbox port has no RCCE");
        }
        return rcce;
    }

    private int rankOf(int pid) {
        int rank = units.indexOf(pid);
        if (rank < 0) {
            throw new IllegalArgumentException("core " + pid + " does not take part in messaging (cores " + units + ")");
        }
        return rank;
    }

    /** {@code address} if its {@code size} bytes lie, aligned, in the share of a core that takes part. */
    private int mpb(int address, int size) {
        long offset = Integer.toUnsignedLong(address) - Integer.toUnsignedLong(MessagingMappings.MPB_WINDOW);
        long pid = offset / MessagingMappings.SHARE_SIZE;
        boolean inShare = offset >= 0 && pid < takesPart.length && takesPart[(int) pid]
            && offset % MessagingMappings.SHARE_SIZE <= MessagingMappings.SHARE_SIZE - size;
        if (!inShare || address % size != 0) {
            throw new IllegalArgumentException(String.format("0x%08X is not %s in a share of the cores that take part"
                + " (core %d's share begins at 0x%08X, each is 0x%X bytes)", address, size == 4 ? "a doubleword" : "a byte",
                units.get(0), MessagingMappings.share(units.get(0)), MessagingMappings.SHARE_SIZE));
        }
        return address;
    }

    private static int memory(int address, int size) {
        if (address < 0 || Integer.compareUnsigned(address + size, MessagingMappings.MPB_WINDOW) > 0) {
            throw new IllegalArgumentException(String.format("0x%08X is not private memory: the MPB window begins at 0x%08X",
                address, MessagingMappings.MPB_WINDOW));
        }
        return address;
    }
}
