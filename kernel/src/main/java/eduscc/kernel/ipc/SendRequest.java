package eduscc.kernel.ipc;

/**
 * iRCCE_isend: RCCE_send's steps (facts B.4) taken one at a time. Putting a chunk and setting the
 * sent flag never waits; taking the receiver's ready flag only when a look finds it set.
 */
final class SendRequest extends Request {
    private final int to;
    private boolean chunkOut;

    SendRequest(Rcce rcce, int buffer, int size, int dest) {
        super(rcce, buffer, size, dest);
        this.to = rcce.rank(dest);
    }

    @Override
    boolean step() {
        CommBuffer layout = rcce.layout();
        GoryLayer mpb = rcce.mpb();
        if (!chunkOut) {
            mpb.put(rcce.own(layout.payload()), buffer + offset, chunkLength());
            mpb.writeFlag(rcce.at(to, layout.sent(rcce.ue())), CommBuffer.SET);
            chunkOut = true;
            return true;
        }
        if (mpb.readFlag(rcce.own(layout.ready(to))) != CommBuffer.SET) {
            return false;
        }
        mpb.writeFlag(rcce.own(layout.ready(to)), CommBuffer.UNSET);
        offset += Math.max(1, chunkLength());
        chunkOut = false;
        return true;
    }

    @Override
    void finished() {
        rcce.sent(partner, buffer, size);
    }

    @Override
    String kind() {
        return "isend";
    }
}
