package eduscc.labs.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.kernel.arch.Idt;
import eduscc.labs.scenario.ShippedLabs;
import eduscc.machine.trace.TraceEvent.InterruptDelivered;
import eduscc.machine.trace.TraceEvent.InterruptReturn;
import eduscc.machine.trace.TraceEvent.SystemCall;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The syscalls lab: every system call enters ring 0 from ring 3 through the trap gate and returns
 * to ring 3 with IRET; hello's write returns its 49 bytes, getpid returns 2 a thousand times and
 * exits with the 152 cycles a call takes, as the narration says.
 */
class SyscallsLabTest {
    private static final LabTrace TRACE = LabTrace.of("syscalls");

    @Test
    void helloWritesItsLineAndGetpidReturnsItsIdAThousandTimes() {
        List<SystemCall> calls = TRACE.events(0, SystemCall.class).stream().map(LabTrace.At::event).toList();
        assertEquals(new SystemCall(1, "write", "hello", 49), calls.get(0));
        assertEquals(new SystemCall(0, "exit", "hello", 0), calls.get(1));
        List<SystemCall> getpids = calls.subList(2, calls.size() - 1);
        assertEquals(1000, getpids.size());
        assertTrue(getpids.stream().allMatch(c -> c.equals(new SystemCall(8, "getpid", "getpid", 2))), getpids.get(0).toString());
        assertEquals(new SystemCall(0, "exit", "getpid", 152), calls.get(calls.size() - 1), "the mean cycles per call");
    }

    @Test
    void everyCallComesFromRing3ThroughTheTrapGateAndGoesBackWithIret() {
        List<LabTrace.At<InterruptDelivered>> ints = TRACE.events(0, InterruptDelivered.class).stream()
            .filter(i -> i.event().vector() == Idt.SYSCALL).toList();
        assertEquals(1003, ints.size(), "write, exit, 1,000 getpid, exit");
        assertTrue(ints.stream().allMatch(i -> i.event().gate().equals("32-bit trap gate") && i.event().fromCpl() == 3
            && i.event().toCpl() == 0), ints.get(0).toString());
        long toRing3 = TRACE.events(0, InterruptReturn.class).stream().filter(r -> r.event().toCpl() == 3).count();
        assertEquals(2 + 1 + 1000, toRing3, "each program's first entry, and every call but the two exits");
        List<Long> getpidInts = ints.subList(2, ints.size() - 1).stream().map(LabTrace.At::cycle).toList();
        for (int i = 1; i < getpidInts.size(); i++) {
            assertEquals(152, getpidInts.get(i) - getpidInts.get(i - 1), "call " + i + " of getpid's loop");
        }
    }
}
