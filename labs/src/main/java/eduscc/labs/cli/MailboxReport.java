package eduscc.labs.cli;

import eduscc.kernel.bench.ContextSwitchBenchmark;
import eduscc.kernel.bench.LatencySamples;
import eduscc.kernel.bench.MailboxBenchmark;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What {@code bench} reports of the cores that talk (issue 13): an inter-core interrupt's delivery
 * and a mailbox round trip, each with its parts, and the context-switch samples with the network
 * task on, split into the two levels the scatter shows. All in core cycles from the model.
 */
final class MailboxReport {
    /** The tile's other core, and the core farthest from core 0 on the mesh. */
    private static final int NEAR = 1;
    private static final int FAR = 47;

    private MailboxReport() {
    }

    /**
     * {@code {ipiDelivery, ipiDeliveryParts, ipiDeliveryFar, ipiDeliveryFarParts, mailboxRoundTrip,
     * mailboxRoundTripParts, mailboxRoundTripFar, mailboxRoundTripFarParts}}: from core 0 to core 1
     * (same tile), and to core 47 (far).
     */
    static Map<String, Object> json() {
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "ipiDelivery", MailboxBenchmark.ipiDelivery(0, NEAR));
        put(m, "ipiDeliveryFar", MailboxBenchmark.ipiDelivery(0, FAR));
        put(m, "mailboxRoundTrip", MailboxBenchmark.mailboxRoundTrip(0, NEAR));
        put(m, "mailboxRoundTripFar", MailboxBenchmark.mailboxRoundTrip(0, FAR));
        return m;
    }

    private static void put(Map<String, Object> m, String name, MailboxBenchmark.Figure figure) {
        m.put(name, figure.cycles());
        m.put(name + "Parts", figure.parts());
    }

    /** {@code {timerPeriodTicks, hardware: {all, taskToTask, networkTaskBetween}, software: {...}}}. */
    static Map<String, Object> networkTaskJson(ContextSwitchBenchmark.WithNetworkTask hardware,
                                               ContextSwitchBenchmark.WithNetworkTask software) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("timerPeriodTicks", ContextSwitchBenchmark.NETWORK_PERIOD_TICKS);
        m.put("hardware", levels(hardware));
        m.put("software", levels(software));
        return m;
    }

    private static Map<String, Object> levels(ContextSwitchBenchmark.WithNetworkTask w) {
        Map<String, Object> m = new LinkedHashMap<>();
        LatencySamples all = w.all().samples();
        m.put("min", all.min());
        m.put("median", all.median());
        m.put("max", all.max());
        m.put("samples", all.count());
        m.put("taskToTask", BreakdownReport.json(w.firstLevel(), null));
        m.put("networkTaskBetween", BreakdownReport.json(w.secondLevel(), null));
        return m;
    }

    static void print(PrintStream out, ContextSwitchBenchmark.WithNetworkTask hardware,
                      ContextSwitchBenchmark.WithNetworkTask software, Map<String, Object> messaging) {
        out.printf("Simulated interrupts between cores, the mailbox and the network task, in core cycles%n");
        for (ContextSwitchBenchmark.WithNetworkTask w : new ContextSwitchBenchmark.WithNetworkTask[] {hardware, software}) {
            LatencySamples first = w.firstLevel().samples();
            LatencySamples second = w.secondLevel().samples();
            out.printf("  context switch  %-9s with the network task (timer every %d ticks): task to task median %5d"
                    + " (%d samples), network task between median %5d (%d samples)%n", w.all().samples().label(),
                ContextSwitchBenchmark.NETWORK_PERIOD_TICKS, first.median(), first.count(), second.median(), second.count());
            BreakdownReport.print(out, w.secondLevel(), null);
        }
        printFigure(out, "IPI delivery, core 0 to 1", messaging, "ipiDelivery");
        printFigure(out, "IPI delivery, core 0 to 47", messaging, "ipiDeliveryFar");
        printFigure(out, "mailbox round trip, 0 and 1", messaging, "mailboxRoundTrip");
        printFigure(out, "mailbox round trip, 0 and 47", messaging, "mailboxRoundTripFar");
        out.printf("  (the real chip: about 612 cycles for an IPI's delivery and trap, 8746 for a notification ping-pong;"
            + " facts A.4)%n");
    }

    private static void printFigure(PrintStream out, String what, Map<String, Object> messaging, String name) {
        out.printf("  %-30s %5d cycles: %s%n", what, (Long) messaging.get(name), messaging.get(name + "Parts"));
    }
}
