package eduscc.kernel.ipc;

import eduscc.machine.cpu.Operations;

/**
 * RCCE's gory layer (facts B.3): copies between a core's private memory and an MPB, and the
 * flags. Each copy starts with CL1INVMB, so no stale MPBT line of an earlier look is read, and
 * each put ends with a store into this core's own first MPB line: that store goes to another
 * line, so the write-combine buffer sends the put's last line out
 * ({@code RCCE_fool_write_combine_buffer}, facts A.3). The kit's {@link GoryLayer}.
 */
final class MpbTransfer implements GoryLayer {
    private static final int DWORDS_PER_LINE = CommBuffer.LINE / 4;
    private final Operations ops;
    /** This core's own share: where the fooling line is. */
    private final int ownShare;

    MpbTransfer(Operations ops, int ownShare) {
        this.ops = ops;
        this.ownShare = ownShare;
    }

    /**
     * RCCE_put: {@code bytes} from private memory at {@code source} into the MPB at {@code target},
     * a doubleword at a time; a last partial line is sent whole, padded with zeros, as RCCE's pad
     * buffer does.
     */
    @Override
    public void put(int target, int source, int bytes) {
        ops.cl1invmb();
        int dwords = (bytes + 3) / 4;
        for (int i = 0; i < dwords; i++) {
            ops.write32(target + 4 * i, 4 * i + 4 <= bytes ? ops.read32(source + 4 * i) : tail(source + 4 * i, bytes % 4));
        }
        for (int i = dwords; i % DWORDS_PER_LINE != 0; i++) {
            ops.write32(target + 4 * i, 0);
        }
        foolWriteCombineBuffer();
    }

    /** The last 1 to 3 bytes of a message as a doubleword, the rest zero. */
    private int tail(int address, int count) {
        int value = 0;
        for (int b = 0; b < count; b++) {
            value |= ops.read8(address + b) << (8 * b);
        }
        return value;
    }

    /** RCCE_get: {@code bytes} from the MPB at {@code source} into private memory at {@code target}. */
    @Override
    public void get(int target, int source, int bytes) {
        ops.cl1invmb();
        int whole = bytes / 4;
        for (int i = 0; i < whole; i++) {
            ops.write32(target + 4 * i, ops.read32(source + 4 * i));
        }
        for (int b = 4 * whole; b < bytes; b++) {
            ops.write8(target + b, ops.read8(source + b));
        }
    }

    /**
     * RCCE_flag_write: the whole line of the flag at {@code flag} (an MPB address, in this core's
     * share or another's) becomes {@code value} followed by zeros.
     */
    @Override
    public void writeFlag(int flag, int value) {
        ops.cl1invmb();
        ops.write32(flag, value);
        for (int i = 1; i < DWORDS_PER_LINE; i++) {
            ops.write32(flag + 4 * i, 0);
        }
        foolWriteCombineBuffer();
    }

    /**
     * One whole line at {@code line} (an MPB address) becomes {@code dwords} (eight of them), then
     * the store to the fooling line sends it out of the write-combine buffer in one packet: a
     * reader finds either the old line or the new one, never half of each.
     */
    void writeLine(int line, int[] dwords) {
        ops.cl1invmb();
        for (int i = 0; i < DWORDS_PER_LINE; i++) {
            ops.write32(line + 4 * i, dwords[i]);
        }
        foolWriteCombineBuffer();
    }

    /** The eight doublewords of the line at {@code line}, fresh from the MPB (CL1INVMB first). */
    int[] readLine(int line) {
        ops.cl1invmb();
        int[] dwords = new int[DWORDS_PER_LINE];
        for (int i = 0; i < DWORDS_PER_LINE; i++) {
            dwords[i] = ops.read32(line + 4 * i);
        }
        return dwords;
    }

    /** RCCE_flag_read: CL1INVMB, then the flag's first doubleword fresh from the MPB. */
    @Override
    public int readFlag(int flag) {
        ops.cl1invmb();
        return ops.read32(flag);
    }

    /** RCCE_wait_until: reads the flag again and again until it holds {@code value}. */
    @Override
    public void waitUntil(int flag, int value) {
        while (readFlag(flag) != value) {
            // spin: each look is a CL1INVMB and an MPB read, as on the chip
        }
    }

    /** One store into this core's own first MPB line: the write-combine buffer's address changes. */
    private void foolWriteCombineBuffer() {
        ops.write32(ownShare + CommBuffer.FOOL_LINE, 1);
    }
}
