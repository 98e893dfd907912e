package eduscc.labs.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.kernel.sched.ReadyQueueFactory;
import eduscc.labs.scenario.Scenario;
import eduscc.labs.scenario.ScenarioReader;
import eduscc.labs.scenario.ShippedLabs;
import eduscc.machine.trace.TraceEntry;
import eduscc.machine.trace.TraceEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The labs in which cores talk: ping-pong (two corners of the mesh) and barrier-48 (every core). */
class MessagingLabsTest {
    private static List<TraceEntry> wholeRun(String lab) {
        try (BootedLab booted = LabRunner.boot(ShippedLabs.load(lab), ReadyQueueFactory.KIT)) {
            booted.machine().run();
            return new ArrayList<>(booted.machine().trace().entries());
        }
    }

    /**
     * iRCCE in a lab: core 0 starts a send, tests it, computes, tests again, then completes it;
     * core 47 starts its receive, computes, then completes it.
     */
    @Test
    void nonBlockingStepsOverlapTheMessageWithWork() {
        Scenario lab = ScenarioReader.parse("overlap.json", """
            {"name": "overlap", "machine": {"cores": [0, 47]},
             "cores": [
              {"pid": 0, "tasks": [{"name": "a", "priority": 8, "steps": [
                {"type": "isend", "core": 47, "bytes": 64, "at": 128, "request": "out"},
                {"type": "test", "request": "out"},
                {"type": "work", "cycles": 30000},
                {"type": "test", "request": "out"},
                {"type": "complete", "request": "out"}]}]},
              {"pid": 47, "tasks": [{"name": "b", "priority": 8, "steps": [
                {"type": "irecv", "core": 0, "bytes": 64, "request": "in"},
                {"type": "work", "cycles": 30000},
                {"type": "complete", "request": "in"}]}]}]}
            """);
        List<TraceEntry> trace;
        try (BootedLab booted = LabRunner.boot(lab, ReadyQueueFactory.KIT)) {
            booted.machine().run();
            trace = new ArrayList<>(booted.machine().trace().entries());
        }
        TraceEvent.MessageSent sent = (TraceEvent.MessageSent) trace.stream().filter(e -> e.event() instanceof TraceEvent.MessageSent)
            .findFirst().orElseThrow().event();
        TraceEvent.MessageReceived received = (TraceEvent.MessageReceived) trace.stream()
            .filter(e -> e.event() instanceof TraceEvent.MessageReceived).findFirst().orElseThrow().event();
        assertEquals(64, sent.bytes());
        assertEquals(sent.checksum(), received.checksum(), "the 64 bytes from offset 128 of core 0's buffer arrived whole");
        String console = trace.stream().filter(e -> e.core() == 0 && e.event() instanceof TraceEvent.ConsoleOutput)
            .map(e -> String.valueOf((char) ((TraceEvent.ConsoleOutput) e.event()).character())).reduce("", String::concat);
        assertEquals("out: pending\nout: pending\n", console, "iRCCE moves a request only when its core pushes:"
            + " core 47 computes without pushing, so core 0's send is still pending after its own work too");
    }

    /** Two cores that both receive first: the runner stops within two simulated milliseconds and says who waits for whom. */
    @Test
    void aDeadlockEndsTheRunWithWhoWaitsForWhom() {
        Scenario lab = ScenarioReader.parse("dead.json", """
            {"name": "dead", "machine": {"cores": [0, 1]},
             "cores": [{"pid": 0, "tasks": [{"name": "a", "priority": 8, "steps": [{"type": "recv", "core": 1, "bytes": 32}]}]},
                       {"pid": 1, "tasks": [{"name": "b", "priority": 8, "steps": [{"type": "recv", "core": 0, "bytes": 32}]}]}]}
            """);
        RunReport report = LabRunner.run(lab, LabRunner.DEFAULT_UNTIL_CYCLES, cycle -> { });
        assertEquals(RunReport.DEADLOCK, report.ended());
        assertEquals(List.of("0 a deadlock: spins for core 1 to send (sent flag)", "1 b deadlock: spins for core 0 to send (sent flag)"),
            report.failures().stream().map(f -> f.core() + " " + f.task() + " " + f.kind() + ": "
                + f.reason().substring(0, f.reason().indexOf(','))).toList());
        assertTrue(report.endCycle() < 8_000_000, "it stopped two looks (a simulated millisecond apart) after the first tick,"
            + " when both began to spin: " + report.endCycle());
    }

    /** Two cores that each hold one lock and want the other's: a deadlock on the LOCK registers, named as such. */
    @Test
    void aDeadlockOnTwoLocksIsNamedToo() {
        Scenario lab = ScenarioReader.parse("locks.json", """
            {"name": "two-locks", "machine": {"cores": [0, 1]},
             "cores": [{"pid": 0, "tasks": [{"name": "a", "priority": 8, "steps": [{"type": "lock", "core": 0},
                 {"type": "work", "cycles": 100000}, {"type": "lock", "core": 1}, {"type": "unlock", "core": 1},
                 {"type": "unlock", "core": 0}]}]},
                       {"pid": 1, "tasks": [{"name": "b", "priority": 8, "steps": [{"type": "lock", "core": 1},
                 {"type": "work", "cycles": 100000}, {"type": "lock", "core": 0}, {"type": "unlock", "core": 0},
                 {"type": "unlock", "core": 1}]}]}]}
            """);
        RunReport report = LabRunner.run(lab, LabRunner.DEFAULT_UNTIL_CYCLES, cycle -> { });
        assertEquals(RunReport.DEADLOCK, report.ended());
        assertEquals(List.of("a: spins for LOCK 1 to be free", "b: spins for LOCK 0 to be free"), report.failures().stream()
            .map(f -> f.task() + ": " + f.reason().substring(0, f.reason().indexOf(','))).toList());
    }

    /** Each message arrives with the bytes it left with: the receiver's checksum is the sender's. */
    @Test
    void pingPongsMessagesArriveWhole() {
        List<TraceEntry> trace = wholeRun("ping-pong");
        List<String> sent = trace.stream().filter(e -> e.event() instanceof TraceEvent.MessageSent)
            .map(e -> e.core() + "->" + ((TraceEvent.MessageSent) e.event()).toCore() + " " + ((TraceEvent.MessageSent) e.event()).bytes()
                + " " + ((TraceEvent.MessageSent) e.event()).checksum()).toList();
        List<String> received = trace.stream().filter(e -> e.event() instanceof TraceEvent.MessageReceived)
            .map(e -> ((TraceEvent.MessageReceived) e.event()).fromCore() + "->" + e.core() + " " + ((TraceEvent.MessageReceived) e.event()).bytes()
                + " " + ((TraceEvent.MessageReceived) e.event()).checksum()).toList();
        assertEquals(4, sent.size(), "32 and 8192 bytes, each there and back");
        assertEquals(List.of("0->47 32", "47->0 32", "0->47 8192", "47->0 8192"),
            sent.stream().map(s -> s.substring(0, s.lastIndexOf(' '))).toList(), "in the lab's order");
        assertEquals(sent.stream().sorted().toList(), received.stream().sorted().toList(),
            "every receiver holds what its sender sent (pong sends back what it got: core 0's pattern)");
    }

    @Test
    void pingPongsNarrationChecksHold() {
        RunReport report = LabRunner.run(ShippedLabs.load("ping-pong"), LabRunner.DEFAULT_UNTIL_CYCLES, cycle -> { });
        assertEquals(List.of(), report.failures());
        assertTrue(report.core(47).console().contains("pong: past the barrier"));
    }

    /** In every round core 1 is released first, and in round 3 no core leaves before core 30 has come, after its 20,000 cycles. */
    @Test
    void barrier48ReleasesNoCoreEarly() {
        List<TraceEntry> trace = wholeRun("barrier-48");
        for (int round = 1; round <= 3; round++) {
            int r = round;
            List<TraceEntry> passed = trace.stream().filter(e -> e.event() instanceof TraceEvent.BarrierPassed b && b.round() == r).toList();
            assertEquals(48, passed.size(), "round " + round + ": every core passes once");
            long firstLeaves = passed.stream().mapToLong(TraceEntry::time).min().orElseThrow();
            assertEquals(1, passed.stream().filter(e -> e.time() == firstLeaves).findFirst().orElseThrow().core(),
                "round " + round + ": core 1 leaves first: the root releases in rank order and leaves after its last write");
        }
        long core30Done = trace.stream().filter(e -> e.core() == 30 && e.event() instanceof TraceEvent.BarrierPassed b && b.round() == 2)
            .mapToLong(TraceEntry::time).findFirst().orElseThrow();
        long core30Arrives = trace.stream().filter(e -> e.core() == 30 && e.time() > core30Done
                && e.event() instanceof TraceEvent.MeshPacket p && p.target().equals("MPB WRITE COMBINED"))
            .mapToLong(TraceEntry::time).min().orElseThrow();
        assertTrue(trace.stream().filter(e -> e.event() instanceof TraceEvent.BarrierPassed b && b.round() == 3)
            .allMatch(e -> e.time() > core30Arrives), "round 3: nobody leaves before core 30's gather flag is out");
    }
}
