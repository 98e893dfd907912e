package eduscc.kernel.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The MetalSVM-style context-switch benchmark counts every switch, wherever in the loop the
 * timer interrupt lands. It once lost each switch taken at the boundary after its RDTSC (the
 * reading predates the switch, so the other task's value looked newer); with the timer exactly
 * periodic that was nearly every switch, and {@code bench} ran for ever waiting for 2000 samples.
 */
class ContextSwitchBenchmarkTest {

    @ParameterizedTest(name = "hardware switch: {0}")
    @ValueSource(booleans = {true, false})
    void everySwitchBetweenTheTwoTasksGivesOneSample(boolean hardwareSwitch) {
        // The boot (with its page tables, about 24.4 timeslices), then 40 timeslices: about 40
        // switches. Each task's first switch-in is not a sample (it has seen no reading of the
        // other task yet), so two fewer samples than switches.
        var m = ContextSwitchBenchmark.measureWithin(hardwareSwitch, 1000, false, 65 * ContextSwitchBenchmark.TIMESLICE);
        assertTrue(m.switches() >= 38, "switches in 40 timeslices: " + m.switches());
        assertEquals(m.switches() - 2, m.samples().count(),
            "samples for " + m.switches() + " switches: " + java.util.Arrays.toString(m.samples().cycles()));
    }

    @ParameterizedTest(name = "hardware switch: {0}")
    @ValueSource(booleans = {true, false})
    void aRunForNSamplesEndsWithNSamples(boolean hardwareSwitch) {
        LatencySamples samples = ContextSwitchBenchmark.run(hardwareSwitch, 50);
        assertEquals(50, samples.count());
        assertTrue(samples.min() > 200, "a switch costs more than a loop iteration: " + samples.min());
    }

    /**
     * With the network task on, one tick in {@link ContextSwitchBenchmark#NETWORK_PERIOD_TICKS}
     * wakes it: that sample holds two switches and its run, a second level wholly above the first.
     */
    @ParameterizedTest(name = "hardware switch: {0}")
    @ValueSource(booleans = {true, false})
    void theNetworkTaskMakesEveryTenthSampleASecondLevel(boolean hardwareSwitch) {
        ContextSwitchBenchmark.WithNetworkTask w = ContextSwitchBenchmark.measureWithNetworkTask(hardwareSwitch, 200);
        assertEquals(200, w.all().samples().count());
        assertEquals(20, w.secondLevel().samples().count(), "one sample in ten spans the network task's timer");
        assertTrue(w.firstLevel().samples().max() < w.secondLevel().samples().min(),
            "first level up to " + w.firstLevel().samples().max() + ", second from " + w.secondLevel().samples().min());
        var second = w.secondLevel().medianBreakdown();
        assertEquals(w.secondLevel().samples().median(), second.total());
        assertEquals(180, second.cyclesOf("switch"),
            "two task switches of 90 cycles in the second level: to the network task and away from it");
    }
}
