package eduscc.exercises.messaging;

import eduscc.kernel.ipc.GoryLayer;
import eduscc.kernel.ipc.MessagePassing;
import eduscc.kernel.ipc.MpbPort;

/**
 * YOUR RCCE_send and RCCE_recv (this class) and YOUR gory layer under them ({@link Gory}). Read the
 * handout ({@code exercises/src/main/resources/eduscc/exercises/messaging/HANDOUT.md}) and the
 * contracts in {@link MessagePassing} and {@link GoryLayer}, then replace each
 * {@code throw new UnsupportedOperationException("TODO ...")} with the real thing. The fields and
 * the constructors are in place; you should not need more.
 *
 * <p>What the port offers (every call a machine operation that costs what the SCC would charge):
 * <ul>
 *   <li>{@code port.ue()}, {@code port.numUes()}, {@code port.rank(pid)}: ranks; flags are indexed by
 *       rank, {@code send} and {@code recv} are given pids;</li>
 *   <li>{@code port.layout()}: offsets in every share: {@code sent(rank)}, {@code ready(rank)},
 *       {@code payload()}, {@code chunk()}, and {@code CommBuffer.FOOL_LINE}, {@code SET}, {@code UNSET};</li>
 *   <li>{@code port.ownShare()}, {@code port.share(rank)}: where a share begins (add an offset);</li>
 *   <li>{@code port.cl1invmb()}; {@code port.readMpb(a)}, {@code port.writeMpb(a, v)} (doublewords),
 *       {@code port.readMpbByte(a)}; {@code port.readPrivate(a)}, {@code port.writePrivate(a, v)} and their {@code Byte} forms.</li>
 * </ul>
 *
 * <p>Grade it with {@code ./eduscc grade messaging}; watch the kernel run with it with
 * {@code ./eduscc run ping-pong --messaging student} (or {@code barrier-48}).
 */
public final class StudentMessaging implements MessagePassing {
    /** This core's view of the MPBs. */
    private final MpbPort port;
    /** The gory layer to build on: yours in a lab, the kit's when the grader checks your protocol alone. */
    private final GoryLayer gory;

    public StudentMessaging(MpbPort port, GoryLayer gory) {
        this.port = port;
        this.gory = gory;
    }

    @Override
    public void send(int buffer, int size, int dest) {
        throw new UnsupportedOperationException("TODO send: per chunk of at most layout.chunk() bytes (once for 0"
            + " bytes): put it into your own payload, set sent[you] in dest's share, wait for ready[dest] in your own"
            + " share, clear it");
    }

    @Override
    public void recv(int buffer, int size, int source) {
        throw new UnsupportedOperationException("TODO recv: per chunk (once for 0 bytes): wait for sent[source] in"
            + " your own share, clear it, get the chunk from source's payload, set ready[you] in source's share");
    }

    /** YOUR gory layer: RCCE_put, RCCE_get, the flags and RCCE_wait_until, from the port's operations. */
    public static final class Gory implements GoryLayer {
        private final MpbPort port;

        public Gory(MpbPort port) {
            this.port = port;
        }

        @Override
        public void put(int target, int source, int bytes) {
            throw new UnsupportedOperationException("TODO put: CL1INVMB; copy doublewords (the last 1..3 bytes as one"
                + " doubleword, the rest of the last line zeros); then the fooling store into your FOOL_LINE");
        }

        @Override
        public void get(int target, int source, int bytes) {
            throw new UnsupportedOperationException("TODO get: CL1INVMB; copy doublewords, the last 1..3 bytes one"
                + " by one: never write past target + bytes");
        }

        @Override
        public void writeFlag(int flag, int value) {
            throw new UnsupportedOperationException("TODO writeFlag: CL1INVMB; value, then 7 zero doublewords; then"
                + " the fooling store");
        }

        @Override
        public int readFlag(int flag) {
            throw new UnsupportedOperationException("TODO readFlag: CL1INVMB, then the flag's first doubleword");
        }

        @Override
        public void waitUntil(int flag, int value) {
            throw new UnsupportedOperationException("TODO waitUntil: look (readFlag) until it holds value; CL1INVMB"
                + " before every look, not only the first");
        }
    }
}
