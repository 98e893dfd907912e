package eduscc.labs.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Lab files with lock, unlock, semWait and semPost: what they mean, and errors that name the field. */
class SyncStepErrorsTest {
    /** A valid lab; each error test breaks one thing in it. */
    static final String LAB = """
        {"name": "sync", "machine": {"cores": [0, 1]},
         "cores": [{"pid": 0, "semaphores": {"s": 0, "m": 1},
           "tasks": [{"name": "a", "priority": 8, "steps": [
             {"type": "lock", "core": 1}, {"type": "unlock", "core": 1},
             {"type": "semPost", "name": "s"}, {"type": "semWait", "name": "s"}]}]},
           {"pid": 1, "tasks": [{"name": "b", "priority": 8, "steps": [{"type": "print", "text": "b"}]}]}]}
        """;

    private static String error(String json) {
        return assertThrows(ScenarioException.class, () -> ScenarioReader.parse("lab.json", json)).getMessage();
    }

    @Test
    void aCoreDeclaresItsSemaphoresInTheFilesOrderAndLocksTurnMessagingOn() {
        Scenario lab = ScenarioReader.parse("lab.json", LAB);
        assertEquals(List.of("s", "m"), List.copyOf(lab.semaphoresOf(0).keySet()));
        assertEquals(Map.of("s", 0, "m", 1), lab.semaphoresOf(0));
        assertEquals(Map.of(), lab.semaphoresOf(1));
        assertEquals(List.of(new Step.Lock(1), new Step.Unlock(1), new Step.SemPost("s"), new Step.SemWait("s")),
            lab.tasksOf(0).get(0).steps());
        assertTrue(lab.usesMessaging(), "a lock step maps the LOCK registers, as RCCE_init does");
    }

    @Test
    void aSemaphoreTheCoreDoesNotDeclareIsNamed() {
        assertEquals("lab.json: cores[0].tasks[0].steps[2].name: no semaphore \"t\" on core 0; cores[0].semaphores"
            + " declares s, m", error(LAB.replace("{\"type\": \"semPost\", \"name\": \"s\"}",
            "{\"type\": \"semPost\", \"name\": \"t\"}")));
        assertEquals("lab.json: cores[1].tasks[0].steps[0].name: no semaphore \"s\" on core 1; declare it with the count"
            + " it starts at in cores[1].semaphores, e.g. \"semaphores\": {\"s\": 0}",
            error(LAB.replace("{\"type\": \"print\", \"text\": \"b\"}", "{\"type\": \"semWait\", \"name\": \"s\"}")));
    }

    @Test
    void aSemaphoreInASpawnedTaskIsCheckedToo() {
        assertEquals("lab.json: cores[1].tasks[0].steps[0].steps[0].name: no semaphore \"s\" on core 1; declare it with"
            + " the count it starts at in cores[1].semaphores, e.g. \"semaphores\": {\"s\": 0}",
            error(LAB.replace("{\"type\": \"print\", \"text\": \"b\"}", "{\"type\": \"spawn\", \"name\": \"c\","
                + " \"priority\": 8, \"steps\": [{\"type\": \"semPost\", \"name\": \"s\"}]}")));
    }

    @Test
    void aSemaphoreCountAndNameMustBeSound() {
        assertEquals("lab.json: cores[0].semaphores.s: must be 0..1000000, got -1",
            error(LAB.replace("\"s\": 0,", "\"s\": -1,")));
        assertEquals("lab.json: cores[0].semaphores.s s: a name is 1..24 letters, digits, '-', '_' or '.', got \"s s\"",
            error(LAB.replace("\"s\": 0,", "\"s s\": 0,")));
        assertEquals("lab.json: cores[0].semaphores.s: missing: the count the semaphore starts at, e.g. 0",
            error(LAB.replace("\"s\": 0,", "\"s\": null,")));
    }

    @Test
    void aLockOfACoreThatIsNotReleasedIsNamed() {
        assertEquals("lab.json: cores[0].tasks[0].steps[0].core: core 5 is not released, and RCCE maps only the LOCK"
            + " registers of the cores that take part; machine.cores is [0, 1]",
            error(LAB.replace("{\"type\": \"lock\", \"core\": 1}", "{\"type\": \"lock\", \"core\": 5}")));
        assertEquals("lab.json: cores[0].tasks[0].steps[0].core: must be 0..47, got 48",
            error(LAB.replace("{\"type\": \"lock\", \"core\": 1}", "{\"type\": \"lock\", \"core\": 48}")));
    }

    @Test
    void aTaskFreesOnlyTheLocksItTookAndFreesThemAll() {
        assertEquals("lab.json: cores[0].tasks[0].steps[0].core: this task does not hold LOCK 1; a task frees only a"
            + " LOCK it took in an earlier step", error(LAB.replace("{\"type\": \"lock\", \"core\": 1}, ", "")));
        assertEquals("lab.json: cores[0].tasks[0].steps[1].core: this task already holds LOCK 1 (taken at"
            + " cores[0].tasks[0].steps[0]); a second lock would spin for ever, since the register knows no owner:"
            + " unlock it first", error(LAB.replace("{\"type\": \"unlock\", \"core\": 1}", "{\"type\": \"lock\", \"core\": 1}")));
        assertEquals("lab.json: cores[0].tasks[0].steps[0].core: the task ends holding LOCK 1, and every core that takes"
            + " it next would spin for ever: add {\"type\": \"unlock\", \"core\": 1} after it",
            error(LAB.replace("{\"type\": \"unlock\", \"core\": 1},", "")));
    }

    @Test
    void locksNeedPagingAsMessagesDo() {
        assertEquals("lab.json: cores[0].tasks[0].steps[0]: messaging maps the MPBs with the MPBT page type, so paging"
            + " must stay on: remove \"paging\": false from the kernel part",
            error(LAB.replace("\"machine\"", "\"kernel\": {\"paging\": false}, \"machine\"")));
    }

    @Test
    void aStrayFieldInASyncStepNamesTheStepByItsType() {
        assertEquals("lab.json: cores[0].tasks[0].steps[3].count: unknown field; a \"semWait\" step has: name",
            error(LAB.replace("{\"type\": \"semWait\", \"name\": \"s\"}", "{\"type\": \"semWait\", \"name\": \"s\", \"count\": 2}")));
        assertEquals("lab.json: cores[0].tasks[0].steps[0].core: missing: the pid of the core whose LOCK register to"
            + " take, 0..47", error(LAB.replace("{\"type\": \"lock\", \"core\": 1}", "{\"type\": \"lock\"}")));
    }
}
