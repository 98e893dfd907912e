package eduscc.labs.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.labs.scenario.ShippedLabs;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Every lab the kit ships runs to its end without a failure, and the same way every time (DESIGN §3). */
class ShippedLabsTest {

    static List<String> labs() {
        return ShippedLabs.NAMES;
    }

    private static RunReport run(String name) {
        return LabRunner.run(ShippedLabs.load(name), LabRunner.DEFAULT_UNTIL_CYCLES, cycle -> { });
    }

    @ParameterizedTest(name = "{0} runs twice with the same trace hash")
    @MethodSource("labs")
    void sameLabTwiceGivesTheSameTraceHash(String name) {
        RunReport first = run(name);
        RunReport second = run(name);
        assertEquals(List.of(), first.failures());
        assertEquals(RunReport.ALL_IDLE, first.ended());
        assertEquals(first.traceHash(), second.traceHash());
        assertEquals(first.traceEvents(), second.traceEvents());
        assertEquals(first, second, "the whole report, not just the hash");
    }

    @Test
    void bootLabSetsUpTheKernelAndIdlesForThreeTicks() {
        CoreRun core = run("boot").core(0);
        assertEquals(3, core.ticks());
        assertEquals("HALTED", core.state());
        assertEquals(List.of(), core.switches());
        List<String> steps = core.boot().stream().map(CoreRun.BootStep::what).toList();
        assertTrue(steps.stream().anyMatch(s -> s.startsWith("LIDT base 0x00111000")), steps.toString());
        assertTrue(steps.stream().anyMatch(s -> s.startsWith("LTR  selector 0x28")), steps.toString());
        assertTrue(core.decisions().stream().allMatch(d -> d.reason().equals("idle")), core.decisions().toString());
        assertEquals("31 [................................] 0", core.prioBitmapCells());
    }
}
