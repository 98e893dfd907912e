package eduscc.kernel.ipc;

/**
 * RCCE's gory layer (facts B.2, B.3): the calls RCCE_send and RCCE_recv are built from. Each keeps
 * the SCC's two rules for MPBT memory (facts A.3):
 * <ul>
 *   <li>CL1INVMB before every look: an MPBT line read once stays in the L1 as it was, whatever
 *       another core writes into the MPB since; CL1INVMB drops every such line, so the next read
 *       fetches the MPB's bytes;</li>
 *   <li>the fooling store after every put: MPBT writes collect in the one-line write-combine
 *       buffer and leave it only when a write goes to another line, so a put (and a flag write)
 *       ends with a store into the core's own first MPB line, the line RCCE_init skips.</li>
 * </ul>
 * The kit's is {@code MpbTransfer}; the exercise {@code messaging} asks a student to write one
 * from the machine operations of an {@link MpbPort}. Addresses: MPB ones in the kernel's MPB
 * window ({@link MessagingMappings}), private ones in the calling task's message buffer.
 */
public interface GoryLayer {

    /**
     * RCCE_put: {@code bytes} from private memory at {@code source} into the MPB at {@code target},
     * a doubleword at a time; a last partial line goes out whole, padded with zeros.
     */
    void put(int target, int source, int bytes);

    /** RCCE_get: {@code bytes} from the MPB at {@code source} into private memory at {@code target}, exactly. */
    void get(int target, int source, int bytes);

    /** RCCE_flag_write: the whole line of the flag at {@code flag} becomes {@code value} followed by zeros. */
    void writeFlag(int flag, int value);

    /** RCCE_flag_read: the flag's first doubleword as the MPB holds it now. */
    int readFlag(int flag);

    /** RCCE_wait_until: returns once the flag at {@code flag} holds {@code value}. */
    void waitUntil(int flag, int value);
}
