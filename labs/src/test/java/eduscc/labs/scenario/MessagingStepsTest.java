package eduscc.labs.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The steps that talk to other cores (send, recv, barrier), and what a lab file must get right about them. */
class MessagingStepsTest {
    private static final String LAB = """
        {"name": "m", "machine": {"cores": [0, 47]}%s,
         "cores": [{"pid": 0, "tasks": [{"name": "ping", "priority": 8, "steps": [%s]}]}]}
        """;

    private static Scenario lab(String kernel, String steps) {
        return ScenarioReader.parse("lab.json", String.format(LAB, kernel, steps));
    }

    private static String error(String kernel, String steps) {
        return assertThrows(ScenarioException.class, () -> lab(kernel, steps)).getMessage();
    }

    @Test
    void stepsThatTalkTurnMessagingOn() {
        Scenario lab = lab("", "{\"type\": \"send\", \"core\": 47, \"bytes\": 32}, {\"type\": \"barrier\"}");
        assertEquals(List.of(new Step.Send(47, 32, 0), new Step.Barrier()), lab.tasksOf(0).get(0).steps());
        assertTrue(lab.usesMessaging());
        assertFalse(lab("", "{\"type\": \"yield\"}").usesMessaging());
        assertTrue(lab("", "{\"type\": \"spawn\", \"name\": \"c\", \"priority\": 8, \"steps\": [{\"type\": \"barrier\"}]}")
            .usesMessaging(), "a spawned task's steps count too");
    }

    @Test
    void aMessageGoesToAReleasedCore() {
        assertEquals("lab.json: cores[0].tasks[0].steps[0].core: core 5 is not released; machine.cores is [0, 47]",
            error("", "{\"type\": \"recv\", \"core\": 5, \"bytes\": 32}"));
    }

    @Test
    void aCoreDoesNotTalkToItself() {
        assertEquals("lab.json: cores[0].tasks[0].steps[0].core: core 0 cannot send to or receive from itself;"
            + " name another core of machine.cores [0, 47]", error("", "{\"type\": \"send\", \"core\": 0, \"bytes\": 32}"));
    }

    @Test
    void messagingNeedsPaging() {
        assertEquals("lab.json: cores[0].tasks[0].steps[0]: messaging maps the MPBs with the MPBT page type, so paging must"
            + " stay on: remove \"paging\": false from the kernel part",
            error(", \"kernel\": {\"paging\": false}", "{\"type\": \"barrier\"}"));
    }

    @Test
    void aRequestIsCompletedOnlyAfterItStarted() {
        assertEquals("lab.json: cores[0].tasks[0].steps[0].request: no request \"r\" started by an earlier isend or irecv"
            + " of this task", error("", "{\"type\": \"complete\", \"request\": \"r\"}"));
        assertEquals("lab.json: cores[0].tasks[0].steps[1].request: request \"r\" was already started by this task; give"
            + " each isend and irecv a name of its own", error("", "{\"type\": \"isend\", \"core\": 47, \"bytes\": 8,"
            + " \"request\": \"r\"}, {\"type\": \"irecv\", \"core\": 47, \"bytes\": 8, \"request\": \"r\"}"));
        Scenario ok = lab("", "{\"type\": \"irecv\", \"core\": 47, \"bytes\": 8, \"at\": 64, \"request\": \"r\"},"
            + " {\"type\": \"complete\", \"request\": \"r\"}");
        assertEquals(new Step.Irecv(47, 8, 64, "r"), ok.tasksOf(0).get(0).steps().get(0));
    }

    @Test
    void aMessageFitsTheTasksBuffer() {
        assertTrue(error("", "{\"type\": \"send\", \"core\": 47, \"bytes\": 100, \"at\": 16300}")
            .endsWith("at: must be 0..16284, got 16300"));
        assertTrue(error("", "{\"type\": \"send\", \"core\": 47, \"bytes\": 16385}")
            .endsWith("bytes: must be 0..16384, got 16385"));
        assertTrue(error("", "{\"type\": \"recv\", \"core\": 47}").contains("bytes"));
    }
}
