package eduscc.kernel.ipc;

import eduscc.machine.cpu.Core;
import eduscc.machine.trace.TraceEvent;
import java.util.List;

/**
 * RCCE's blocking messages and its barrier between the cores of one kernel world (facts B.2 to
 * B.5), in the default "local put, remote get" mode: a sender copies a chunk into its own MPB and
 * sets its sent flag in the receiver's MPB; the receiver copies the chunk out of the sender's
 * MPB and sets its ready flag in the sender's MPB. A message goes private memory, own MPB, the
 * receiver's private memory: two copies, and every access to the other core's MPB crosses the
 * mesh at its hop latency.
 *
 * <p>Cores are named by pid; RCCE's rank is the place of the pid in the sorted list of the cores
 * that take part ({@link #rank}). One instance per core, used by that core's tasks. Send and
 * receive are the lab's {@link MessagePassing} plug-in (the kit's {@link KitMessagePassing} unless
 * the lab names another); the barrier and iRCCE are always the kit's.
 */
public final class Rcce {
    private final Core core;
    private final List<Integer> units;
    private final int me;
    private final CommBuffer layout;
    private final GoryLayer mpb;
    private final IRcce nonBlocking;
    private final MessagePassing messages;
    /** The value this core's gather flag flips to in the next barrier (RCCE's "cycle"). */
    private int barrierCycle = CommBuffer.SET;
    private int barriers;
    /** What this core's task spins for now, in words (null: nothing): the debugger's probe. */
    private String waitingFor;
    /** While a send or receive runs (the kit's or a plug-in's): what it is for, in words. */
    private String inCall;

    /**
     * @param units the pids of the cores taking part, in increasing order; this core's pid among them
     */
    public Rcce(Core core, List<Integer> units, int pid) {
        this(core, units, pid, MessagePassingFactory.KIT);
    }

    /**
     * @param units    the pids of the cores taking part, in increasing order; this core's pid among them
     * @param messages what makes this core's send and receive (the kit's, or a student's)
     */
    public Rcce(Core core, List<Integer> units, int pid, MessagePassingFactory messages) {
        this.core = core;
        this.units = List.copyOf(units);
        this.me = rank(pid);
        this.layout = new CommBuffer(units.size());
        MpbPort port = new MpbPort(units, pid, core.ops(), this);
        this.mpb = port.kitGoryLayer();
        this.nonBlocking = new IRcce(this);
        this.messages = messages.create(port);
    }

    /** This core's iRCCE: the non-blocking sends and receives, with their queues. */
    public IRcce nonBlocking() {
        return nonBlocking;
    }

    /** RCCE_ue: this core's rank. */
    public int ue() {
        return me;
    }

    /** RCCE_num_ues. */
    public int numUes() {
        return units.size();
    }

    /** The rank of core {@code pid}: its place among the units. */
    public int rank(int pid) {
        int rank = units.indexOf(pid);
        if (rank < 0) {
            throw new IllegalArgumentException("core " + pid + " does not take part in messaging (cores " + units + ")");
        }
        return rank;
    }

    public CommBuffer layout() {
        return layout;
    }

    /**
     * RCCE_send: {@code size} bytes from private memory at {@code buffer} to core {@code dest};
     * returns when the receiver has taken the last one (facts B.4), by the lab's
     * {@link MessagePassing}. A zero-byte message still makes the handshake once.
     */
    public void send(int buffer, int size, int dest) {
        rank(dest);
        inCall = "core " + dest + " to take " + size + " bytes (in RCCE_send)";
        messages.send(buffer, size, dest);
        inCall = null;
        sent(dest, buffer, size);
    }

    /** RCCE_recv: {@code size} bytes from core {@code source} into private memory at {@code buffer} (facts B.4). */
    public void recv(int buffer, int size, int source) {
        rank(source);
        inCall = "core " + source + " to send " + size + " bytes (in RCCE_recv)";
        messages.recv(buffer, size, source);
        inCall = null;
        received(source, buffer, size);
    }

    /**
     * RCCE_barrier, the linear one (facts B.5): every core flips its own gather flag; the core of
     * rank 0 waits until every gather flag shows the new value and then writes it into every
     * other core's release flag, which they wait for.
     */
    public void barrier() {
        int cycle = barrierCycle;
        barrierCycle = cycle == CommBuffer.SET ? CommBuffer.UNSET : CommBuffer.SET;
        mpb.writeFlag(own(layout.gather()), cycle);
        if (me == 0) {
            for (int r = 1; r < units.size(); r++) {
                waitUntil(at(r, layout.gather()), cycle, "core " + units.get(r) + " to arrive at barrier "
                    + (barriers + 1));
            }
            for (int r = 1; r < units.size(); r++) {
                mpb.writeFlag(at(r, layout.release()), cycle);
            }
        } else {
            waitUntil(own(layout.release()), cycle, "core " + units.get(0) + " to release barrier " + (barriers + 1));
        }
        barriers++;
        core.trace(new TraceEvent.BarrierPassed(barriers, units.size()));
    }

    private void waitUntil(int flag, int value, String what) {
        spinningFor(what);
        mpb.waitUntil(flag, value);
        spinningFor(null);
    }

    /**
     * Notes what this core's task spins for from now on (null: it stopped spinning), for the
     * debugger and the runner's deadlock check: every spin on the MPBs or a LOCK register says so.
     */
    public void spinningFor(String what) {
        waitingFor = what;
    }

    /**
     * What this core's task is spinning for, e.g. "core 47 to send (sent flag)", or null: read by
     * the debugger while the machine is paused.
     */
    public String waitingFor() {
        return waitingFor;
    }

    /**
     * What this core's task waits for, as far as the kernel can tell: the spin's note, or else,
     * inside a send or receive whose own waits say nothing (a plug-in's), the call itself, e.g.
     * "core 47 to send 32 bytes (in RCCE_recv)"; null outside both. The runner's deadlock check
     * reads it.
     */
    public String busyWith() {
        return waitingFor != null ? waitingFor : inCall;
    }

    /** How many barriers this core has passed. */
    public int barriersPassed() {
        return barriers;
    }

    /** The pids taking part, in rank order. */
    public List<Integer> units() {
        return units;
    }

    /** An offset in this core's own share. */
    int own(int offset) {
        return at(me, offset);
    }

    /** An offset in the share of the core of rank {@code rank}. */
    int at(int rank, int offset) {
        return MessagingMappings.share(units.get(rank)) + offset;
    }

    /** The gory layer of the barrier and iRCCE: the kit's. */
    GoryLayer mpb() {
        return mpb;
    }

    /** The trace's record of a finished send: the receiver has taken the last chunk. */
    void sent(int dest, int buffer, int size) {
        core.trace(new TraceEvent.MessageSent(dest, size, checksum(buffer, size)));
    }

    /** The trace's record of a finished receive. */
    void received(int source, int buffer, int size) {
        core.trace(new TraceEvent.MessageReceived(source, size, checksum(buffer, size)));
    }

    /**
     * What the trace reports of a message's bytes: the sum of each byte times its position plus
     * one. Read by the simulator (a probe of the identity-mapped buffer, not the task), so it
     * costs the core nothing.
     */
    private int checksum(int buffer, int size) {
        int sum = 0;
        for (int i = 0; i < size; i++) {
            sum += (core.probePrivate(buffer + i, 1) & 0xFF) * (i + 1);
        }
        return sum;
    }
}
