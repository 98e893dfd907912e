package eduscc.kernel.ipc;

import eduscc.machine.cpu.Operations;

/**
 * One core's view of the MPBs, as a send and receive of its own see it ({@link MessagePassing}):
 * who takes part and where their shares are (what RCCE_init leaves in {@code RCCE_comm_buffer}),
 * the share's layout, and the few machine operations RCCE's gory layer is made of: CL1INVMB and
 * doubleword reads and writes of the MPBs and of the task's private buffer. Nothing else of the
 * kernel is reachable from here.
 *
 * <p>An MPB address must lie in a share of a core that takes part, a private one below the MPB
 * window; anything else is refused with an {@link IllegalArgumentException} naming the address,
 * so a wrong sum fails where it is made instead of overwriting the kernel.
 */
public final class MpbPort {
    private final Rcce rcce;
    private final Operations ops;
    private final int ownShare;

    MpbPort(Rcce rcce, Operations ops, int ownShare) {
        this.rcce = rcce;
        this.ops = ops;
        this.ownShare = ownShare;
    }

    /** RCCE_ue: this core's rank. */
    public int ue() {
        return rcce.ue();
    }

    /** RCCE_num_ues: how many cores take part. */
    public int numUes() {
        return rcce.numUes();
    }

    /** The rank of core {@code pid}: its place among the cores that take part, in pid order. */
    public int rank(int pid) {
        return rcce.rank(pid);
    }

    /** Where the flags and the payload are in every share (the same offsets in all of them). */
    public CommBuffer layout() {
        return rcce.layout();
    }

    /** The first byte of this core's own share: its fooling line is at {@code ownShare() + CommBuffer.FOOL_LINE}. */
    public int ownShare() {
        return ownShare;
    }

    /** The first byte of the share of the core of rank {@code rank}. */
    public int share(int rank) {
        if (rank < 0 || rank >= rcce.numUes()) {
            throw new IllegalArgumentException("no rank " + rank + ": the ranks are 0.." + (rcce.numUes() - 1));
        }
        return rcce.at(rank, 0);
    }

    /** CL1INVMB: every MPBT line in this core's L1 is dropped, without a write-back (facts A.3). */
    public void cl1invmb() {
        ops.cl1invmb();
    }

    /** A doubleword of an MPB: from the L1 if the line is there (maybe stale), else a line fill from the MPB. */
    public int readMpb(int address) {
        return ops.read32(mpb(address));
    }

    /** A doubleword into an MPB: into the write-combine buffer, which sends its line on when a write goes to another one. */
    public void writeMpb(int address, int value) {
        ops.write32(mpb(address), value);
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
     * The kit's own gory layer on this core, for the kit's send and receive and for a grader that
     * checks a student's send and receive apart from the student's gory layer.
     */
    public GoryLayer kitGoryLayer() {
        return rcce.mpb();
    }

    Rcce rcce() {
        return rcce;
    }

    private int mpb(int address) {
        int first = MessagingMappings.share(rcce.units().get(0));
        boolean inShare = false;
        for (int r = 0; r < rcce.numUes() && !inShare; r++) {
            int share = rcce.at(r, 0);
            inShare = address >= share && address <= share + MessagingMappings.SHARE_SIZE - 4;
        }
        if (!inShare || (address & 3) != 0) {
            throw new IllegalArgumentException(String.format("0x%08X is not a doubleword in a share of the cores that take"
                + " part (core %d's share begins at 0x%08X, each is 0x%X bytes)", address, rcce.units().get(0), first,
                MessagingMappings.SHARE_SIZE));
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
