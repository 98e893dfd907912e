package eduscc.machine.cpu;

import eduscc.machine.cost.CacheCosts;

/**
 * The P54C core's one-line write-combine buffer for MPBT writes (facts A.3): writes through an
 * MPBT page collect here, and the line goes out to its MPB or DRAM only when a later MPBT write
 * goes to a different line (an "address change"). Until then no other core can see the bytes.
 * RCCE therefore ends every put with a store to a dummy line of its own MPB
 * ({@code RCCE_fool_write_combine_buffer}), and a kernel that forgets to do so leaves its last
 * line, often a flag, sitting in the buffer.
 *
 * <p>ASSUMPTION (the facts name no other trigger): only an MPBT write to another line drains the
 * buffer; ordinary writes, reads, interrupts and CL1INVMB leave it as it is. What a write costs is
 * charged when the store executes, as the cost table says; this class decides only when the bytes
 * arrive. A reset empties it without writing.
 */
final class WriteCombineBuffer {
    private static final int LINE_BYTES = CacheCosts.LINE_BYTES;
    private static final int EMPTY = -1;
    private final PhysicalMemory memory;
    private final byte[] bytes = new byte[LINE_BYTES];
    private int lineAddress = EMPTY;
    /** Bit i: byte i of the line was written. */
    private int written;

    WriteCombineBuffer(PhysicalMemory memory) {
        this.memory = memory;
    }

    /** True when a write to {@code physical} would first send out another line. */
    boolean drainsFor(int physical) {
        return lineAddress != EMPTY && lineAddress != (physical & ~(LINE_BYTES - 1));
    }

    /** The line it holds, or -1 when empty. */
    int lineAddress() {
        return lineAddress;
    }

    /** Byte i of the line as the buffer holds it; meaningful where {@link #writtenMask} has bit i. */
    byte heldByte(int i) {
        return bytes[i];
    }

    /** Bit i: byte i of the held line was written and waits to go out. */
    int writtenMask() {
        return written;
    }

    /** Takes a write within one line, sending the line it held before out if that was another one. */
    void write(int physical, int size, int value) {
        if (drainsFor(physical)) {
            drain();
        }
        lineAddress = physical & ~(LINE_BYTES - 1);
        int offset = physical & (LINE_BYTES - 1);
        for (int i = 0; i < size; i++) {
            bytes[offset + i] = (byte) (value >>> (8 * i));
            written |= 1 << (offset + i);
        }
    }

    /** The line goes out: its written bytes land in memory, as one packet. */
    void drain() {
        if (lineAddress == EMPTY) {
            return;
        }
        memory.writeLine(lineAddress, bytes, written);
        lineAddress = EMPTY;
        written = 0;
    }

    /** Reset: empty, nothing written. */
    void reset() {
        lineAddress = EMPTY;
        written = 0;
    }
}
