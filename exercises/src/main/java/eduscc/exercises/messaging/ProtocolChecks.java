package eduscc.exercises.messaging;

import eduscc.exercises.observing.ObservedCheck;
import eduscc.exercises.observing.Observer;
import eduscc.kernel.ipc.CommBuffer;
import eduscc.machine.chip.CoreId;
import eduscc.machine.trace.TraceEntry;
import eduscc.machine.trace.TraceEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks of the student's send and receive, one rule each, each run on freshly booted cores
 * ({@link CheckMachine}) with the kit's gory layer under them: a mistake in the student's gory
 * layer costs the points of its own check there ({@link GoryChecks}), not these too.
 */
final class ProtocolChecks {
    /** What the flags leave of a share for a message's chunk when two cores take part (facts B.3). */
    static final int CHUNK_OF_TWO = new CommBuffer(2).chunk();

    private ProtocolChecks() {
    }

    static List<ObservedCheck> all(Submission s) {
        return List.of(
            new ObservedCheck("2 cores: 0, 1, 31, 32 and 33 bytes arrive whole; a 0-byte message still waits for its partner",
                15, o -> smallMessages(o, s)),
            new ObservedCheck("2 cores: " + CHUNK_OF_TWO + " (the chunk), " + (CHUNK_OF_TWO + 1) + " and 16384 bytes arrive"
                + " whole, chunk by chunk", 15, o -> longMessages(o, s)),
            new ObservedCheck("one message after another between a pair, both ways: each arrives as sent, in its turn", 10,
                o -> oneAfterAnother(o, s)),
            new ObservedCheck("48 cores in a ring: each sends to the next and receives from the one before", 15,
                o -> ring(o, s)),
            new ObservedCheck("send returns only after the receiver took the last chunk (a rendezvous)", 10,
                o -> rendezvous(o, s)),
            new ObservedCheck("no chunk is read before its sent flag has reached the receiver's MPB", 5,
                o -> notBeforeTheFlag(o, s)));
    }

    /**
     * One message from core 0 to core 1 on a fresh pair; the receiver comes 100,000 cycles late,
     * except for the 0-byte message, where the sender does, so that a receive that does not wait
     * returns before the send began.
     */
    private static void smallMessages(Observer o, Submission s) {
        for (int size : new int[] {0, 1, 31, 32, 33}) {
            byte[] message = CheckMachine.pattern(size, size);
            boolean senderLate = size == 0;
            CheckMachine.Run run = CheckMachine.run(List.of(0, 1), s.overKitGory(), pid -> setup -> {
                if (pid == 0) {
                    setup.ops().work(senderLate ? 100_000 : 0);
                    CheckMachine.fill(setup.ops(), setup.buffer(), message);
                    setup.times.add(setup.now());
                    setup.rcce.send(setup.buffer(), size, 1);
                } else {
                    setup.ops().work(senderLate ? 0 : 100_000);
                    setup.rcce.recv(setup.buffer(), size, 0);
                    setup.times.add(setup.now());
                    setup.seen.add(CheckMachine.compare(setup.ops(), setup.buffer(), message));
                }
            });
            o.see(size + " bytes from core 0 to core 1: core 0's send", run.core(0).outcome());
            o.see(size + " bytes from core 0 to core 1: core 1's recv", run.core(1).outcome());
            o.see(size + " bytes from core 0 to core 1: what core 1 got", GoryChecks.seen(run.core(1), 0));
            if (senderLate) {
                o.see("core 1's recv of 0 bytes returned before core 0 called send", run.core(0).finished && run.core(1).finished
                    && run.core(1).times.get(0) < run.core(0).times.get(0));
            }
        }
    }

    /** One long message per fresh pair, cores 0 and 1 (a payload overrun lands in core 1's flags), the receiver 100,000 cycles late. */
    private static void longMessages(Observer o, Submission s) {
        for (int size : new int[] {CHUNK_OF_TWO, CHUNK_OF_TWO + 1, 16384}) {
            byte[] message = CheckMachine.pattern(size, size);
            CheckMachine.Run run = CheckMachine.run(List.of(0, 1), s.overKitGory(), pid -> setup -> {
                if (pid == 0) {
                    CheckMachine.fill(setup.ops(), setup.buffer(), message);
                    setup.rcce.send(setup.buffer(), size, 1);
                } else {
                    setup.ops().work(100_000);
                    setup.rcce.recv(setup.buffer(), size, 0);
                    setup.seen.add(CheckMachine.compare(setup.ops(), setup.buffer(), message));
                }
            });
            o.see(size + " bytes from core 0 to core 1: core 0's send", run.core(0).outcome());
            o.see(size + " bytes from core 0 to core 1: core 1's recv", run.core(1).outcome());
            o.see(size + " bytes from core 0 to core 1: what core 1 got", GoryChecks.seen(run.core(1), 0));
        }
    }

    /** Four messages between cores 0 and 1, a barrier after each: 0 to 1, 0 to 1, 1 to 0, 0 to 1. */
    private static void oneAfterAnother(Observer o, Submission s) {
        int[][] messages = {{0, 1, 100}, {0, 1, 40}, {1, 0, 500}, {0, 1, 7}};
        CheckMachine.Run run = CheckMachine.run(List.of(0, 1), s.overKitGory(), pid -> setup -> {
            for (int m = 0; m < messages.length; m++) {
                int from = messages[m][0];
                int to = messages[m][1];
                byte[] message = CheckMachine.pattern(10 + m, messages[m][2]);
                if (pid == from) {
                    CheckMachine.fill(setup.ops(), setup.buffer(), message);
                    setup.rcce.send(setup.buffer(), message.length, to);
                } else {
                    setup.rcce.recv(setup.buffer(), message.length, from);
                    setup.seen.add(CheckMachine.compare(setup.ops(), setup.buffer(), message));
                }
                setup.rcce.barrier();
            }
        });
        o.see("core 0's sends and receives", run.core(0).outcome());
        o.see("core 1's sends and receives", run.core(1).outcome());
        int[] received = new int[2];
        for (int[] m : messages) {
            int to = m[1];
            o.see("message of " + m[2] + " bytes from core " + m[0] + " to core " + to,
                GoryChecks.seen(run.core(to), received[to]++));
        }
    }

    /** Every core sends 200 bytes to the next (47 to 0) and receives from the one before; even ranks send first. */
    private static void ring(Observer o, Submission s) {
        int n = CoreId.COUNT;
        List<Integer> all = new ArrayList<>();
        for (int pid = 0; pid < n; pid++) {
            all.add(pid);
        }
        CheckMachine.Run run = CheckMachine.run(all, s.overKitGory(), pid -> setup -> {
            int next = (pid + 1) % n;
            int before = (pid + n - 1) % n;
            byte[] mine = CheckMachine.pattern(pid, 200);
            byte[] theirs = CheckMachine.pattern(before, 200);
            int in = setup.buffer() + 4096;
            CheckMachine.fill(setup.ops(), setup.buffer(), mine);
            if (pid % 2 == 0) {
                setup.rcce.send(setup.buffer(), 200, next);
                setup.rcce.recv(in, 200, before);
            } else {
                setup.rcce.recv(in, 200, before);
                setup.rcce.send(setup.buffer(), 200, next);
            }
            setup.seen.add(CheckMachine.compare(setup.ops(), in, theirs));
        });
        for (int pid = 0; pid < n; pid++) {
            o.see("core " + pid + ": its send to core " + (pid + 1) % n + " and receive from core " + (pid + n - 1) % n,
                run.core(pid).outcome());
            o.see("core " + pid + ": what it got from core " + (pid + n - 1) % n, GoryChecks.seen(run.core(pid), 0));
        }
    }

    /** 100 bytes from core 0 to core 1; the receiver begins its recv 300,000 cycles after the sender its send. */
    private static void rendezvous(Observer o, Submission s) {
        byte[] message = CheckMachine.pattern(5, 100);
        CheckMachine.Run run = CheckMachine.run(List.of(0, 1), s.overKitGory(), pid -> setup -> {
            if (pid == 0) {
                CheckMachine.fill(setup.ops(), setup.buffer(), message);
                setup.rcce.send(setup.buffer(), 100, 1);
                setup.times.add(setup.now());
            } else {
                setup.ops().work(300_000);
                setup.times.add(setup.now());
                setup.rcce.recv(setup.buffer(), 100, 0);
                setup.seen.add(CheckMachine.compare(setup.ops(), setup.buffer(), message));
            }
        });
        o.see("core 0's send", run.core(0).outcome());
        o.see("core 1's recv", run.core(1).outcome());
        o.see("what core 1 got", GoryChecks.seen(run.core(1), 0));
        o.see("core 0's send returned after core 1 began its recv", run.core(0).finished && run.core(1).finished
            && run.core(0).times.get(0) > run.core(1).times.get(0));
    }

    /**
     * 100 bytes from core 47 to core 0, the receiver first: core 0's first read of core 47's MPB
     * (a line fill that crosses the mesh to tile 23) must come after core 47's sent flag arrived
     * in core 0's MPB (the first combined write from core 47 to tile 0).
     */
    private static void notBeforeTheFlag(Observer o, Submission s) {
        byte[] message = CheckMachine.pattern(6, 100);
        CheckMachine.Run run = CheckMachine.run(List.of(0, 47), s.overKitGory(), pid -> setup -> {
            if (pid == 47) {
                setup.ops().work(200_000);
                CheckMachine.fill(setup.ops(), setup.buffer(), message);
                setup.rcce.send(setup.buffer(), 100, 0);
            } else {
                setup.rcce.recv(setup.buffer(), 100, 47);
                setup.seen.add(CheckMachine.compare(setup.ops(), setup.buffer(), message));
            }
        });
        o.see("core 0's recv", run.core(0).outcome());
        o.see("what core 0 got", GoryChecks.seen(run.core(0), 0));
        long firstRead = firstPacket(run.trace(), 0, CoreId.of(47).tile().index(), "MPB READ LINE");
        long flagArrived = firstPacket(run.trace(), 47, CoreId.of(0).tile().index(), "MPB WRITE COMBINED");
        o.see("core 0 read core 47's payload before core 47's sent flag reached core 0's MPB",
            firstRead < flagArrived);
    }

    /** When {@code core} first sent a packet of {@code kind} to {@code tile}; Long.MAX_VALUE if never. */
    private static long firstPacket(List<TraceEntry> trace, int core, int tile, String kind) {
        for (TraceEntry e : trace) {
            if (e.core() == core && e.event() instanceof TraceEvent.MeshPacket p && p.toTile() == tile && p.target().equals(kind)) {
                return e.time();
            }
        }
        return Long.MAX_VALUE;
    }
}
