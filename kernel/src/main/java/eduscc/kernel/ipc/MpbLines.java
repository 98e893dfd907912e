package eduscc.kernel.ipc;

/**
 * Whole MPB lines for the mailbox (iRCCE's mailbox extension as MetalSVM used it, facts
 * eduos-metalsvm.md 11.3): a mail is one line, written in one go and read in one go. A line's
 * eight stores collect in the write-combine buffer, and the store to the fooling line that
 * follows sends them to the MPB as one packet (facts A.3): a reader finds either the old line or
 * the new one, never half of each. Made of an {@link MpbPort}'s operations, as the gory layer is.
 */
final class MpbLines {
    private static final int DWORDS_PER_LINE = CommBuffer.LINE / 4;
    private final MpbPort port;

    MpbLines(MpbPort port) {
        this.port = port;
    }

    /** The line at {@code line} (an MPB address) becomes {@code dwords} (eight of them), sent out at once. */
    void write(int line, int[] dwords) {
        port.cl1invmb();
        for (int i = 0; i < DWORDS_PER_LINE; i++) {
            port.writeMpb(line + 4 * i, dwords[i]);
        }
        port.writeMpb(port.ownShare() + CommBuffer.FOOL_LINE, 1);
    }

    /** The eight doublewords of the line at {@code line}, fresh from the MPB (CL1INVMB first). */
    int[] read(int line) {
        port.cl1invmb();
        int[] dwords = new int[DWORDS_PER_LINE];
        for (int i = 0; i < DWORDS_PER_LINE; i++) {
            dwords[i] = port.readMpb(line + 4 * i);
        }
        return dwords;
    }
}
