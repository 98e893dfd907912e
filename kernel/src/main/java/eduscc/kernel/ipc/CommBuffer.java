package eduscc.kernel.ipc;

/**
 * The layout of every core's 8 KiB share of the MPBs in RCCE's non-gory mode (facts B.3). Every
 * core lays its share out the same way, so an offset in one's own share names the same flag or
 * buffer in any other core's: that is how a core writes a flag into another's MPB.
 * <pre>
 *   line 0                 the line that fools the write-combine buffer (RCCE_init skips it)
 *   lines 1 .. NP          sent[r]:  "core of rank r has put a chunk in its payload for me"
 *   lines NP+1 .. 2NP      ready[r]: "core of rank r has taken the chunk I put"
 *   line 2NP+1             gather:   the barrier's arrival flag
 *   line 2NP+2             release:  the barrier's release flag
 *   lines 2NP+3 .. 3NP+2   mail[r]:  the mailbox slot the core of rank r writes a mail into
 *   the rest               payload:  one chunk of a message, 8160 - 32 * (3NP + 2) bytes
 * </pre>
 * A flag is one whole line with its value in the first doubleword (RCCE's default build, not
 * SINGLEBITFLAGS). NP is the number of cores that take part. The mail slots, one line per sender
 * in the receiver's share, are iRCCE's mailbox extension as MetalSVM used it (facts
 * eduos-metalsvm.md 11.3); RCCE itself stops after release.
 */
public final class CommBuffer {
    /** RCCE_LINE_SIZE: the SCC's cache line (facts B.1). */
    public static final int LINE = 32;
    public static final int FOOL_LINE = 0;
    /** RCCE_FLAG_SET and RCCE_FLAG_UNSET (facts B.1). */
    public static final int SET = 1;
    public static final int UNSET = 0;
    private final int units;
    private final int[] sent;
    private final int[] ready;
    private final int gather;
    private final int release;
    private final int[] mail;
    private final int payload;
    private final int chunk;

    /**
     * The layout for {@code units} cores taking part (RCCE's NP), made as RCCE_init makes it: the
     * share less its fooling line goes to an {@link MpbAllocator}, each flag and mail slot takes the
     * next line from the front, and the payload is the block that is left.
     */
    public CommBuffer(int units) {
        this.units = units;
        MpbAllocator share = new MpbAllocator(LINE, MessagingMappings.SHARE_SIZE - LINE);
        this.sent = lines(share, units);
        this.ready = lines(share, units);
        this.gather = share.malloc(LINE);
        this.release = share.malloc(LINE);
        this.mail = lines(share, units);
        this.chunk = share.largestFree();
        this.payload = share.malloc(chunk);
    }

    private static int[] lines(MpbAllocator share, int count) {
        int[] offsets = new int[count];
        for (int i = 0; i < count; i++) {
            offsets[i] = share.malloc(LINE);
        }
        return offsets;
    }

    public int units() {
        return units;
    }

    /** The flag in which the core of rank {@code rank} tells its receiver a chunk is in its payload. */
    public int sent(int rank) {
        return sent[rank];
    }

    /** The flag in which the receiver of rank {@code rank} tells the sender it has taken the chunk. */
    public int ready(int rank) {
        return ready[rank];
    }

    public int gather() {
        return gather;
    }

    public int release() {
        return release;
    }

    /** The mailbox slot into which the core of rank {@code rank} writes its mail to this share's core. */
    public int mail(int rank) {
        return mail[rank];
    }

    /** Where the payload starts: right after the flags and the mail slots. */
    public int payload() {
        return payload;
    }

    /** RCCE_chunk: how many bytes of a message travel at once. */
    public int chunk() {
        return chunk;
    }
}
