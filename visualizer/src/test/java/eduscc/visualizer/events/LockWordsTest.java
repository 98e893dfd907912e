package eduscc.visualizer.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eduscc.visualizer.descriptors.TssNames;
import eduscc.machine.trace.TraceEvent;
import org.junit.jupiter.api.Test;

/** A LOCK register across cores and a kernel's irqsave lock are taken differently, and the events say how. */
class LockWordsTest {
    @Test
    void aLockRegisterIsTakenByAReadAndFreedByAWrite() {
        assertEquals("LOCK 17 taken: a read of the test-and-set register returned 1 and cleared it",
            EventWords.describe(new TraceEvent.SpinlockChange("LOCK 17", true), TssNames.NONE));
        assertEquals("LOCK 17 released: a write set the test-and-set register back to 1",
            EventWords.describe(new TraceEvent.SpinlockChange("LOCK 17", false), TssNames.NONE));
    }

    @Test
    void anIrqSaveLockIsStillTakenWithXchg() {
        assertEquals("readyqueues.lock taken: PUSHF, CLI, XCHG found it free",
            EventWords.describe(new TraceEvent.SpinlockChange("readyqueues.lock", true), TssNames.NONE));
    }
}
