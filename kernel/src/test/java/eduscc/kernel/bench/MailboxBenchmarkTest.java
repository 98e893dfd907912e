package eduscc.kernel.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The messaging figures of {@code eduscc bench}, from the model's costs (deterministic): an IPI's
 * delivery to a halted core and a mailbox round trip, each the sum of its parts.
 */
class MailboxBenchmarkTest {

    private static long sum(Map<String, Long> parts) {
        return parts.values().stream().mapToLong(Long::longValue).sum();
    }

    @Test
    void anIpiToTheOtherCoreOfTheTileReachesItsHandler() {
        MailboxBenchmark.Figure ipi = MailboxBenchmark.ipiDelivery(0, 1);
        assertEquals(List.of("IPI_REQUEST stores", "HLT ends", "interrupt delivery", "entry stub"),
            List.copyOf(ipi.parts().keySet()));
        assertEquals(Map.of("IPI_REQUEST stores", 0L, "HLT ends", 101L, "interrupt delivery", 95L, "entry stub", 33L),
            ipi.parts(), "the GIC raises LINT0 as the store naming core 1 (the low doubleword) begins; delivery and stub"
                + " cost what a timer interrupt's do in the context-switch benchmark");
        assertEquals(229, ipi.cycles());
        assertEquals(ipi.cycles(), sum(ipi.parts()));
    }

    @Test
    void anIpiToCore47WaitsForTheSecondStore() {
        MailboxBenchmark.Figure ipi = MailboxBenchmark.ipiDelivery(0, 47);
        assertEquals(111, ipi.parts().get("IPI_REQUEST stores"), "the low doubleword's store, 3 hops to the FPGA and back");
        assertEquals(344, ipi.cycles());
        assertEquals(ipi.cycles(), sum(ipi.parts()));
    }

    @Test
    void aMailboxRoundTripIsTwoMailsAndTwoWakeups() {
        MailboxBenchmark.Figure near = MailboxBenchmark.mailboxRoundTrip(0, 1);
        assertEquals(List.of("A: mail and IPI", "B: interrupt, handler, wakeup, switch", "B: reply mail and IPI",
            "A: interrupt, handler, wakeup, switch"), List.copyOf(near.parts().keySet()));
        assertEquals(2902, near.cycles());
        assertEquals(near.cycles(), sum(near.parts()));
        MailboxBenchmark.Figure far = MailboxBenchmark.mailboxRoundTrip(0, 47);
        assertEquals(3343, far.cycles());
        assertEquals(far.cycles(), sum(far.parts()));
    }
}
