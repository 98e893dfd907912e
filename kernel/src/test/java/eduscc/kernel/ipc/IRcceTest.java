package eduscc.kernel.ipc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.machine.trace.TraceEntry;
import eduscc.machine.trace.TraceEvent;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import org.junit.jupiter.api.Test;

/** iRCCE's non-blocking requests: they move only when pushed, in queue order, and arrive whole. */
class IRcceTest {
    @Test
    void aSendIsPendingUntilTheReceiverTakesItAndTheCoreComputesMeanwhile() {
        Map<String, Object> seen = new ConcurrentSkipListMap<>();
        byte[] message = RcceTest.pattern(0, 100);
        List<TraceEntry> trace = RcceTest.run(List.of(0, 47), (k, rcce) -> {
            IRcce i = rcce.nonBlocking();
            int buffer = RcceTest.buffer(k);
            if (k.pid() == 0) {
                RcceTest.fill(k.ops(), buffer, message);
                Request send = i.isend(buffer, message.length, 47);
                seen.put("pending at once", !send.done());
                k.ops().work(100_000);
                seen.put("done after the work", i.test(send));
            } else {
                k.ops().work(20_000);
                rcce.recv(buffer, message.length, 0);
            }
        });
        assertEquals(Map.of("pending at once", true, "done after the work", true), seen,
            "isend put the chunk and set the flag, returned at once; the receiver took it during the work");
        assertEquals(new TraceEvent.MessageSent(47, 100, RcceTest.checksum(message)),
            trace.stream().filter(e -> e.event() instanceof TraceEvent.MessageSent).findFirst().orElseThrow().event());
    }

    /** Two messages from each of two senders: each source's arrive in the order sent, whatever order they are waited for. */
    @Test
    void receivesFromOneSourceArriveInOrderAndFromTwoInParallel() {
        int size = 9000;
        Map<String, Object> seen = new ConcurrentSkipListMap<>();
        List<TraceEntry> trace = RcceTest.run(List.of(0, 1, 2), (k, rcce) -> {
            IRcce i = rcce.nonBlocking();
            int buffer = RcceTest.buffer(k);
            if (k.pid() == 0) {
                Request a1 = i.irecv(buffer, size, 1);
                Request b1 = i.irecv(buffer + 9000, 32, 2);
                Request a2 = i.irecv(buffer + 9032, 32, 1);
                i.waitFor(a2);
                seen.put("first done when the second is", a1.done());
                i.waitFor(b1);
                seen.put("pending at the end", i.pending());
            } else {
                byte[] m = RcceTest.pattern(k.pid(), size);
                RcceTest.fill(k.ops(), buffer, m);
                rcce.send(buffer, k.pid() == 1 ? size : 32, 0);
                if (k.pid() == 1) {
                    rcce.send(buffer, 32, 0);
                }
            }
        });
        assertEquals(Map.of("first done when the second is", true, "pending at the end", 0), seen,
            "a source's first message is done before its second; nothing left queued");
        List<String> received = trace.stream().filter(e -> e.core() == 0 && e.event() instanceof TraceEvent.MessageReceived)
            .map(e -> ((TraceEvent.MessageReceived) e.event()).fromCore() + ":" + ((TraceEvent.MessageReceived) e.event()).bytes())
            .toList();
        assertEquals(List.of("1:9000", "1:32"), received.stream().filter(s -> s.startsWith("1:")).toList());
        assertTrue(received.contains("2:32"));
        byte[] first = RcceTest.pattern(1, size);
        assertTrue(trace.stream().anyMatch(e -> e.event().equals(new TraceEvent.MessageReceived(1, size, RcceTest.checksum(first)))),
            "the two-chunk message arrived whole");
    }

    @Test
    void testNeverWaits() {
        Map<String, Object> seen = new ConcurrentSkipListMap<>();
        RcceTest.run(List.of(0, 1), (k, rcce) -> {
            if (k.pid() == 0) {
                Request r = rcce.nonBlocking().irecv(RcceTest.buffer(k), 32, 1);
                seen.put("first test", rcce.nonBlocking().test(r));
                rcce.nonBlocking().waitFor(r);
                seen.put("waited", r.done());
            } else {
                k.ops().work(50_000);
                rcce.send(RcceTest.buffer(k), 32, 0);
            }
        });
        assertFalse((Boolean) seen.get("first test"), "nothing sent yet: test answers no and returns");
        assertTrue((Boolean) seen.get("waited"));
    }
}
