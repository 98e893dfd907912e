package eduscc.visualizer.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eduscc.machine.trace.TraceEvent;
import eduscc.visualizer.descriptors.TssNames;
import org.junit.jupiter.api.Test;

/** The mailbox's events in the words of the lab: who sent, which slot, who was woken. */
class MailWordsTest {
    @Test
    void aPostedMailNamesTheSlotAndTheInterrupt() {
        assertEquals("mail 3 (13 bytes) written into this core's slot in core 47's MPB; core 47 interrupted through the GIC",
            EventWords.describe(new TraceEvent.MailPosted(47, 3, 13), TssNames.NONE));
    }

    @Test
    void aDeliveredMailNamesTheSenderFromIrqStatusAndTheWokenTask() {
        assertEquals("LINT0 handler: IRQ_STATUS names core 5; its mail 4 (11 bytes) taken out of its slot, net woken",
            EventWords.describe(new TraceEvent.MailDelivered(5, 4, 11, "net"), TssNames.NONE));
        assertEquals("LINT0 handler: IRQ_STATUS names core 0; its mail 3 (13 bytes) taken out of its slot, no task waiting",
            EventWords.describe(new TraceEvent.MailDelivered(0, 3, 13, ""), TssNames.NONE));
    }
}
