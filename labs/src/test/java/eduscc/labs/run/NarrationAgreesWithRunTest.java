package eduscc.labs.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import eduscc.labs.scenario.NarrationCheck;
import eduscc.labs.scenario.NarrationStep;
import eduscc.labs.scenario.Scenario;
import eduscc.labs.scenario.ShippedLabs;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a lab's narration tells the class agrees with what the lab does: every "running" check
 * names the task that has the core once its tick's decisions are made, and a bitmap check at a
 * tick is what the scheduler reads at the next tick's first decision. A lecturer who asks "which
 * task runs on core 17 at tick 3?" must not be contradicted by the debugger.
 */
class NarrationAgreesWithRunTest {

    static List<String> labs() {
        return ShippedLabs.NAMES;
    }

    @ParameterizedTest(name = "{0}: the narration's checks agree with the run")
    @MethodSource("labs")
    void checksAgreeWithTheRun(String name) {
        Scenario lab = ShippedLabs.load(name);
        RunReport report = LabRunner.run(lab, LabRunner.DEFAULT_UNTIL_CYCLES, cycle -> { });
        int defaultCore = lab.machine().cores().get(0);
        for (NarrationStep step : lab.narration()) {
            NarrationCheck check = step.check();
            if (check == null) {
                continue;
            }
            int pid = step.core() == null ? defaultCore : step.core();
            CoreRun core = report.core(pid);
            String at = name + " core " + pid + " tick " + step.tick();
            if (check.running() != null) {
                String running = "idle";
                for (CoreRun.Switch s : core.switches()) {
                    if (s.tick() <= step.tick()) {
                        running = s.to();
                    }
                }
                assertEquals(check.running(), running, at + ": the task that has the core after the tick's decisions");
            }
            if (check.prioBitmap() != null) {
                List<CoreRun.Decision> next = core.decisions().stream().filter(d -> d.tick() == step.tick() + 1).toList();
                assertFalse(next.isEmpty(), at + ": no decision at the next tick to compare the bitmap with");
                assertEquals(String.format("0x%08x", check.prioBitmap()), next.get(0).prioBitmap(), at);
            }
        }
    }
}
