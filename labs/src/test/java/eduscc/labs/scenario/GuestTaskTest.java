package eduscc.labs.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** A lab task that is lguest's launcher: {"guest": NAME}, and what a lab must give it. */
class GuestTaskTest {
    private static final String LAB = """
        {"name": "g", "machine": {"cores": [0]}, "kernel": {"switch": "software"%s},
         "cores": [{"pid": 0, "tasks": [{"name": "launcher", "priority": 8, "guest": "%s"%s}]}]}
        """;

    private static String error(String kernel, String guest, String more) {
        return assertThrows(ScenarioException.class,
            () -> ScenarioReader.parse("lab.json", String.format(LAB, kernel, guest, more))).getMessage();
    }

    @Test
    void aShippedGuestLoads() {
        Scenario lab = ScenarioReader.parse("lab.json", String.format(LAB, "", "hello", ""));
        assertEquals("hello", lab.tasksOf(0).get(0).guest());
    }

    @Test
    void anUnknownGuestIsNamedWithTheShippedOnes() {
        assertEquals("lab.json: cores[0].tasks[0].guest: no shipped guest named \"linux\"; shipped: hello, hcallbench,"
            + " and \"eduscc\" (the kit's own kernel, with a \"program\" for its ring 3)", error("", "linux", ""));
    }

    @Test
    void theKitsKernelAsTheGuestRunsTheProgramNamed() {
        Scenario lab = ScenarioReader.parse("lab.json", String.format(LAB, "", "eduscc", ", \"program\": \"/bin/forkdemo\""));
        assertEquals("eduscc", lab.tasksOf(0).get(0).guest());
        assertEquals("/bin/forkdemo", lab.tasksOf(0).get(0).program());
    }

    @Test
    void theKitsKernelAsTheGuestNeedsAProgram() {
        assertEquals("lab.json: cores[0].tasks[0].program: the guest \"eduscc\" runs a program of the ramdisk in its ring 3:"
            + " name one, such as \"/bin/hello\"", error("", "eduscc", ""));
    }

    @Test
    void aGuestNeedsSoftwareSwitching() {
        String message = assertThrows(ScenarioException.class, () -> ScenarioReader.parse("lab.json",
            String.format(LAB, "", "hello", "").replace("\"software\"", "\"hardware\""))).getMessage();
        assertEquals("lab.json: cores[0].tasks[0].guest: lguest's Switcher takes GDT entries 10 and 11, which hardware task"
            + " switching gives to task TSSs: set \"switch\": \"software\" in the kernel part", message);
    }

    @Test
    void aGuestNeedsPaging() {
        assertEquals("lab.json: cores[0].tasks[0].guest: lguest's shadow page tables need paging: remove \"paging\": false"
            + " from the kernel part", error(", \"paging\": false", "hello", ""));
    }

    @Test
    void aLauncherRunsNothingElse() {
        assertEquals("lab.json: cores[0].tasks[0].program: the guest \"hello\" is a program of its own; only the guest"
            + " \"eduscc\" runs one", error("", "hello", ", \"program\": \"/bin/hello\""));
        assertEquals("lab.json: cores[0].tasks[0].steps: a guest's launcher task runs the guest and nothing else: no steps",
            error("", "hello", ", \"steps\": [{\"type\": \"yield\"}]"));
    }

    @Test
    void aLongUnknownEventKindIsCutInTheError() {
        String lab = String.format(LAB, "", "hello", "").replace("\"cores\": [{", "\"breakpoints\": [{\"event\": \"" + "x".repeat(300)
            + "\"}], \"cores\": [{");
        String message = assertThrows(ScenarioException.class, () -> ScenarioReader.parse("lab.json", lab)).getMessage();
        assertEquals("lab.json: breakpoints[0].event: no trace event kind \"" + "x".repeat(40) + "...\"; known: ",
            message.substring(0, message.indexOf("known: ") + 7));
    }
}
