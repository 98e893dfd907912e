package eduscc.kernel.ipc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.kernel.Kernel;
import eduscc.kernel.sched.Priority;
import eduscc.machine.trace.TraceEntry;
import eduscc.machine.trace.TraceEvent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * MetalSVM's mailbox over the simulated MPBs and GIC: a mail arrives with its sender, tag and
 * payload; the receiver learns the sender from IRQ_STATUS, two at once included; the waiting task
 * is woken, and the network task at 16 takes the core from a lower task at once.
 */
class MailboxTest {
    private static final long LIMIT = 400_000_000L;

    /** What a run leaves: each core's kernel and the whole trace. */
    record Run(Map<Integer, Kernel> kernels, List<TraceEntry> trace) {
        <T extends TraceEvent> List<T> events(int core, Class<T> kind) {
            return trace.stream().filter(e -> e.core() == core && kind.isInstance(e.event()))
                .map(e -> kind.cast(e.event())).toList();
        }
    }

    /** Boots {@code pids} with messaging; {@code tasks} creates each core's tasks. */
    static Run run(List<Integer> pids, Consumer<Kernel> tasks) {
        MessagingCores.Run run = MessagingCores.run(pids, tasks, LIMIT);
        return new Run(run.kernels(), run.trace());
    }

    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aMailArrivesWithItsSenderTagAndPayload() {
        List<Mail> got = new ArrayList<>();
        Run run = run(List.of(3, 40), k -> {
            if (k.pid() == 3) {
                k.scheduler().create("sender", Priority.NORMAL, () -> k.mailbox().send(40, 7, text("sixteen bytes!!!")));
            } else {
                k.scheduler().create("receiver", Priority.NORMAL, () -> got.add(k.mailbox().fetch()));
            }
        });
        assertEquals(List.of(new Mail(3, 7, text("sixteen bytes!!!"))), got);
        assertEquals(List.of(new TraceEvent.MailPosted(40, 7, 16)), run.events(3, TraceEvent.MailPosted.class));
        assertEquals(List.of(new TraceEvent.MailDelivered(3, 7, 16, "receiver")),
            run.events(40, TraceEvent.MailDelivered.class));
        assertEquals(1L << 3, run.kernels().get(40).lastIpiSenders(), "IRQ_STATUS bit 6 + 3 named core 3");
    }

    @Test
    void twoSendersAtOnceAreBothReadFromOneInterrupt() {
        List<Mail> got = new ArrayList<>();
        Run run = run(List.of(0, 1, 47), k -> {
            if (k.pid() == 47) {
                k.scheduler().create("receiver", Priority.NORMAL, () -> {
                    // Interrupts off while both mails come: one LINT0 finds both bits in IRQ_STATUS.
                    k.hardware().irqDisable();
                    k.ops().work(200_000);
                    k.hardware().irqEnable();
                    got.add(k.mailbox().fetch());
                    got.add(k.mailbox().fetch());
                });
            } else {
                k.scheduler().create("sender", Priority.NORMAL, () -> k.mailbox().send(47, 10 + k.pid(), text("hi " + k.pid())));
            }
        });
        assertEquals(1, run.kernels().get(47).ipisReceived(), "one interrupt for both mails");
        assertEquals(1L << 0 | 1L << 1, run.kernels().get(47).lastIpiSenders());
        assertEquals(List.of(new TraceEvent.MailDelivered(1, 11, 4, ""), new TraceEvent.MailDelivered(0, 10, 4, "")),
            run.events(47, TraceEvent.MailDelivered.class), "BSR finds core 1 first; no task waited yet");
        assertEquals(List.of(new Mail(1, 11, text("hi 1")), new Mail(0, 10, text("hi 0"))), got,
            "fetched in the order the handler took them");
    }

    @Test
    void aSenderWaitsWhileItsSlotStillHoldsTheLastMail() {
        List<Mail> got = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        run(List.of(0, 1), k -> {
            if (k.pid() == 0) {
                k.scheduler().create("sender", Priority.NORMAL, () -> {
                    for (int i = 0; i < 5; i++) {
                        k.mailbox().send(1, i, new byte[] {(byte) i});
                    }
                });
            } else {
                k.scheduler().create("receiver", Priority.NORMAL, () -> {
                    k.ops().work(300_000); // no fetch yet: the inbox takes one mail, the slot holds the next
                    // The handler empties the slot as it takes mail 0 in; core 0 writes mail 1 there
                    // and interrupts again, and the inbox, full for core 0, leaves it in the slot.
                    for (int i = 0; i < 100 && k.mailbox().state().leftInSlots().isEmpty(); i++) {
                        k.ops().work(10_000);
                    }
                    seen.add(k.mailbox().state().describe());
                    for (int i = 0; i < 5; i++) {
                        got.add(k.mailbox().fetch());
                    }
                });
            }
        });
        assertEquals(List.of(0, 1, 2, 3, 4), got.stream().map(Mail::tag).toList(), "none lost, none overtaken");
        assertEquals(List.of("mailbox: mail from core 0 to fetch, still in their slots: core 0, nobody waiting"), seen,
            "the debugger's view before the first fetch: mail 0 in the inbox, mail 1 left in core 0's slot");
        for (int i = 0; i < 5; i++) {
            assertArrayEquals(new byte[] {(byte) i}, got.get(i).payload());
        }
    }

    @Test
    void theWokenNetworkTaskTakesTheCoreFromALowerTaskAtOnce() {
        Run run = run(List.of(0, 1), k -> {
            if (k.pid() == 0) {
                k.scheduler().create("sender", Priority.NORMAL, () -> {
                    k.ops().work(2_000_000);
                    k.mailbox().send(1, 5, text("ping"));
                });
            } else {
                k.startNetworkTask(NetworkTask.ticksFor(100));
                k.scheduler().create("worker", Priority.NORMAL, () -> {
                    for (int i = 0; i < 400; i++) {
                        k.ops().work(10_000); // one machine operation each: an interrupt waits for its end
                    }
                });
            }
        });
        List<TraceEntry> core1 = run.trace().stream().filter(e -> e.core() == 1).toList();
        int delivered = indexOf(core1, TraceEvent.MailDelivered.class);
        assertEquals(new TraceEvent.MailDelivered(0, 5, 4, "net"), core1.get(delivered).event());
        TraceEvent.SchedulerDecision next = (TraceEvent.SchedulerDecision) core1.stream().skip(delivered)
            .map(TraceEntry::event).filter(e -> e instanceof TraceEvent.SchedulerDecision).findFirst().orElseThrow();
        assertEquals("worker", next.from(), "the worker had the core when the mail came");
        assertEquals("net", next.to(), "the same interrupt switches to the network task");
        assertEquals(1 << 16, next.prioBitmap(), "only net is ready: the running worker is in no list");
        assertTrue(run.kernels().get(1).ipisReceived() == 1);
        String console = core1.stream().filter(e -> e.event() instanceof TraceEvent.ConsoleOutput)
            .map(e -> String.valueOf((char) ((TraceEvent.ConsoleOutput) e.event()).character()))
            .reduce("", String::concat);
        assertEquals("net: mail 5 from core 0: ping\n", console);
    }

    private static int indexOf(List<TraceEntry> entries, Class<? extends TraceEvent> kind) {
        for (int i = 0; i < entries.size(); i++) {
            if (kind.isInstance(entries.get(i).event())) {
                return i;
            }
        }
        throw new AssertionError("no " + kind.getSimpleName());
    }
}
