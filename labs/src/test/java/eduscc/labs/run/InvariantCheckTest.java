package eduscc.labs.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.kernel.sched.ReadyQueuePlugins;
import eduscc.labs.scenario.KernelPart;
import eduscc.labs.scenario.Scenario;
import eduscc.labs.scenario.ShippedLabs;
import java.util.List;
import org.junit.jupiter.api.Test;

/** With {@code checkInvariants} the kernel checks its ready queue after every decision of the lab. */
class InvariantCheckTest {
    static {
        ReadyQueuePlugins.register("forgetful-test", bsr -> new ForgetfulQueue());
    }

    private static RunReport run(boolean check) {
        Scenario lab = ShippedLabs.load("scheduling");
        KernelPart k = lab.kernel().withReadyQueues("forgetful-test");
        lab = lab.withKernel(new KernelPart(k.timerFreq(), k.switchMode(), k.readyQueues(), check, k.stopAfterTicks()));
        return LabRunner.run(lab, LabRunner.DEFAULT_UNTIL_CYCLES, cycle -> { });
    }

    @Test
    void aQueueThatForgetsItsBitPanicsAtTheFirstDecision() {
        RunReport report = run(true);
        List<CoreRun.Failure> failures = report.failures();
        assertEquals(1, failures.size(), failures.toString());
        CoreRun.Failure panic = failures.get(0);
        assertEquals("panic", panic.kind());
        assertEquals("realtime", panic.task(), "the check runs right after the switch to realtime at tick 1");
        assertEquals(1, panic.tick());
        assertTrue(panic.reason().contains("scheduler state of core 0 is broken")
            && panic.reason().contains("prioBitmap bit 31 is set but the list of priority 31 is empty"), panic.reason());
        assertEquals("PANICKED", report.core(0).state());
    }

    @Test
    void withoutTheCheckTheSameBugSurfacesOnlyLater() {
        RunReport report = run(false);
        assertTrue(report.failures().stream().noneMatch(f -> f.reason().contains("scheduler state of core 0 is broken")),
            report.failures().toString());
    }
}
