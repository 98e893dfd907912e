package eduscc.kernel.ipc;

/**
 * RCCE's gory layer (facts B.3): copies between a core's private memory and an MPB, and the
 * flags, made of nothing but the operations of an {@link MpbPort}, as a student's must be. Each
 * copy starts with CL1INVMB, so no stale MPBT line of an earlier look is read, and each put ends
 * with a store into this core's own first MPB line: that store goes to another line, so the
 * write-combine buffer sends the put's last line out ({@code RCCE_fool_write_combine_buffer},
 * facts A.3). The kit's {@link GoryLayer}, and the answer of the exercise {@code messaging}'s
 * gory half.
 */
final class MpbTransfer implements GoryLayer {
    private static final int DWORDS_PER_LINE = CommBuffer.LINE / 4;
    private final MpbPort port;

    MpbTransfer(MpbPort port) {
        this.port = port;
    }

    /**
     * RCCE_put: {@code bytes} from private memory at {@code source} into the MPB at {@code target},
     * a doubleword at a time; a last partial line is sent whole, padded with zeros, as RCCE's pad
     * buffer does.
     */
    @Override
    public void put(int target, int source, int bytes) {
        port.cl1invmb();
        int dwords = (bytes + 3) / 4;
        for (int i = 0; i < dwords; i++) {
            int value = 4 * i + 4 <= bytes ? port.readPrivate(source + 4 * i) : tail(source + 4 * i, bytes % 4);
            port.writeMpb(target + 4 * i, value);
        }
        for (int i = dwords; i % DWORDS_PER_LINE != 0; i++) {
            port.writeMpb(target + 4 * i, 0);
        }
        foolWriteCombineBuffer();
    }

    /** The last 1 to 3 bytes of a message as a doubleword, the rest zero. */
    private int tail(int address, int count) {
        int value = 0;
        for (int b = 0; b < count; b++) {
            value |= port.readPrivateByte(address + b) << (8 * b);
        }
        return value;
    }

    /** RCCE_get: {@code bytes} from the MPB at {@code source} into private memory at {@code target}. */
    @Override
    public void get(int target, int source, int bytes) {
        port.cl1invmb();
        int whole = bytes / 4;
        for (int i = 0; i < whole; i++) {
            port.writePrivate(target + 4 * i, port.readMpb(source + 4 * i));
        }
        for (int b = 4 * whole; b < bytes; b++) {
            port.writePrivateByte(target + b, port.readMpbByte(source + b));
        }
    }

    /**
     * RCCE_flag_write: the whole line of the flag at {@code flag} (an MPB address, in this core's
     * share or another's) becomes {@code value} followed by zeros.
     */
    @Override
    public void writeFlag(int flag, int value) {
        port.cl1invmb();
        port.writeMpb(flag, value);
        for (int i = 1; i < DWORDS_PER_LINE; i++) {
            port.writeMpb(flag + 4 * i, 0);
        }
        foolWriteCombineBuffer();
    }

    /** RCCE_flag_read: CL1INVMB, then the flag's first doubleword fresh from the MPB. */
    @Override
    public int readFlag(int flag) {
        port.cl1invmb();
        return port.readMpb(flag);
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
        port.writeMpb(port.ownShare() + CommBuffer.FOOL_LINE, 1);
    }
}
