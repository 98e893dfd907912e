package eduscc.kernel.ipc;

/**
 * The kit's RCCE_send and RCCE_recv (facts B.4), the answer of the exercise {@code messaging}.
 * Per chunk:
 * <pre>
 *   sender (me -> to)                             receiver (from -> me)
 *   put(own payload <- buffer)                    waitUntil(own sent[from] == SET)
 *   writeFlag(to's sent[me], SET)      ------->   writeFlag(own sent[from], UNSET)
 *   waitUntil(own ready[to] == SET)               get(buffer <- from's payload)
 *   writeFlag(own ready[to], UNSET)    <-------   writeFlag(from's ready[me], SET)
 * </pre>
 * The sender's payload holds one chunk at a time; it is overwritten only after the ready flag said
 * the receiver has taken it. A zero-byte message runs the loop once, so it still makes the
 * handshake (RCCE's USE_SYNCH_FOR_ZERO_BYTE).
 */
public final class KitMessagePassing implements MessagePassing {
    private final MpbPort port;
    private final GoryLayer gory;

    public KitMessagePassing(MpbPort port, GoryLayer gory) {
        this.port = port;
        this.gory = gory;
    }

    @Override
    public void send(int buffer, int size, int dest) {
        CommBuffer layout = port.layout();
        int me = port.ue();
        int to = port.rank(dest);
        int offset = 0;
        do {
            int length = Math.min(layout.chunk(), size - offset);
            gory.put(port.ownShare() + layout.payload(), buffer + offset, length);
            gory.writeFlag(port.share(to) + layout.sent(me), CommBuffer.SET);
            waitUntil(port.ownShare() + layout.ready(to), "core " + dest + " to take the chunk (ready flag)");
            gory.writeFlag(port.ownShare() + layout.ready(to), CommBuffer.UNSET);
            offset += length;
        } while (offset < size);
    }

    @Override
    public void recv(int buffer, int size, int source) {
        CommBuffer layout = port.layout();
        int me = port.ue();
        int from = port.rank(source);
        int offset = 0;
        do {
            int length = Math.min(layout.chunk(), size - offset);
            waitUntil(port.ownShare() + layout.sent(from), "core " + source + " to send (sent flag)");
            gory.writeFlag(port.ownShare() + layout.sent(from), CommBuffer.UNSET);
            gory.get(buffer + offset, port.share(from) + layout.payload(), length);
            gory.writeFlag(port.share(from) + layout.ready(me), CommBuffer.SET);
            offset += length;
        } while (offset < size);
    }

    /** Spins until the flag is SET, telling the debugger what for meanwhile. */
    private void waitUntil(int flag, String what) {
        port.rcce().spinningFor(what);
        gory.waitUntil(flag, CommBuffer.SET);
        port.rcce().spinningFor(null);
    }
}
