package eduscc.labs.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.labs.scenario.ScenarioException;
import eduscc.labs.scenario.ScenarioReader;
import eduscc.labs.scenario.ShippedLabs;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The mail and waitMail steps, the network task switch of a lab, and the mailbox lab's story. */
class MailStepsTest {
    private static final String PING_PONG = """
        {"name": "ping", "machine": {"cores": [0, 30]},
         "cores": [
           {"pid": 0, "tasks": [{"name": "pinger", "priority": 8, "steps": [
             {"type": "mail", "core": 30, "tag": 1, "text": "ping"}, {"type": "waitMail"},
             {"type": "print", "text": "pong came\\n"}]}]},
           {"pid": 30, "tasks": [{"name": "ponger", "priority": 8, "steps": [
             {"type": "waitMail"}, {"type": "print", "text": "ping came\\n"},
             {"type": "mail", "core": 0, "tag": 2}]}]}]}
        """;

    private static RunReport run(String json) {
        return LabRunner.run(ScenarioReader.parse("lab.json", json), LabRunner.DEFAULT_UNTIL_CYCLES, cycle -> { });
    }

    @Test
    void aTaskWaitingForMailIsWokenByTheMailsInterrupt() {
        RunReport report = run(PING_PONG);
        assertEquals(List.of(), report.failures());
        assertEquals(RunReport.ALL_IDLE, report.ended());
        assertEquals("pong came\n", report.core(0).console());
        assertEquals("ping came\n", report.core(30).console());
        assertEquals(List.of("idle -> ponger", "ponger -> idle", "idle -> ponger", "ponger -> idle"),
            report.core(30).switches().stream().map(s -> s.from() + " -> " + s.to()).toList(),
            "ponger blocks in waitMail; the mail's interrupt wakes it out of idle");
        assertEquals(List.of("higher priority ready", "idle", "higher priority ready", "idle"),
            report.core(30).switches().stream().map(CoreRun.Switch::reason).toList());
    }

    @Test
    void mailToItselfOrWithTooLongATextIsRefusedWithItsField() {
        String self = PING_PONG.replace("\"core\": 30, \"tag\": 1", "\"core\": 0, \"tag\": 1");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioReader.parse("lab.json", self));
        assertTrue(e.getMessage().contains("cores[0].tasks[0].steps[0].core"), e.getMessage());
        String longText = PING_PONG.replace("\"text\": \"ping\"", "\"text\": \"seventeen bytes!!\"");
        e = assertThrows(ScenarioException.class, () -> ScenarioReader.parse("lab.json", longText));
        assertTrue(e.getMessage().contains("at most 16 bytes"), e.getMessage());
    }

    @Test
    void theNetworkTaskNeedsPagingAndItsNameIsTaken() {
        String noPaging = PING_PONG.replace("\"machine\"", "\"kernel\": {\"networkTask\": true, \"paging\": false}, \"machine\"");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioReader.parse("lab.json", noPaging));
        assertTrue(e.getMessage().contains("kernel.networkTask"), e.getMessage());
        String named = PING_PONG.replace("\"machine\"", "\"kernel\": {\"networkTask\": true}, \"machine\"")
            .replace("\"pinger\"", "\"net\"");
        e = assertThrows(ScenarioException.class, () -> ScenarioReader.parse("lab.json", named));
        assertTrue(e.getMessage().contains("cores[0].tasks[0].name"), e.getMessage());
    }

    @Test
    void theMailboxLabShowsTheNetworkTaskPreemptingAndTwoSendersInOneInterrupt() {
        RunReport report = LabRunner.run(ShippedLabs.load("mailbox"), LabRunner.DEFAULT_UNTIL_CYCLES, cycle -> { });
        assertEquals(List.of("idle -> net", "net -> worker", "worker -> net", "net -> worker", "worker -> idle"),
            report.core(1).switches().stream().map(s -> s.from() + " -> " + s.to()).toList());
        assertEquals("higher priority ready", report.core(1).switches().get(2).reason(),
            "the mail's interrupt switches to net at once, not at a tick");
        assertEquals("net: mail 4 from core 5: from core 5\nnet: mail 3 from core 0: hello core 47\n",
            report.core(47).console(), "one interrupt, both senders: BSR finds core 5 first");
        assertEquals(List.of("idle -> net", "net -> sleeper", "sleeper -> idle", "idle -> net", "net -> idle",
            "idle -> net", "net -> idle", "idle -> sleeper", "sleeper -> idle"),
            report.core(10).switches().stream().map(s -> s.from() + " -> " + s.to()).toList(),
            "woken out of HLT by the mail at tick 2, by its timer at tick 26");
        assertEquals(26, report.core(10).switches().get(5).tick());
    }
}
