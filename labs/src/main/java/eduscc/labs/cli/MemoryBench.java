package eduscc.labs.cli;

import eduscc.kernel.sched.ReadyQueueFactory;
import eduscc.labs.run.LabRunner;
import eduscc.labs.run.RunReport;
import eduscc.labs.scenario.Scenario;
import eduscc.labs.scenario.ScenarioReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The memory part of {@code eduscc bench}: a lab run of a billion core cycles (1.9 simulated
 * seconds, two tasks taking turns at every tick of a 10 kHz timer, 18,749 ticks after the boot),
 * and the heap the JVM still uses after it with the report in hand. The run keeps no trace entries and only the
 * first and last scheduler decisions, so the figure should not grow with the length of the run.
 * Measured on this JVM and only reported.
 */
final class MemoryBench {
    static final long CYCLES = 1_000_000_000L;
    static final Scenario TURNS = ScenarioReader.parse("bench-turns.json", """
        {"name": "bench-turns", "description": "two tasks take turns at every tick of a 10 kHz timer",
         "machine": {"cores": [0]}, "kernel": {"timerFreq": 10000},
         "cores": [{"pid": 0, "tasks": [
           {"name": "a", "priority": 8, "steps": [{"type": "slices", "count": 100000}]},
           {"name": "b", "priority": 8, "steps": [{"type": "slices", "count": 100000}]}]}]}
        """);

    private MemoryBench() {
    }

    static Map<String, Object> measure() {
        long start = System.nanoTime();
        RunReport report = LabRunner.run(TURNS, ReadyQueueFactory.KIT, CYCLES, cycle -> { });
        long millis = (System.nanoTime() - start) / 1_000_000;
        long heap = heapInUseAfterGc();
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("labRunCycles", CYCLES);
        figures.put("ticks", report.core(0).ticks());
        figures.put("traceEvents", report.traceEvents());
        figures.put("wallMillis", millis);
        figures.put("heapAfterMegabytes", heap / (1024 * 1024));
        return figures;
    }

    /** Heap in use once the collector has run; a few rounds, since one request may be partial. */
    static long heapInUseAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            memory.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    static void print(PrintStream out, Map<?, ?> m) {
        out.println("Memory on a long run (this JVM, reported, never asserted)");
        out.printf("  lab run of %,d cycles (%,d ticks at 10 kHz, %,d trace events): %,d ms wall, heap after it %,d MB%n",
            (Long) m.get("labRunCycles"), (Long) m.get("ticks"), (Long) m.get("traceEvents"), (Long) m.get("wallMillis"),
            (Long) m.get("heapAfterMegabytes"));
    }
}
