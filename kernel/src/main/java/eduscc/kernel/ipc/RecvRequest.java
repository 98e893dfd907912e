package eduscc.kernel.ipc;

/**
 * iRCCE_irecv: RCCE_recv's steps (facts B.4) taken when the sender's sent flag is found set:
 * clear it, get the chunk across the mesh, set the ready flag in the sender's share.
 */
final class RecvRequest extends Request {
    private final int from;

    RecvRequest(Rcce rcce, int buffer, int size, int source) {
        super(rcce, buffer, size, source);
        this.from = rcce.rank(source);
    }

    @Override
    boolean step() {
        CommBuffer layout = rcce.layout();
        GoryLayer mpb = rcce.mpb();
        if (mpb.readFlag(rcce.own(layout.sent(from))) != CommBuffer.SET) {
            return false;
        }
        mpb.writeFlag(rcce.own(layout.sent(from)), CommBuffer.UNSET);
        mpb.get(buffer + offset, rcce.at(from, layout.payload()), chunkLength());
        mpb.writeFlag(rcce.at(from, layout.ready(rcce.ue())), CommBuffer.SET);
        offset += Math.max(1, chunkLength());
        return true;
    }

    @Override
    void finished() {
        rcce.received(partner, buffer, size);
    }

    @Override
    String kind() {
        return "irecv";
    }
}
