package eduscc.kernel.ipc;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * iRCCE, RWTH's non-blocking extension of RCCE (facts B.2: isend, irecv, test, wait, push): a
 * send or receive is a {@link Request} that moves when the core pushes it, and the core computes
 * in between. The requests wait in queues, as iRCCE's do:
 * <ul>
 *   <li>one queue of sends: a core has one payload area in its share, so only the oldest send
 *       may have a chunk in it;</li>
 *   <li>one queue of receives per source core: the messages of one sender arrive in the order
 *       it sent them, through its sent flag for this core.</li>
 * </ul>
 * Only the head of a queue moves; when it is done the next one starts. A core must not mix these
 * with {@link Rcce#send}/{@link Rcce#recv} to the same partner while a request is pending (the
 * flags are the same).
 */
public final class IRcce {
    private final Rcce rcce;
    private final ArrayDeque<Request> sends = new ArrayDeque<>();
    private final List<ArrayDeque<Request>> receives = new ArrayList<>();

    public IRcce(Rcce rcce) {
        this.rcce = rcce;
        for (int r = 0; r < rcce.numUes(); r++) {
            receives.add(new ArrayDeque<>());
        }
    }

    /** iRCCE_isend: queues the send of {@code size} bytes at {@code buffer} to core {@code dest}, and pushes. */
    public Request isend(int buffer, int size, int dest) {
        Request request = new SendRequest(rcce, buffer, size, dest);
        sends.addLast(request);
        push();
        return request;
    }

    /** iRCCE_irecv: queues the receive of {@code size} bytes from core {@code source} into {@code buffer}, and pushes. */
    public Request irecv(int buffer, int size, int source) {
        Request request = new RecvRequest(rcce, buffer, size, source);
        receives.get(rcce.rank(source)).addLast(request);
        push();
        return request;
    }

    /** iRCCE_test: pushes every queue once; true when {@code request} is done. Never waits. */
    public boolean test(Request request) {
        push();
        return request.done();
    }

    /** iRCCE_wait: pushes until {@code request} is done (a spin, as RCCE's waits are). */
    public void waitFor(Request request) {
        rcce.spinningFor("core " + request.partner() + " to finish a " + request.kind() + " request");
        while (!test(request)) {
            // each push looks at the flags the heads of the queues need
        }
        rcce.spinningFor(null);
    }

    /** How many requests have not finished yet. */
    public int pending() {
        return sends.size() + receives.stream().mapToInt(ArrayDeque::size).sum();
    }

    /** iRCCE_push: the head of each queue takes the steps its flags allow; finished heads make way. */
    private void push() {
        pushQueue(sends);
        for (ArrayDeque<Request> queue : receives) {
            pushQueue(queue);
        }
    }

    private static void pushQueue(ArrayDeque<Request> queue) {
        while (!queue.isEmpty() && queue.peekFirst().progress()) {
            queue.removeFirst();
        }
    }
}
