package eduscc.kernel.ipc;

import eduscc.kernel.arch.Hardware;
import eduscc.kernel.sched.Scheduler;
import eduscc.kernel.sched.Task;
import eduscc.machine.cpu.Core;
import eduscc.machine.cpu.Operations;
import eduscc.machine.trace.TraceEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * MetalSVM's mailbox system: a small mail into a slot of the receiver's MPB, then an inter-core
 * interrupt through the global interrupt controller, whose status tells the receiver who sent
 * (iRCCE's mailbox extension with MetalSVM's {@code icc_send_irq}, facts eduos-metalsvm.md 11.3;
 * the GIC, facts A.7). One instance per core, used by that core's tasks and its LINT0 handler.
 * <pre>
 *   core s: send(r, tag, payload)                 core r
 *     CLI; slot s of r's share EMPTY?  ---mesh-->
 *     write the line (MAIL, s, tag, length,
 *       payload), store to the fooling line ---->  slot s: MAIL ...
 *     IPI_REQUEST[s] = bit r  ----> GIC: IRQ_STATUS[r] bit 6+s, LINT0 of r
 *     STI                                         LINT0 (vector 124), interrupts off:
 *                                                   IRQ_STATUS[r] = bit 6+s: "core s sent"
 *                                                   slot s of own share -> inbox, slot EMPTY
 *                                                   wake the first task waiting for mail
 *                                                   EOI; a higher priority ready? switch to it
 *                                                 fetch() returns the mail to that task
 * </pre>
 * A sender has one slot in each receiver's share, so it has at most one mail in flight to each
 * core. If the slot still holds its last mail, the sender waits until the receiver has taken it:
 * it reads the slot's state again and again with interrupts on (two cores that mail each other
 * with interrupts off would each wait for a handler the other cannot run). It checks and writes
 * the slot with interrupts off, so two tasks of one core cannot both find it empty.
 *
 * <p>Cores are named by pid; the slot of a sender is found by its RCCE rank ({@link CommBuffer#mail}).
 */
public final class Mailbox {
    private final Core core;
    private final Operations ops;
    private final Hardware hardware;
    private final Scheduler scheduler;
    private final List<Integer> units;
    private final int pid;
    private final CommBuffer layout;
    private final GoryLayer mpb;
    private final MpbLines lines;
    private final Inbox inbox;
    /** The tasks blocked in {@link #fetch}, first come first woken (eduOS's semaphore queue). */
    private final List<Task> waiters = new ArrayList<>();
    private long posted;
    private long delivered;
    private String waitingFor;

    /**
     * @param units the pids of the cores taking part in messaging, in increasing order (RCCE's units)
     */
    public Mailbox(Core core, Hardware hardware, Scheduler scheduler, List<Integer> units, int pid) {
        this.core = core;
        this.ops = core.ops();
        this.hardware = hardware;
        this.scheduler = scheduler;
        this.units = List.copyOf(units);
        this.pid = pid;
        this.layout = new CommBuffer(units.size());
        MpbPort port = new MpbPort(units, pid, ops, null);
        this.mpb = port.kitGoryLayer();
        this.lines = new MpbLines(port);
        this.inbox = new Inbox(ops);
    }

    /**
     * iRCCE_mail_send and icc_send_irq: writes a mail of {@code tag} and {@code payload} (at most
     * {@link Mail#MAX_PAYLOAD} bytes) into this core's slot in core {@code dest}'s share and
     * interrupts {@code dest}. Returns once the interrupt is requested; waits first while the
     * slot still holds this core's previous mail to {@code dest}.
     */
    public void send(int dest, int tag, byte[] payload) {
        if (dest == pid) {
            throw new IllegalArgumentException("core " + pid + " cannot mail itself");
        }
        Mail mail = new Mail(pid, tag, payload);
        rank(dest); // a core outside messaging has no share laid out for mail
        int slot = MessagingMappings.share(dest) + layout.mail(rank(pid));
        while (true) {
            int flags = hardware.irqSave();
            if (mpb.readFlag(slot) == MailSlot.EMPTY) {
                lines.write(slot, MailSlot.line(mail));
                hardware.sendInterCoreInterrupt(dest);
                posted++;
                core.trace(new TraceEvent.MailPosted(dest, tag, payload.length));
                hardware.irqRestore(flags);
                return;
            }
            hardware.irqRestore(flags);
            waitingFor = "core " + dest + " to take the last mail out of its slot";
            mpb.waitUntil(slot, MailSlot.EMPTY);
            waitingFor = null;
        }
    }

    /** Blocks until a mail has come and returns the oldest (eduOS mailbox_fetch). */
    public Mail fetch() {
        return fetch(0);
    }

    /**
     * Blocks until a mail has come or {@code timeoutTicks} timer ticks have passed (0: no time
     * limit), as lwIP's {@code sys_arch_mbox_fetch} waits; returns the oldest mail, or null when
     * the time ran out. The check and the block happen with interrupts off: a mail that came
     * between them would otherwise wake nobody.
     */
    public Mail fetch(long timeoutTicks) {
        int flags = hardware.irqSave();
        long deadline = scheduler.tick() + timeoutTicks;
        while (inbox.isEmpty()) {
            if (timeoutTicks > 0 && scheduler.tick() >= deadline) {
                hardware.irqRestore(flags);
                return null;
            }
            Task self = scheduler.current();
            waiters.add(self);
            if (timeoutTicks > 0) {
                scheduler.sleep(deadline - scheduler.tick());
            } else {
                scheduler.block();
            }
            waiters.remove(self);
        }
        Mail mail = inbox.take();
        if (inbox.takeDeferred(mail.sender())) {
            collect(mail.sender());
        }
        hardware.irqRestore(flags);
        return mail;
    }

    /**
     * The LINT0 handler's part, with interrupts off: for each core whose bit is set in
     * {@code senders} (IRQ_STATUS, already acknowledged; bit k is core k), highest pid first as
     * BSR finds them, take its mail out of its slot. A bit of a core outside messaging, or a
     * slot without a mail, was a plain inter-core interrupt.
     */
    public void interruptArrived(long senders) {
        long left = senders;
        while (left != 0) {
            int sender = highestBit(left);
            left &= ~(1L << sender);
            if (units.contains(sender) && sender != pid) {
                collect(sender);
            }
        }
    }

    /**
     * Copies core {@code sender}'s slot into the inbox and empties the slot, then wakes the first
     * waiting task. If the inbox still holds that sender's last mail, the new one stays in the
     * slot (the sender will wait to write another) until a task fetches the old one.
     */
    private void collect(int sender) {
        int slot = MessagingMappings.share(pid) + layout.mail(rank(sender));
        int[] line = lines.read(slot);
        if (!MailSlot.holdsMail(line)) {
            return;
        }
        if (inbox.holdsMailFrom(sender)) {
            inbox.defer(sender);
            return;
        }
        inbox.put(sender, line);
        mpb.writeFlag(slot, MailSlot.EMPTY);
        delivered++;
        Task woken = waiters.isEmpty() ? null : waiters.remove(0);
        if (woken != null) {
            scheduler.wakeup(woken);
        }
        Mail mail = MailSlot.mail(line);
        core.trace(new TraceEvent.MailDelivered(sender, mail.tag(), mail.payload().length,
            woken == null ? "" : woken.name()));
    }

    /** BSR over the 48-bit set, upper doubleword first. */
    private int highestBit(long bits) {
        int high = (int) (bits >>> 32);
        return high != 0 ? 32 + ops.bsr(high) : ops.bsr((int) bits);
    }

    private int rank(int core) {
        int rank = units.indexOf(core);
        if (rank < 0) {
            throw new IllegalArgumentException("core " + core + " does not take part in messaging (cores " + units + ")");
        }
        return rank;
    }

    /** Mails this core has sent. */
    public long posted() {
        return posted;
    }

    /** Mails this core's handler has taken out of its slots. */
    public long delivered() {
        return delivered;
    }

    /** The tasks waiting for mail, first to be woken first (the debugger's probe). */
    public List<Task> waiters() {
        return List.copyOf(waiters);
    }

    /** What the sending task spins for, or null: the debugger's probe. */
    public String waitingFor() {
        return waitingFor;
    }

    /** The mailbox as the debugger shows it, read with probes (no cycle charged, nothing changed). */
    public MailboxState state() {
        IntUnaryOperator probe32 = address -> core.probePrivate(hardware.probeOffset() + address, 4);
        List<Integer> mailFrom = Inbox.waitingSenders(probe32);
        return new MailboxState(mailFrom, Inbox.deferredSenders(probe32), waiters.stream().map(Task::name).toList(),
            waitingFor == null ? "" : waitingFor, posted > 0 || delivered > 0 || !waiters.isEmpty() || waitingFor != null
            || !mailFrom.isEmpty());
    }
}
