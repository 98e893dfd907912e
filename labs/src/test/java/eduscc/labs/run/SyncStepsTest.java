package eduscc.labs.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.kernel.sched.ReadyQueueFactory;
import eduscc.labs.scenario.ScenarioReader;
import eduscc.machine.engine.RunResult;
import eduscc.machine.time.Clocks;
import eduscc.machine.trace.TraceEntry;
import eduscc.machine.trace.TraceEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lab steps lock, unlock, semWait and semPost do what their kernel calls do. */
class SyncStepsTest {
    /** Four cores, across the mesh, each printing its pid twice while it holds core 0's LOCK. */
    private static final String CONTENDED = """
        {"name": "contended", "machine": {"cores": [0, 1, 12, 47]},
         "cores": [
           {"pid": 0,  "tasks": [{"name": "t", "priority": 8, "steps": %s}]},
           {"pid": 1,  "tasks": [{"name": "t", "priority": 8, "steps": %s}]},
           {"pid": 12, "tasks": [{"name": "t", "priority": 8, "steps": %s}]},
           {"pid": 47, "tasks": [{"name": "t", "priority": 8, "steps": %s}]}]}
        """;

    private static String critical(int pid) {
        return "[{\"type\": \"lock\", \"core\": 0}, {\"type\": \"print\", \"text\": \"" + (char) ('A' + pid % 26)
            + "\"}, {\"type\": \"work\", \"cycles\": 20000}, {\"type\": \"print\", \"text\": \"" + (char) ('A' + pid % 26)
            + "\"}, {\"type\": \"unlock\", \"core\": 0}]";
    }

    private static List<TraceEntry> traceOf(String json) {
        try (BootedLab lab = LabRunner.boot(ScenarioReader.parse("lab.json", json), ReadyQueueFactory.KIT)) {
            RunResult result = lab.machine().run(LabRunner.DEFAULT_UNTIL_CYCLES * Clocks.TILE_533_UNITS);
            assertEquals(RunResult.Reason.ALL_IDLE, result.reason());
            List<TraceEntry> entries = new ArrayList<>();
            lab.machine().trace().entries().forEach(entries::add);
            return entries;
        }
    }

    @Test
    void fourCoresTakeTurnsAtOneLockRegister() {
        List<TraceEntry> trace = traceOf(CONTENDED.formatted(critical(0), critical(1), critical(12), critical(47)));
        StringBuilder inOrder = new StringBuilder();
        List<Integer> holders = new ArrayList<>();
        Integer holder = null;
        for (TraceEntry e : trace) {
            if (e.event() instanceof TraceEvent.SpinlockChange c && c.lock().equals("LOCK 0")) {
                assertEquals(holder == null, c.acquired(), "LOCK 0 changes hands only through a release: " + e);
                holder = c.acquired() ? Integer.valueOf(e.core()) : null;
                if (c.acquired()) {
                    holders.add(e.core());
                }
            } else if (e.event() instanceof TraceEvent.ConsoleOutput out) {
                assertEquals(holder, Integer.valueOf(e.core()), "only the holder of LOCK 0 prints");
                inOrder.append((char) out.character());
            }
        }
        assertEquals(4, holders.size(), "each core took LOCK 0 once: " + holders);
        assertEquals(List.of(0, 1, 12, 47), holders.stream().sorted().toList());
        assertEquals(8, inOrder.length());
        for (int i = 0; i < 8; i += 2) {
            assertEquals(inOrder.charAt(i), inOrder.charAt(i + 1), "a core's two letters are never split: " + inOrder);
        }
    }

    @Test
    void aLabWithoutLocksTakesNone() {
        String free = "[{\"type\": \"print\", \"text\": \"x\"}]";
        List<TraceEntry> trace = traceOf(CONTENDED.formatted(free, free, free, free));
        assertTrue(trace.stream().noneMatch(e -> e.event() instanceof TraceEvent.SpinlockChange c
            && c.lock().startsWith("LOCK ")), "no LOCK register is touched");
    }

    @Test
    void aSemaphoreHandsOffBetweenTwoTasksOfOneCore() {
        String json = """
            {"name": "handoff", "machine": {"cores": [0]},
             "cores": [{"pid": 0, "semaphores": {"ready": 0},
               "tasks": [
                 {"name": "consumer", "priority": 16, "steps": [
                   {"type": "semWait", "name": "ready"}, {"type": "print", "text": "consumer\\n"}]},
                 {"name": "producer", "priority": 8, "steps": [
                   {"type": "print", "text": "producer\\n"}, {"type": "semPost", "name": "ready"},
                   {"type": "print", "text": "posted\\n"}]}]}]}
            """;
        RunReport report = LabRunner.run(ScenarioReader.parse("lab.json", json), LabRunner.DEFAULT_UNTIL_CYCLES, c -> { });
        CoreRun core = report.core(0);
        assertEquals(List.of(), report.failures());
        assertEquals("producer\nposted\nconsumer\n", core.console(),
            "the post makes the consumer ready; it takes the core when the producer is done");
        assertEquals(List.of("idle -> consumer (higher priority ready)", "consumer -> producer (current blocked)",
                "producer -> consumer (current finished)", "consumer -> idle (idle)"),
            core.switches().stream().map(s -> s.from() + " -> " + s.to() + " (" + s.reason() + ")").toList());
    }

    /** A run whose tasks wait for a post that never comes ends with the cores idle; its report says where they wait. */
    @Test
    void theReportSaysWhichQueueAStuckTaskWaitsIn() {
        String json = """
            {"name": "stuck", "machine": {"cores": [0]},
             "cores": [{"pid": 0, "semaphores": {"never": 0, "twice": 2},
               "tasks": [
                 {"name": "first", "priority": 8, "steps": [{"type": "semWait", "name": "never"}]},
                 {"name": "second", "priority": 8, "steps": [
                   {"type": "semWait", "name": "twice"}, {"type": "semWait", "name": "never"}]}]}]}
            """;
        eduscc.labs.scenario.Scenario lab = ScenarioReader.parse("stuck.json", json);
        RunReport report = LabRunner.run(lab, LabRunner.DEFAULT_UNTIL_CYCLES, c -> { });
        assertEquals(List.of("never: count 0, waiting: first, second", "twice: count 1, nobody waiting"),
            report.core(0).waitLines(), "first came first; second took one of twice's two on its way");
        java.io.ByteArrayOutputStream text = new java.io.ByteArrayOutputStream();
        RunText.print(lab, report, new java.io.PrintStream(text, true, java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(text.toString(java.nio.charset.StandardCharsets.UTF_8).contains("""
              where tasks wait (oldest first):
                never: count 0, waiting: first, second
                twice: count 1, nobody waiting
            """), text.toString(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void aSemaphoreStartingAtOneLetsOneTaskThrough() {
        String json = """
            {"name": "one", "machine": {"cores": [0]},
             "cores": [{"pid": 0, "semaphores": {"m": 1},
               "tasks": [
                 {"name": "a", "priority": 8, "steps": [
                   {"type": "semWait", "name": "m"}, {"type": "print", "text": "a"}, {"type": "yield"},
                   {"type": "print", "text": "a"}, {"type": "semPost", "name": "m"}]},
                 {"name": "b", "priority": 8, "steps": [
                   {"type": "semWait", "name": "m"}, {"type": "print", "text": "b"}, {"type": "semPost", "name": "m"}]}]}]}
            """;
        RunReport report = LabRunner.run(ScenarioReader.parse("lab.json", json), LabRunner.DEFAULT_UNTIL_CYCLES, c -> { });
        assertEquals("aab", report.core(0).console(), "b blocks at m although a yielded the core to it");
        assertEquals(List.of("idle -> a (higher priority ready)", "a -> b (round robin)", "b -> a (current blocked)",
                "a -> b (current finished)", "b -> idle (idle)"),
            report.core(0).switches().stream().map(s -> s.from() + " -> " + s.to() + " (" + s.reason() + ")").toList());
    }
}
