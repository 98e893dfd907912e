package eduscc.labs.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading labs: defaults for what a file leaves out, and errors that name the file and the field. */
class ScenarioReaderTest {
    /** Every step type a lab file may use, as the reader's errors list them (sorted). */
    static final String STEP_TYPES = "barrier, block, complete, exit, ipi, irecv, isend, lock, mail, print, recv, semPost,"
        + " semWait, send, sleep, slices, spawn, switchSamples, test, touch, unlock, wait, waitMail, wake, work, yield";

    /** A small valid lab; each error test breaks one thing in it. */
    static final String LAB = """
        {"name": "tiny", "machine": {"cores": [0]},
         "cores": [{"pid": 0, "tasks": [
           {"name": "a", "priority": 8, "steps": [{"type": "slices", "count": 1}]},
           {"name": "b", "priority": 8, "steps": [{"type": "wake", "task": "a"}]},
           {"name": "c", "priority": 16, "steps": [{"type": "print", "text": "hi\\n"}, {"type": "exit", "code": 3}]}]}]}
        """;

    @TempDir
    Path dir;

    private static String error(String json) {
        return assertThrows(ScenarioException.class, () -> ScenarioReader.parse("lab.json", json)).getMessage();
    }

    @Test
    void aLabWithoutKernelPartGetsTheDefaults() {
        Scenario lab = ScenarioReader.parse("lab.json", LAB);
        assertEquals(100, lab.kernel().timerFreq());
        assertEquals("hardware", lab.kernel().switchMode());
        assertEquals("kit", lab.kernel().readyQueues());
        assertFalse(lab.kernel().checkInvariants());
        assertEquals(0, lab.kernel().stopAfterTicks());
        assertEquals(List.of(new Step.Print("hi\n"), new Step.Exit(3)), lab.tasksOf(0).get(2).steps());
        assertEquals(List.of(), lab.tasksOf(5));
    }

    @Test
    void shippedLabsParseWithTheirNarrationAndBreakpoints() {
        Scenario scheduling = ShippedLabs.load("scheduling");
        assertEquals(List.of(8, 8, 16, 1, 31), scheduling.tasksOf(0).stream().map(TaskSpec::priority).toList());
        assertTrue(scheduling.kernel().checkInvariants());
        assertFalse(scheduling.narration().isEmpty());
        assertFalse(scheduling.breakpoints().isEmpty());
        assertEquals(3, ShippedLabs.load("boot").kernel().stopAfterTicks());
    }

    @Test
    void badJsonSyntaxNamesFileLineAndField() {
        assertEquals("lab.json: cores[0].tasks[0].steps[0].count: line 3, column 73: not valid JSON (Unexpected character"
            + " ('}' (code 125)): was expecting double-quote to start field name)",
            error(LAB.replace("\"count\": 1}", "\"count\": 1,}")));
    }

    @Test
    void unknownFieldIsNamedWithTheFieldsThatExist() {
        assertEquals("lab.json: cores[0].tasks[1].prio: unknown field; a task has: guest, name, priority, program, steps",
            error(LAB.replace("{\"name\": \"b\", \"priority\": 8", "{\"name\": \"b\", \"prio\": 8")));
    }

    /** A cut through a file can make a long text into a field name; the message shows only its start. */
    @Test
    void aVeryLongUnknownFieldNameIsShortened() {
        String name = "x".repeat(500);
        assertEquals("lab.json: cores[0].tasks[1]." + "x".repeat(40) + "...: unknown field; a task has: guest, name, priority, program, steps",
            error(LAB.replace("{\"name\": \"b\", \"priority\": 8", "{\"name\": \"b\", \"" + name + "\": 8")));
    }

    @Test
    void aTouchStepReadsItsAddressInHexAndRefusesANumberItCannotRead() {
        Scenario lab = ScenarioReader.parse("lab.json", LAB.replace("{\"type\": \"wake\", \"task\": \"a\"}",
            "{\"type\": \"touch\", \"address\": \"0x10000004\", \"write\": true, \"value\": 42}"));
        Step.Touch touch = (Step.Touch) lab.tasksOf(0).get(1).steps().get(0);
        assertEquals(0x10000004, touch.linear());
        assertEquals(42L, touch.value());
        assertEquals("lab.json: cores[0].tasks[1].steps[0].address: must be a number from 0 to 0xFFFFFFFC, got \"0x1OOOOOOO\"",
            error(LAB.replace("{\"type\": \"wake\", \"task\": \"a\"}", "{\"type\": \"touch\", \"address\": \"0x1OOOOOOO\"}")));
    }

    @Test
    void aProgramTaskNeedsPagingAndHasNoSteps() {
        String program = LAB.replace("{\"name\": \"b\", \"priority\": 8, \"steps\": [{\"type\": \"wake\", \"task\": \"a\"}]}",
            "{\"name\": \"b\", \"priority\": 8, \"program\": \"/bin/hello\"}");
        assertEquals("lab.json: cores[0].tasks[1].program: a program runs in an address space of its own, so paging must"
            + " stay on: remove \"paging\": false from the kernel part",
            error(program.replace("\"machine\"", "\"kernel\": {\"paging\": false}, \"machine\"")));
        Scenario lab = ScenarioReader.parse("lab.json", program);
        assertEquals("/bin/hello", lab.tasksOf(0).get(1).program());
        assertEquals("lab.json: cores[0].tasks[1].steps: a task that runs a program has no steps (the program is what it runs)",
            error(LAB.replace("{\"name\": \"b\", \"priority\": 8, \"steps\"", "{\"name\": \"b\", \"priority\": 8, \"program\": \"/bin/hello\", \"steps\"")));
    }

    @Test
    void unknownStepTypeListsTheKitsStepTypes() {
        assertEquals("lab.json: cores[0].tasks[0].steps[0].type: unknown step type \"jump\"; the kit has: " + STEP_TYPES,
            error(LAB.replace("\"type\": \"slices\"", "\"type\": \"jump\"")));
    }

    @Test
    void aCoreMayChooseItsOwnTaskSwitchAndAnUnknownOneIsNamed() {
        String twoCores = LAB.replace("\"cores\": [0]", "\"cores\": [0, 1]")
            .replace("]}]}\n", "]}, {\"pid\": 1, \"switch\": \"software\"}]}\n");
        Scenario lab = ScenarioReader.parse("lab.json", twoCores);
        assertEquals("hardware", lab.switchOf(0));
        assertEquals("software", lab.switchOf(1));
        assertFalse(lab.hardwareSwitch(1));
        assertEquals("lab.json: cores[1].switch: must be \"hardware\" or \"software\", got \"fast\"",
            error(twoCores.replace("\"switch\": \"software\"", "\"switch\": \"fast\"")));
    }

    @Test
    void aMistypedBreakpointEventNamesTheKindsThatBeginTheSameWay() {
        String lab = LAB.replace("}]}]}\n", "}]}], \"breakpoints\": [{\"event\": \"TaskSwich\"}, {\"event\": \"Mail\"}]}\n");
        assertEquals("lab.json: breakpoints[0].event: no trace event kind \"TaskSwich\"; did you mean TaskSwitch?", error(lab));
        assertEquals("lab.json: breakpoints[0].event: no trace event kind \"Mail\"; did you mean MailDelivered or MailPosted?",
            error(lab.replace("{\"event\": \"TaskSwich\"}, ", "")));
    }

    @Test
    void priorityOutOfRangeNamesTheTask() {
        assertEquals("lab.json: cores[0].tasks[2].priority: must be 1..31, got 40",
            error(LAB.replace("\"priority\": 16", "\"priority\": 40")));
    }

    @Test
    void unknownPluginListsTheRegisteredOnes() {
        String message = error(LAB.replace("\"machine\"", "\"kernel\": {\"readyQueues\": \"fancy\"}, \"machine\""));
        assertTrue(message.startsWith("lab.json: kernel.readyQueues: no ready-queue plug-in named \"fancy\"; known: "),
            message);
        assertTrue(message.contains("kit"), message);
    }

    @Test
    void aLabNamesItsPageFaultPluginAndAnUnknownOneListsTheRegisteredOnes() {
        assertEquals("kit", ScenarioReader.parse("lab.json", LAB).kernel().pageFaults());
        String named = LAB.replace("\"machine\"", "\"kernel\": {\"paging\": true, \"pageFaults\": \"kit\"}, \"machine\"");
        assertEquals("kit", ScenarioReader.parse("lab.json", named).kernel().pageFaults());
        String message = error(named.replace("\"pageFaults\": \"kit\"", "\"pageFaults\": \"fancy\""));
        assertTrue(message.startsWith("lab.json: kernel.pageFaults: no page-fault plug-in named \"fancy\"; known: kit"),
            message);
    }

    @Test
    void aLabNamesItsGdtAndGatePluginsAndAnUnknownOneListsTheRegisteredOnes() {
        assertEquals("kit", ScenarioReader.parse("lab.json", LAB).kernel().gdt());
        assertEquals("kit", ScenarioReader.parse("lab.json", LAB).kernel().idtGates());
        String named = LAB.replace("\"machine\"", "\"kernel\": {\"gdt\": \"kit\", \"idtGates\": \"kit\"}, \"machine\"");
        assertEquals("kit", ScenarioReader.parse("lab.json", named).kernel().gdt());
        String message = error(named.replace("\"gdt\": \"kit\"", "\"gdt\": \"fancy\""));
        assertTrue(message.startsWith("lab.json: kernel.gdt: no GDT plug-in named \"fancy\"; known: kit"), message);
        message = error(named.replace("\"idtGates\": \"kit\"", "\"idtGates\": \"\""));
        assertTrue(message.startsWith("lab.json: kernel.idtGates: names no plug-in; known: kit"), message);
    }

    @Test
    void aLabNamesItsHypercallPluginAndAnUnknownOneListsTheRegisteredOnes() {
        assertEquals("kit", ScenarioReader.parse("lab.json", LAB).kernel().hypercalls());
        String named = LAB.replace("\"machine\"", "\"kernel\": {\"hypercalls\": \"kit\"}, \"machine\"");
        assertEquals("kit", ScenarioReader.parse("lab.json", named).kernel().hypercalls());
        String message = error(named.replace("\"hypercalls\": \"kit\"", "\"hypercalls\": \"fancy\""));
        assertTrue(message.startsWith("lab.json: kernel.hypercalls: no hypercall plug-in named \"fancy\"; known: kit"),
            message);
    }

    @Test
    void aLabNamesItsMessagingPluginAndAnUnknownOneListsTheRegisteredOnes() {
        assertEquals("kit", ScenarioReader.parse("lab.json", LAB).kernel().messaging());
        String named = LAB.replace("\"machine\"", "\"kernel\": {\"messaging\": \"kit\"}, \"machine\"");
        assertEquals("kit", ScenarioReader.parse("lab.json", named).kernel().messaging());
        String message = error(named.replace("\"messaging\": \"kit\"", "\"messaging\": \"fancy\""));
        assertTrue(message.startsWith("lab.json: kernel.messaging: no messaging plug-in named \"fancy\"; known: kit"),
            message);
        assertTrue(error(named.replace("\"messaging\": \"kit\"", "\"messaging\": \" \"")).startsWith(
            "lab.json: kernel.messaging: names no plug-in; known: kit"));
    }

    @ParameterizedTest(name = "kernel.{0}")
    @ValueSource(strings = {"semaphores", "sleep"})
    void aLabNamesItsSemaphoreAndSleepPluginsAndAnUnknownOneListsTheRegisteredOnes(String field) {
        String named = LAB.replace("\"machine\"", "\"kernel\": {\"" + field + "\": \"kit\"}, \"machine\"");
        KernelPart kernel = ScenarioReader.parse("lab.json", named).kernel();
        assertEquals(List.of("kit", "kit"), List.of(kernel.semaphores(), kernel.sleep()));
        String part = field.equals("sleep") ? "sleep" : "semaphore";
        String message = error(named.replace("\"" + field + "\": \"kit\"", "\"" + field + "\": \"fancy\""));
        assertTrue(message.startsWith("lab.json: kernel." + field + ": no " + part + " plug-in named \"fancy\"; known: kit"),
            message);
        assertTrue(error(named.replace("\"" + field + "\": \"kit\"", "\"" + field + "\": \" \"")).startsWith(
            "lab.json: kernel." + field + ": names no plug-in; known: kit"));
    }

    @Test
    void aLabNamesItsElfLoaderAndAnUnknownOneListsTheRegisteredOnes() {
        String named = LAB.replace("\"machine\"", "\"kernel\": {\"elfLoader\": \"kit\"}, \"machine\"");
        assertEquals("kit", ScenarioReader.parse("lab.json", named).kernel().elfLoader());
        assertEquals("kit", ScenarioReader.parse("lab.json", LAB).kernel().elfLoader());
        String message = error(named.replace("\"elfLoader\": \"kit\"", "\"elfLoader\": \"fancy\""));
        assertTrue(message.startsWith("lab.json: kernel.elfLoader: no ELF-loader plug-in named \"fancy\"; known: kit"),
            message);
        assertTrue(error(named.replace("\"elfLoader\": \"kit\"", "\"elfLoader\": \" \"")).startsWith(
            "lab.json: kernel.elfLoader: names no plug-in; known: kit"));
    }

    @Test
    void aLabNamesItsApicTimerPluginAndAnUnknownOneListsTheRegisteredOnes() {
        String named = LAB.replace("\"machine\"", "\"kernel\": {\"apicTimer\": \"kit\"}, \"machine\"");
        assertEquals("kit", ScenarioReader.parse("lab.json", named).kernel().apicTimer());
        assertEquals("kit", ScenarioReader.parse("lab.json", LAB).kernel().apicTimer(), "the default");
        String message = error(named.replace("\"apicTimer\": \"kit\"", "\"apicTimer\": \"fancy\""));
        assertTrue(message.startsWith("lab.json: kernel.apicTimer: no APIC timer plug-in named \"fancy\"; known: kit"),
            message);
        assertTrue(error(named.replace("\"apicTimer\": \"kit\"", "\"apicTimer\": \" \"")).startsWith(
            "lab.json: kernel.apicTimer: names no plug-in; known: kit"));
    }

    @Test
    void aLabNamesItsContextSwitchPluginAndAnUnknownOneListsTheRegisteredOnes() {
        String named = LAB.replace("\"machine\"", "\"kernel\": {\"contextSwitch\": \"kit\"}, \"machine\"");
        assertEquals("kit", ScenarioReader.parse("lab.json", named).kernel().contextSwitch());
        assertEquals("kit", ScenarioReader.parse("lab.json", LAB).kernel().contextSwitch(), "the default");
        String message = error(named.replace("\"contextSwitch\": \"kit\"", "\"contextSwitch\": \"fancy\""));
        assertTrue(message.startsWith("lab.json: kernel.contextSwitch: no context-switch plug-in named \"fancy\";"
            + " known: kit"), message);
        assertTrue(error(named.replace("\"contextSwitch\": \"kit\"", "\"contextSwitch\": \" \"")).startsWith(
            "lab.json: kernel.contextSwitch: names no plug-in; known: kit"));
    }

    @Test
    void aLabNamesItsPageFramePluginAndAnUnknownOneListsTheRegisteredOnes() {
        String named = LAB.replace("\"machine\"", "\"kernel\": {\"pageFrames\": \"kit\"}, \"machine\"");
        assertEquals("kit", ScenarioReader.parse("lab.json", named).kernel().pageFrames());
        String message = error(named.replace("\"pageFrames\": \"kit\"", "\"pageFrames\": \"fancy\""));
        assertTrue(message.startsWith("lab.json: kernel.pageFrames: no page-frame plug-in named \"fancy\"; known: kit"),
            message);
        assertTrue(error(named.replace("\"pageFrames\": \"kit\"", "\"pageFrames\": \" \"")).startsWith(
            "lab.json: kernel.pageFrames: names no plug-in; known: kit"));
    }

    @Test
    void aLabNamesItsSyscallsPluginAndAnUnknownOneListsTheRegisteredOnes() {
        String named = LAB.replace("\"machine\"", "\"kernel\": {\"syscalls\": \"kit\"}, \"machine\"");
        assertEquals("kit", ScenarioReader.parse("lab.json", named).kernel().syscalls());
        String message = error(named.replace("\"syscalls\": \"kit\"", "\"syscalls\": \"fancy\""));
        assertTrue(message.startsWith("lab.json: kernel.syscalls: no syscalls plug-in named \"fancy\"; known: kit"),
            message);
        assertTrue(error(named.replace("\"syscalls\": \"kit\"", "\"syscalls\": \" \"")).startsWith(
            "lab.json: kernel.syscalls: names no plug-in; known: kit"));
    }

    @Test
    void aLabNamesItsResetStubAndAnUnknownOneNamesTheField() {
        assertEquals("kit", ScenarioReader.parse("lab.json", LAB).kernel().resetStub());
        String named = LAB.replace("\"machine\"", "\"kernel\": {\"resetStub\": \"kit\"}, \"machine\"");
        assertEquals("kit", ScenarioReader.parse("lab.json", named).kernel().resetStub());
        String message = error(named.replace("\"resetStub\": \"kit\"", "\"resetStub\": \"fancy\""));
        assertTrue(message.startsWith("lab.json: kernel.resetStub: no reset stub named \"fancy\"; known: kit"),
            message);
        assertTrue(error(named.replace("\"resetStub\": \"kit\"", "\"resetStub\": \" \"")).startsWith(
            "lab.json: kernel.resetStub: names no plug-in; known: kit"));
        assertEquals("student", KernelPart.DEFAULT.withResetStub("student").resetStub());
        assertEquals(KernelPart.DEFAULT, new KernelPart(null, null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null));
    }

    @Test
    void wakeOfAnUnknownTaskNamesTheStep() {
        assertEquals("lab.json: cores[0].tasks[1].steps[0].task: no task \"zz\" on core 0; a task can wake only tasks"
            + " of its own core: a, b, c", error(LAB.replace("\"task\": \"a\"", "\"task\": \"zz\"")));
    }

    @Test
    void anIpiToACoreInResetNamesTheStepAndTheReleasedCores() {
        assertEquals("lab.json: cores[0].tasks[1].steps[0].core: core 5 is not released; machine.cores is [0]",
            error(LAB.replace("{\"type\": \"wake\", \"task\": \"a\"}", "{\"type\": \"ipi\", \"core\": 5}")));
        assertEquals("lab.json: cores[0].tasks[1].steps[0].core: must be 0..47, got 48",
            error(LAB.replace("{\"type\": \"wake\", \"task\": \"a\"}", "{\"type\": \"ipi\", \"core\": 48}")));
    }

    @Test
    void theMulticoreLabReleasesEveryCoreWithPrioritiesThatFollowThePid() {
        Scenario multicore = ShippedLabs.load("multicore");
        assertEquals(48, multicore.machine().cores().size());
        for (int pid = 0; pid < 48; pid++) {
            assertEquals(List.of(8, 1 + pid % 16), multicore.tasksOf(pid).stream().map(TaskSpec::priority).toList(),
                "core " + pid);
            assertTrue(multicore.tasksOf(pid).get(1).steps().contains(new Step.Ipi((pid + 1) % 48)),
                "own on core " + pid + " interrupts the next core");
        }
    }

    @Test
    void wrongKindOfValueSaysWhatWasExpected() {
        assertEquals("lab.json: cores[0].tasks[2].priority: expected a whole number, got \"high\"",
            error(LAB.replace("\"priority\": 16", "\"priority\": \"high\"")));
        assertEquals("lab.json: cores[0].tasks[2].priority: expected a whole number, got the number 8.5",
            error(LAB.replace("\"priority\": 16", "\"priority\": 8.5")));
        assertEquals("lab.json: machine.cores: expected a list [..], got \"all\"",
            error(LAB.replace("[0]}", "\"all\"}")));
    }

    @Test
    void aStepWithoutTypeAndAStepWithAStrayFieldAreNamed() {
        assertEquals("lab.json: cores[0].tasks[0].steps[0]: missing \"type\"; a step is one of: " + STEP_TYPES,
            error(LAB.replace("{\"type\": \"slices\", ", "{")));
        assertEquals("lab.json: cores[0].tasks[2].steps[1].now: unknown field; a \"exit\" step has: code",
            error(LAB.replace("\"code\": 3", "\"code\": 3, \"now\": true")));
    }

    @Test
    void crossReferencesAreChecked() {
        assertEquals("lab.json: cores[0].pid: core 1 is not released; machine.cores is [0]",
            error(LAB.replace("\"pid\": 0", "\"pid\": 1")));
        assertEquals("lab.json: cores[0].tasks[2].name: \"a\" is already the name of cores[0].tasks[0]; task names are"
            + " unique on a core", error(LAB.replace("\"name\": \"c\"", "\"name\": \"a\"")));
        assertEquals("lab.json: cores[0].tasks[2].steps[0]: exit must be the last step: the task never runs the 1"
            + " step(s) after it", error(LAB.replace("{\"type\": \"print\", \"text\": \"hi\\n\"}, {\"type\": \"exit\","
            + " \"code\": 3}", "{\"type\": \"exit\"}, {\"type\": \"yield\"}")));
        assertEquals("lab.json: cores[0].tasks[1].steps[0].task: \"a\" is not a child of \"b\"; a task waits only for"
            + " tasks it spawned in an earlier step", error(LAB.replace("\"type\": \"wake\"", "\"type\": \"wait\"")));
    }

    @Test
    void spawnsBeyondTheTaskTableAreRefusedWhenTheLabLoads() {
        StringBuilder spawns = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            spawns.append(i == 0 ? "" : ", ").append("{\"type\": \"spawn\", \"name\": \"s").append(i)
                .append("\", \"priority\": 4, \"steps\": [{\"type\": \"yield\"}]}");
        }
        String lab = "{\"name\": \"spawner\", \"machine\": {\"cores\": [0]}, \"cores\": [{\"pid\": 0, \"tasks\": ["
            + "{\"name\": \"parent\", \"priority\": 8, \"steps\": [" + spawns + "]}]}]}";
        assertEquals("lab.json: cores[0].tasks: 41 tasks (spawned ones included); a core's kernel has room for 32",
            error(lab), "a lab cannot reach the kernel's full task table at run time: it is refused before it runs");
    }

    @Test
    void anUnclosedObjectSaysWhereItOpenedWithoutTheParsersSourceNotice() {
        assertEquals("lab.json: name: line 2, column 1: not valid JSON (Unexpected end-of-input:"
            + " expected close marker for Object (start marker at line 1, column 1))", error("{\"name\": 5\n"));
    }

    @Test
    void otherRangesAndDuplicates() {
        assertEquals("lab.json: machine.cores[1]: must be 0..47, got 48", error(LAB.replace("[0]}", "[0, 48]}")));
        assertEquals("lab.json: cores[0].tasks[0].steps[0].count: must be 1..100000, got 0",
            error(LAB.replace("\"count\": 1", "\"count\": 0")));
        assertEquals("lab.json: kernel.switch: must be \"hardware\" or \"software\", got \"magic\"",
            error(LAB.replace("\"machine\"", "\"kernel\": {\"switch\": \"magic\"}, \"machine\"")));
        assertEquals("lab.json: name: line 1, column 24: not valid JSON (Duplicate field 'name')",
            error(LAB.replace("{\"name\": \"tiny\",", "{\"name\": \"tiny\", \"name\": \"x\",")));
        assertEquals("lab.json: the file holds null instead of a lab object {..}", error("null"));
    }

    @Test
    void aFileIsNamedAsTheUserGaveIt() throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, LAB.replace("\"priority\": 16", "\"priority\": 0"));
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioReader.read(file));
        assertEquals(file + ": cores[0].tasks[2].priority: must be 1..31, got 0", e.getMessage());
        assertEquals("cores[0].tasks[2].priority", e.path());
        assertEquals(dir.resolve("nope.json") + ": no such file",
            assertThrows(ScenarioException.class, () -> ScenarioReader.read(dir.resolve("nope.json"))).getMessage());
    }

    @Test
    void jsonNestedDeeperThanTheParserAllowsIsAnErrorNotACrash() {
        String deep = "{\"name\": " + "[".repeat(1200) + "]".repeat(1200) + "}";
        String message = error(deep);
        assertTrue(message.startsWith("lab.json: "), message);
        assertTrue(message.contains("nested"), message);
        assertFalse(message.contains("\n"), message);
    }

    @Test
    void aHugeValueIsQuotedAsAShortExcerpt() {
        String huge = "x".repeat(5_000_000);
        String message = error(LAB.replace("\"task\": \"a\"", "\"task\": \"" + huge + "\""));
        assertTrue(message.startsWith("lab.json: cores[0].tasks[1].steps[0]"), message.substring(0, 80));
        assertTrue(message.length() < 400, "message of " + message.length() + " characters");
        assertTrue(message.contains("5000000 characters"), message);
        String field = error(LAB.replace("\"priority\": 16", "\"" + huge + "\": 16"));
        assertTrue(field.length() < 600, "message of " + field.length() + " characters");
    }

    @Test
    void invalidUtf8NamesTheByteWhereItBreaks() throws Exception {
        Path file = dir.resolve("latin1.json");
        byte[] bytes = LAB.replace("tiny", "caf\u00e9").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Files.write(file, bytes);
        String message = assertThrows(ScenarioException.class, () -> ScenarioReader.read(file)).getMessage();
        int offset = LAB.indexOf("tiny") + 3;
        assertEquals(file + ": not valid UTF-8 text: byte " + offset + " (0xE9) does not begin or continue a character;"
            + " save the file as UTF-8", message);
    }
}
