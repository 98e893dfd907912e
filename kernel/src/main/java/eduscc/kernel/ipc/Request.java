package eduscc.kernel.ipc;

/**
 * One non-blocking send or receive of iRCCE (facts B.2, RCCE_isend/irecv with _test, _wait and
 * _push): a message moved chunk by chunk, each step taken only when the flag it needs is already
 * set, so that {@link #progress} never spins.
 */
public abstract class Request {
    protected final Rcce rcce;
    protected final int buffer;
    protected final int size;
    /** The other core's pid. */
    protected final int partner;
    protected int offset;
    private boolean done;

    Request(Rcce rcce, int buffer, int size, int partner) {
        this.rcce = rcce;
        this.buffer = buffer;
        this.size = size;
        this.partner = partner;
    }

    /** Takes every step whose flag is set now; true once the whole message has moved. */
    final boolean progress() {
        while (!done && step()) {
            if (offset >= size) {
                done = true;
                finished();
            }
        }
        return done;
    }

    /** One step of the protocol if its flag allows it now; false when it must wait. */
    abstract boolean step();

    /** What the trace records when the message has moved. */
    abstract void finished();

    /** "isend" or "irecv". */
    abstract String kind();

    /** The bytes of the chunk at {@code offset}. */
    int chunkLength() {
        return Math.min(rcce.layout().chunk(), size - offset);
    }

    public boolean done() {
        return done;
    }

    /** The other core's pid. */
    public int partner() {
        return partner;
    }
}
