package eduscc.kernel.ipc;

/**
 * RCCE_send and RCCE_recv (facts B.4), the part of {@link Rcce} a lab may replace: the exercise
 * {@code messaging} asks a student to write it. The kit's is {@link KitMessagePassing}; a lab
 * chooses one by name ({@link MessagingPlugins}).
 *
 * <p>The contract, in RCCE's default "local put, remote get" mode:
 * <ul>
 *   <li>{@code send} moves the message chunk by chunk ({@link CommBuffer#chunk}) through the
 *       sender's own payload, and returns only when the receiver has taken the last chunk (a
 *       rendezvous); a message of zero bytes still makes the handshake once;</li>
 *   <li>{@code recv} copies each chunk out of the sender's payload only after the sender's sent
 *       flag in its own share says the chunk is there;</li>
 *   <li>the messages of one sender to one receiver arrive in the order they were sent.</li>
 * </ul>
 * Both run on the calling task's core with what an {@link MpbPort} and a {@link GoryLayer} offer.
 * {@code Rcce} has already checked that the partner takes part, and writes the trace's record of
 * the message once the call returns.
 */
public interface MessagePassing {

    /** RCCE_send: {@code size} bytes from private memory at {@code buffer} to core {@code dest} (a pid). */
    void send(int buffer, int size, int dest);

    /** RCCE_recv: {@code size} bytes from core {@code source} (a pid) into private memory at {@code buffer}. */
    void recv(int buffer, int size, int source);
}
