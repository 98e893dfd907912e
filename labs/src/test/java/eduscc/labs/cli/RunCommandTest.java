package eduscc.labs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code eduscc run} as a lecturer types it: shipped labs, lab files, the text and the JSON. */
class RunCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private JsonNode json() throws Exception {
        return new ObjectMapper().readTree(out());
    }

    @Test
    void schedulingLabShowsWhoRanAtEachTickTheDecisionsAndTheBitmap() {
        assertEquals(0, run("run", "scheduling"));
        String text = out();
        assertTrue(text.contains("who ran at each tick"), text);
        assertTrue(text.contains("     10  normal-b > normal-a > normal-b > low\n"), text);
        assertTrue(text.contains("0x80000102    31  normal-b -> realtime  (higher priority ready)"), text);
        assertTrue(text.contains("prioBitmap 0x00000000   bit 31 [................................] 0"), text);
        assertTrue(text.contains("» Tick 1: the scheduler asks one question"), text);
        assertTrue(text.contains("    | realtime: created last, run first\n"), text);
        assertTrue(err().contains("eduscc run: 100 ms simulated"), "progress on stderr: " + err());
    }

    @Test
    void aCoreThatSwitchesItsOwnWayIsNamedInTheHeadingAndGetsNoNote() {
        assertEquals(0, run("run", "switch-side-by-side"));
        String text = out();
        assertTrue(text.startsWith("eduSCC run: switch-side-by-side on 2 core(s), hardware task switch (core 1: software), "),
            text);
        assertFalse(text.contains("note: the lab asked for"), "each core switched as the lab asked: " + text);
    }

    @Test
    void theSwitchOptionChangesTheKernelPartSoBothCoresSwitchInSoftware() {
        assertEquals(0, run("run", "switch-side-by-side", "--switch", "software"));
        assertTrue(out().startsWith("eduSCC run: switch-side-by-side on 2 core(s), software task switch, "), out());
    }

    @Test
    void jsonPrintsTheReportAndNoProgress() throws Exception {
        assertEquals(0, run("run", "scheduling", "--json"));
        JsonNode report = json();
        assertEquals("scheduling", report.get("lab").asText());
        JsonNode first = report.get("cores").get(0).get("switches").get(0);
        assertEquals("realtime", first.get("to").asText());
        assertEquals(1, first.get("tick").asInt());
        assertEquals(16, report.get("traceHash").asText().length());
        assertEquals("", err());
    }

    @Test
    void aShortLimitStopsTheRunWithTheQueuesAsTheyWere() throws Exception {
        assertEquals(0, run("run", "scheduling", "--until", "12000000", "--json"));
        JsonNode core = json().get("cores").get(0);
        assertEquals("time limit", json().get("ended").asText());
        assertEquals(2, core.get("ticks").asInt());
        assertEquals("0x00000102", core.get("prioBitmap").asText(), "normal-a, normal-b at 8 and low at 1 wait");
        assertEquals("31 [.......................X......X.] 0", core.get("prioBitmapCells").asText());
        assertEquals("normal-a", core.get("readyQueues").get(0).get("tasks").get(0).asText());
    }

    @Test
    void overridesReachTheReport() throws Exception {
        assertEquals(0, run("run", "boot", "--switch", "software", "--ready-queues", "kit", "--json"));
        assertEquals("software", json().get("switchMode").asText());
        assertEquals("kit", json().get("readyQueues").asText());
    }

    @Test
    void aMalformedLabFileNamesTheFileAndTheFieldWithoutAStackTrace() throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, """
            {"name": "bad", "machine": {"cores": [0]},
             "cores": [{"pid": 0, "tasks": [{"name": "x", "priority": 40}]}]}
            """);
        assertEquals(1, run("run", file.toString()));
        assertEquals("eduscc: " + file + ": cores[0].tasks[0].priority: must be 1..31, got 40\n", err());
        assertEquals("", out());
    }

    @Test
    void aLabFileRuns() throws Exception {
        Path file = dir.resolve("hello.json");
        Files.writeString(file, """
            {"name": "hello", "machine": {"cores": [3]},
             "cores": [{"pid": 3, "tasks": [{"name": "hi", "priority": 8,
               "steps": [{"type": "print", "text": "hello from core 3\\n"}]}]}]}
            """);
        assertEquals(0, run("run", file.toString(), "--json"));
        assertEquals("hello from core 3\n", json().get("cores").get(0).get("console").asText());
    }

    @Test
    void theKitsSemaphoresAndTimerListNamedOnTheCommandLineRunAsTheDefault() throws Exception {
        assertEquals(0, run("run", "locks", "--json"));
        String plain = new ObjectMapper().readTree(out()).get("traceHash").asText();
        out.reset();
        assertEquals(0, run("run", "locks", "--semaphores", "kit", "--sleep", "kit", "--json"));
        assertEquals(plain, new ObjectMapper().readTree(out()).get("traceHash").asText());
    }

    @Test
    void theKitsElfLoaderNamedOnTheCommandLineRunsAsTheDefault() throws Exception {
        assertEquals(0, run("run", "fork", "--json"));
        String plain = new ObjectMapper().readTree(out()).get("traceHash").asText();
        out.reset();
        assertEquals(0, run("run", "fork", "--elf-loader", "kit", "--json"));
        assertEquals(plain, new ObjectMapper().readTree(out()).get("traceHash").asText());
    }

    @Test
    void theKitsApicTimerNamedOnTheCommandLineRunsAsTheDefault() throws Exception {
        assertEquals(0, run("run", "interrupts", "--json"));
        String plain = new ObjectMapper().readTree(out()).get("traceHash").asText();
        out.reset();
        assertEquals(0, run("run", "interrupts", "--apic-timer", "kit", "--json"));
        assertEquals(plain, new ObjectMapper().readTree(out()).get("traceHash").asText());
    }

    @Test
    void theKitsResetStubNamedOnTheCommandLineRunsAsTheDefault() throws Exception {
        assertEquals(0, run("run", "boot", "--json"));
        String plain = new ObjectMapper().readTree(out()).get("traceHash").asText();
        out.reset();
        assertEquals(0, run("run", "boot", "--reset-stub", "kit", "--json"));
        assertEquals(plain, new ObjectMapper().readTree(out()).get("traceHash").asText());
    }

    /** A stub that does not assemble is told as the assembler tells it, in one line, before any core runs. */
    @Test
    void aResetStubThatDoesNotAssembleNamesItsFileAndLine() {
        eduscc.kernel.boot.ResetStubPlugins.register("broken-for-run-test", () -> {
            throw new IllegalArgumentException("my-reset.asm:30: undefined label 'cr9'");
        });
        assertEquals(1, run("run", "boot", "--reset-stub", "broken-for-run-test"));
        assertEquals("eduscc: the reset stub 'broken-for-run-test' does not assemble: my-reset.asm:30: undefined label"
            + " 'cr9'\n", err());
        assertEquals("", out());
    }

    /** A stub that halts before the kernel's entry: one line says where, and the run fails. */
    @Test
    void aResetStubThatHaltsShortOfTheKernelIsOneLine() {
        eduscc.kernel.boot.ResetStubPlugins.register("halts-for-run-test", () -> eduscc.machine.x86.asm.Assembler.assemble(
            "halts.asm", "bits 16\norg 0xFFFFF000\nstop:\n    cli\n    hlt\n    jmp stop\n"
            + "    times 0xFF0 - ($ - $$) db 0\n    jmp near stop\n    times 0x1000 - ($ - $$) db 0\n"));
        assertEquals(1, run("run", "boot", "--reset-stub", "halts-for-run-test"));
        assertTrue(out().contains("\ncore 0: NO KERNEL: the core halted at 0xFFFFF002 in real mode and never reached the"
            + " kernel's entry\n  at 0x00100010: its reset stub stops short of it\n\nended: "), out());
    }

    /** A stub that loops is stopped after a million cycles, not run to the lab's time limit. */
    @Test
    void aResetStubThatLoopsIsStoppedAndSaidToLoop() {
        eduscc.kernel.boot.ResetStubPlugins.register("spins-for-run-test", () -> eduscc.machine.x86.asm.Assembler.assemble(
            "spins.asm", "bits 16\norg 0xFFFFF000\nspin:\n    jmp spin\n"
            + "    times 0xFF0 - ($ - $$) db 0\n    jmp near spin\n    times 0x1000 - ($ - $$) db 0\n"));
        assertEquals(1, run("run", "boot", "--reset-stub", "spins-for-run-test"));
        assertTrue(out().contains("\ncore 0: NO KERNEL: the core was still running at 0xFFFFF000 in real mode after"
            + " 1,000,000 cycles and\n  never reached the kernel's entry at 0x00100010: does its reset stub loop?\n"), out());
    }

    @Test
    void anUnknownElfLoaderIsAUsageErrorThatListsTheRegisteredOnes() {
        assertEquals(2, run("run", "fork", "--elf-loader", "nope"));
        assertTrue(err().startsWith("eduscc: --elf-loader: no plug-in named 'nope'; known: kit"), err());
    }

    @Test
    void theKitsContextSwitchNamedOnTheCommandLineRunsAsTheDefault() throws Exception {
        assertEquals(0, run("run", "switch-side-by-side", "--json"));
        String plain = new ObjectMapper().readTree(out()).get("traceHash").asText();
        out.reset();
        assertEquals(0, run("run", "switch-side-by-side", "--context-switch", "kit", "--json"));
        assertEquals(plain, new ObjectMapper().readTree(out()).get("traceHash").asText());
    }

    @Test
    void theKitsPageFramesNamedOnTheCommandLineRunAsTheDefault() throws Exception {
        assertEquals(0, run("run", "fork", "--json"));
        String plain = new ObjectMapper().readTree(out()).get("traceHash").asText();
        out.reset();
        assertEquals(0, run("run", "fork", "--page-frames", "kit", "--json"));
        assertEquals(plain, new ObjectMapper().readTree(out()).get("traceHash").asText());
    }

    @Test
    void fullKeepsEveryDecisionOfARunThatFits() throws Exception {
        assertEquals(0, run("run", "scheduling", "--full", "--json"));
        JsonNode core = new ObjectMapper().readTree(out()).get("cores").get(0);
        assertEquals(0, core.get("decisionsLeftOut").asLong());
        assertEquals(core.get("decisions").size(), core.get("decisionsBeforeGap").asInt());
    }

    @ParameterizedTest(name = "run {0} is a usage error: {1}")
    @CsvSource(delimiter = '|', value = {
        "''|run needs a lab: boot, interrupts, scheduling, switch-side-by-side, syscalls, multicore, paging, fork, thread-create, thread-create-250hz, ping-pong, barrier-48, locks, mailbox, lguest, lguest-fork, lguest-cores, switch-bench, or a JSON file",
        "scheduling --fast|unknown run option '--fast'",
        "scheduling --until 0|--until must be between 1 and",
        "scheduling --until soon|--until needs a number, got 'soon'",
        "scheduling --until|--until needs a value",
        "scheduling --switch magic|--switch must be hardware or software, got 'magic'",
        "scheduling --ready-queues nope|--ready-queues: no plug-in named 'nope'; known: ",
        "fork --page-faults nope|--page-faults: no plug-in named 'nope'; known: kit",
        "lguest --hypercalls nope|--hypercalls: no plug-in named 'nope'; known: kit",
        "fork --hypercalls kit|--hypercalls: lab 'fork' runs no lguest guest, so nothing makes hypercalls; the labs with a guest are lguest and lguest-fork",
        "locks --semaphores nope|--semaphores: no plug-in named 'nope'; known: kit",
        "scheduling --semaphores kit|--semaphores: lab 'scheduling' declares no semaphore, so nothing calls sem_wait or sem_post; the lab with semaphores is locks",
        "scheduling --sleep nope|--sleep: no plug-in named 'nope'; known: kit",
        "interrupts --apic-timer nope|--apic-timer: no plug-in named 'nope'; known: kit",
        "syscalls --context-switch nope|--context-switch: no plug-in named 'nope'; known: kit",
        "scheduling --context-switch kit|--context-switch: lab 'scheduling' switches every core's tasks by hardware, so nothing calls switch_context; add --switch software, or take a lab that switches by software: switch-side-by-side (core 1), syscalls, locks",
        "fork --page-frames nope|--page-frames: no plug-in named 'nope'; known: kit",
        "syscalls --syscalls nope|--syscalls: no plug-in named 'nope'; known: kit",
        "boot --reset-stub nope|--reset-stub: no plug-in named 'nope'; known: ",
        "ping-pong --messaging nope|--messaging: no plug-in named 'nope'; known: kit",
        "boot --gdt nope|--gdt: no plug-in named 'nope'; known: kit",
        "scheduling --idt-gates|--idt-gates needs a value",
        "scheduling --idt-gates student|--idt-gates: no plug-in named 'student'; known: kit",
        "fork --messaging kit|--messaging: lab 'fork' sends no message between cores, so nothing calls RCCE_send or RCCE_recv; the labs that message are ping-pong and barrier-48",
        "no-such-lab|no shipped lab and no file named 'no-such-lab'; shipped labs: boot, interrupts, scheduling, switch-side-by-side, syscalls, multicore, paging, fork, thread-create, thread-create-250hz, ping-pong, barrier-48, locks, mailbox, lguest, lguest-fork, lguest-cores, switch-bench",
        "boot scheduling|run takes one lab, got 'boot' and 'scheduling'",
        "multicore --full --until 200000000000|--full keeps every scheduler decision, and this run may make about 1,800,048 (37,501 ticks on 48 core(s)); the limit is 1,000,000: shorten --until, or leave out --full to keep the first and last 1,000 of each core",
        "scheduling --full --until 72057594037927936|--full keeps every scheduler decision, and this run may make about 13,510,799,727 "})
    void usageErrorsExitWithTwo(String words, String message) {
        List<String> args = new java.util.ArrayList<>(List.of("run"));
        if (!words.isEmpty()) {
            args.addAll(List.of(words.split(" ")));
        }
        assertEquals(2, run(args.toArray(String[]::new)));
        assertTrue(err().startsWith("eduscc: " + message), err());
        assertTrue(err().contains("usage: eduscc"), err());
        assertFalse(out().contains("eduSCC run"), out());
    }
}
