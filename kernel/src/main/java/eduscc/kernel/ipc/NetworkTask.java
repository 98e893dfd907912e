package eduscc.kernel.ipc;

import eduscc.kernel.sched.Priority;
import eduscc.kernel.sched.Scheduler;
import eduscc.kernel.sched.TaskBody;
import eduscc.machine.cpu.Operations;
import java.nio.charset.StandardCharsets;
import java.util.function.IntConsumer;

/**
 * The network task: the role of lwIP's {@code tcpip_thread} in MetalSVM, a kernel task on every
 * core at {@code TCPIP_THREAD_PRIO} = HIGH_PRIO, 16 (facts eduos-metalsvm.md 11.1). It waits for
 * its mailbox with a time limit, the next of its periodic timers (lwIP's
 * {@code sys_timeouts_mbox_fetch}): a mail wakes it, and so does the timer list when the timer is
 * due. Woken either way, it is the highest priority ready, so the interrupt that woke it switches
 * to it at once, whatever lower task was running; once it has served the mail or run its timer,
 * it waits again and the task below gets the core back.
 * <pre>
 *   for ever:
 *     mail = fetch(ticks until the next timer)      blocked: on the timer list and the mailbox
 *     mail?     serve it: count it, and say on the console from whom and what
 *     no mail?  the timer is due: count the tick (lwIP's tcp_ticks), next timer one period on
 * </pre>
 * The kit's network task moves no packets (the kit has no network interface); serving a mail
 * is a line on the core's console, so that a class sees it.
 */
public final class NetworkTask implements TaskBody {
    public static final String NAME = "net";
    /** lwIP's TCPIP_THREAD_PRIO in MetalSVM's port: HIGH_PRIO. */
    public static final int PRIORITY = Priority.HIGH;
    /** lwIP's TCP_TMR_INTERVAL: the TCP timer every 250 ms. */
    public static final int TIMER_INTERVAL_MS = 250;
    /** Where the network task counts its timer ticks (lwIP's tcp_ticks): the word after the inbox. */
    private static final int TCP_TICKS = Inbox.INBOX + 0x800;

    private final Mailbox mailbox;
    private final Scheduler scheduler;
    private final Operations ops;
    private final long periodTicks;
    private final IntConsumer console;
    private long served;
    private long timers;

    /**
     * @param periodTicks the timer's period in timer ticks (lwIP: {@link #ticksFor} 250 ms)
     * @param console     writes one byte on the core's console
     */
    public NetworkTask(Mailbox mailbox, Scheduler scheduler, Operations ops, long periodTicks,
                       IntConsumer console) {
        if (periodTicks < 1) {
            throw new IllegalArgumentException("the network task's timer period must be at least 1 tick, got " + periodTicks);
        }
        this.mailbox = mailbox;
        this.scheduler = scheduler;
        this.ops = ops;
        this.periodTicks = periodTicks;
        this.console = console;
    }

    /** lwIP's 250 ms in ticks of a timer at {@code timerFreq} Hz, at least one. */
    public static long ticksFor(int timerFreq) {
        return Math.max(1, (long) timerFreq * TIMER_INTERVAL_MS / 1000);
    }

    @Override
    public void run() {
        long nextTimer = scheduler.tick() + periodTicks;
        while (true) {
            long untilTimer = nextTimer - scheduler.tick();
            Mail mail = untilTimer > 0 ? mailbox.fetch(untilTimer) : null;
            if (mail != null) {
                serve(mail);
            } else {
                ops.write32(TCP_TICKS, ops.read32(TCP_TICKS) + 1);
                timers++;
                nextTimer += periodTicks;
            }
        }
    }

    /** "net: mail 7 from core 0: ping" on the console. */
    private void serve(Mail mail) {
        served++;
        String line = "net: mail " + mail.tag() + " from core " + mail.sender()
            + (mail.payload().length == 0 ? "" : ": " + mail.text()) + "\n";
        for (byte b : line.getBytes(StandardCharsets.UTF_8)) {
            console.accept(b);
        }
    }

    /** Mails served so far. */
    public long served() {
        return served;
    }

    /** Timer periods run so far. */
    public long timers() {
        return timers;
    }
}
