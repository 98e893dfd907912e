package eduscc.exercises.observing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.kernel.KernelConfig;
import org.junit.jupiter.api.Test;

/**
 * A check that never finishes says why: a boot that never reached the check's task points at the
 * other parts of the boot (in the student edition, the other exercises), a task that never came
 * back at the code under test.
 */
class CheckNotFinishedTest {
    @Test
    void aBootThatStoppedShortNamesTheOtherPartsOfTheBoot() {
        String message = CheckNotFinished.of(false, 2 * 533_333_333L).getMessage();
        assertTrue(message.startsWith("core 0's boot did not reach the check's task within 2000 ms of simulated time."),
            message);
        assertTrue(message.contains("the reset stub, GDT, IDT gates, APIC set-up, frame allocator and ready queues"),
            message);
    }

    @Test
    void aTaskThatNeverCameBackIsTheCodeUnderTests() {
        KernelConfig config = new KernelConfig(100, 0, true, true);
        IllegalStateException e = assertThrows(IllegalStateException.class,
            () -> KernelTaskCheck.run(config, kernel -> {
                while (true) {
                    kernel.ops().work(1000);
                }
            }));
        assertEquals("the check did not finish within 2000 ms of simulated time, or your code ran Java for "
            + eduscc.machine.MachineConfig.DEFAULT.hangMillis() + " ms without a machine operation: an endless loop?",
            e.getMessage());
    }
}
