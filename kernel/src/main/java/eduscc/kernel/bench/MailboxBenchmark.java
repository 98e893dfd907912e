package eduscc.kernel.bench;

import eduscc.kernel.Kernel;
import eduscc.kernel.KernelConfig;
import eduscc.kernel.arch.Idt;
import eduscc.kernel.boot.SccBoot;
import eduscc.kernel.ipc.Mail;
import eduscc.kernel.sched.Priority;
import eduscc.machine.Machine;
import eduscc.machine.MachineConfig;
import eduscc.machine.chip.CoreId;
import eduscc.machine.cpu.Core;
import eduscc.machine.cpu.CycleLedger;
import eduscc.machine.trace.TraceEntry;
import eduscc.machine.trace.TraceEvent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * Inter-core interrupt delivery and a mailbox round trip, in core cycles, between two cores'
 * kernels (MetalSVM's mailbox, kernel {@code ipc}). Both are read off the machine's global time,
 * which every core's cycles follow at 533 MHz, so a span that starts on one core and ends on
 * another is still exact. Each figure comes with its parts, which add up to it.
 *
 * <pre>
 *   IPI delivery (the receiver halted in idle):
 *     sender     | IPI_REQUEST writes ... |
 *     GIC                          LINT0 raised
 *     receiver                         | HLT ends | IDT delivery | entry stub | LINT0 handler (Java)
 *     figure = handler reached - sender's first write begins
 *
 *   mailbox round trip (A's task mails B, B's task mails back, A's task has the reply):
 *     A: send | ...                                                  | woken, fetch returns
 *     B:        | interrupt, handler, wakeup, switch | fetch returns, send |
 * </pre>
 * Barrelfish measured about 612 cycles for an IPI's delivery and trap on the real chip, and a
 * notification ping-pong of 8746 cycles (facts A.4); the model's figures are its own, from its
 * costs, and are only compared with those, never fitted to them.
 */
public final class MailboxBenchmark {
    /** Round trips measured; the first pulls the lines into the caches, the median is reported. */
    public static final int ROUND_TRIPS = 21;
    private static final long LIMIT = 200_000_000L;
    private static final int TIMER_FREQ = 100;

    private MailboxBenchmark() {
    }

    /** A figure in core cycles and its parts, in the order they happen. */
    public record Figure(long cycles, Map<String, Long> parts) {
        public Figure {
            parts = Collections.unmodifiableMap(new LinkedHashMap<>(parts));
        }
    }

    /**
     * Core {@code from}'s task interrupts core {@code to}, halted in its idle task, through the
     * GIC; from the start of the sender's first IPI_REQUEST store to the receiver's LINT0 handler.
     */
    public static Figure ipiDelivery(int from, int to) {
        long[] start = new long[1];
        List<TraceEntry> trace = new ArrayList<>();
        long unitsPerCycle;
        Machine[] booted = new Machine[1];
        long[] before = new long[2 * CycleLedger.CAPACITY];
        long[] after = new long[2 * CycleLedger.CAPACITY];
        KernelConfig config = new KernelConfig(TIMER_FREQ, 0, true, true, true);
        try (Machine machine = SccBoot.boot(List.of(CoreId.of(from), CoreId.of(to)), MachineConfig.DEFAULT, core -> {
            Kernel kernel = new Kernel(core, config, k -> {
                if (core.pid() == from) {
                    k.scheduler().create("sender", Priority.NORMAL, () -> {
                        k.scheduler().sleep(2); // the receiver is long halted by then
                        start[0] = core.time();
                        booted[0].core(to).ledger().readTotals(before);
                        k.sendIpi(to);
                    });
                } else {
                    k.scheduler().create("sleeper", Priority.NORMAL, () -> k.scheduler().sleep(4));
                }
            });
            return kernel::boot;
        })) {
            booted[0] = machine;
            unitsPerCycle = machine.core(to).unitsPerCycle();
            machine.trace().addListener(e -> {
                if (start[0] != 0 && after[0] == 0 && e.core() == to && e.event() instanceof TraceEvent.JavaEntry) {
                    machine.core(to).ledger().readTotals(after);
                }
            });
            machine.run(LIMIT * unitsPerCycle);
            machine.trace().entries().forEach(trace::add);
            int delivery = 2 * machine.core(to).ledger().components().indexOf(CycleLedger.INTERRUPT_DELIVERY);
            return ipiParts(trace, start[0], unitsPerCycle, to, after[delivery] - before[delivery]);
        }
    }

    /**
     * The parts of the IPI's path on the trace: the sender's IPI_REQUEST stores until the GIC
     * raises the pin (the store that names the receiver: the low doubleword for cores 0..31, the
     * high one after it for 32..47); the halted receiver waking up; its interrupt delivery through
     * the IDT ({@code deliveryCycles}, from its cycle ledger); entry.asm's stub up to the Java
     * LINT0 handler.
     */
    private static Figure ipiParts(List<TraceEntry> trace, long start, long unitsPerCycle, int to, long deliveryCycles) {
        long raised = first(trace, start, e -> e.event() instanceof TraceEvent.Ipi ipi && ipi.toCore() == to);
        long delivered = first(trace, raised, e -> e.core() == to
            && e.event() instanceof TraceEvent.InterruptDelivered d && d.vector() == Idt.LINT0);
        long handler = first(trace, delivered, e -> e.core() == to && e.event() instanceof TraceEvent.JavaEntry);
        Map<String, Long> parts = new LinkedHashMap<>();
        parts.put("IPI_REQUEST stores", (raised - start) / unitsPerCycle);
        parts.put("HLT ends", (delivered - raised) / unitsPerCycle - deliveryCycles);
        parts.put("interrupt delivery", deliveryCycles);
        parts.put("entry stub", (handler - delivered) / unitsPerCycle);
        return new Figure((handler - start) / unitsPerCycle, parts);
    }

    private static long first(List<TraceEntry> trace, long from, Predicate<TraceEntry> match) {
        return trace.stream().filter(e -> e.time() >= from && match.test(e)).mapToLong(TraceEntry::time).findFirst()
            .orElseThrow(() -> new IllegalStateException("messaging benchmark: an event of the IPI's path is missing"));
    }

    /**
     * A mailbox round trip between core {@code a} and core {@code b}: a task on {@code a} mails
     * 16 bytes to {@code b}, whose task, blocked in fetch, is woken and mails them back; the
     * figure ends when {@code a}'s task, blocked in fetch meanwhile, has the reply. Both cores
     * are halted in idle while their task waits. The median of {@link #ROUND_TRIPS} trips.
     */
    public static Figure mailboxRoundTrip(int a, int b) {
        long[][] stamps = new long[ROUND_TRIPS][5];
        long unitsPerCycle;
        KernelConfig config = new KernelConfig(TIMER_FREQ, 0, true, true, true).withMessaging(List.of(a, b));
        byte[] payload = "sixteen bytes!!!".getBytes(StandardCharsets.US_ASCII);
        try (Machine machine = SccBoot.boot(List.of(CoreId.of(a), CoreId.of(b)), MachineConfig.DEFAULT, core -> {
            Kernel kernel = new Kernel(core, config, k -> {
                if (core.pid() == a) {
                    k.scheduler().create("ping", Priority.NORMAL, () -> ping(k, core, b, payload, stamps));
                } else {
                    k.scheduler().create("echo", Priority.NORMAL, () -> echo(k, core, a, stamps));
                }
            });
            return kernel::boot;
        })) {
            unitsPerCycle = machine.core(a).unitsPerCycle();
            machine.run(LIMIT * unitsPerCycle);
        }
        return median(stamps, unitsPerCycle);
    }

    private static void ping(Kernel k, Core core, int b, byte[] payload, long[][] stamps) {
        k.scheduler().sleep(2); // the echo task is blocked in fetch by then
        for (long[] trip : stamps) {
            trip[0] = core.time();
            k.mailbox().send(b, 1, payload);
            trip[1] = core.time();
            k.mailbox().fetch();
            trip[4] = core.time();
        }
    }

    private static void echo(Kernel k, Core core, int a, long[][] stamps) {
        for (long[] trip : stamps) {
            Mail mail = k.mailbox().fetch();
            trip[2] = core.time();
            k.mailbox().send(a, mail.tag(), mail.payload());
            trip[3] = core.time();
        }
    }

    /** The trip whose total is the median (the first such), taken apart at its stamps. */
    private static Figure median(long[][] stamps, long unitsPerCycle) {
        if (stamps[stamps.length - 1][4] == 0) {
            throw new IllegalStateException("messaging benchmark: the round trips did not finish within " + LIMIT + " cycles");
        }
        long[] totals = Arrays.stream(stamps).mapToLong(t -> t[4] - t[0]).toArray();
        long median = new LatencySamples("round trip", totals).median();
        long[] trip = stamps[IntStream.range(0, totals.length).filter(i -> totals[i] == median).findFirst().orElseThrow()];
        Map<String, Long> parts = new LinkedHashMap<>();
        parts.put("A: mail and IPI", (trip[1] - trip[0]) / unitsPerCycle);
        parts.put("B: interrupt, handler, wakeup, switch", (trip[2] - trip[1]) / unitsPerCycle);
        parts.put("B: reply mail and IPI", (trip[3] - trip[2]) / unitsPerCycle);
        parts.put("A: interrupt, handler, wakeup, switch", (trip[4] - trip[3]) / unitsPerCycle);
        return new Figure(median / unitsPerCycle, parts);
    }
}
