package eduscc.visualizer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.kernel.boot.ResetStubPlugins;
import eduscc.labs.scenario.Replay;
import eduscc.labs.scenario.ReplayFile;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eduscc help} names the debugger's commands too, after the others. */
class GuiUsageTest {
    @Test
    void helpEndsWithTheDebuggersCommands() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Main.run(List.of("help"), new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(new ByteArrayOutputStream()));
        assertEquals(0, code);
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("eduscc run LAB") && text.contains("eduscc grade"), text);
        assertTrue(text.endsWith(Main.GUI_USAGE + "\n"), text);
        for (String command : List.of("eduscc gui [LAB]", "eduscc gui LAB --compare PLUGIN [--part PART]",
            "eduscc gui --replay FILE",
            "eduscc gui [LAB] --screenshot FILE")) {
            assertTrue(text.contains(command), command);
        }
    }

    @Test
    void aWrongPartToCompareIsRefusedBeforeAnythingRuns() {
        String parts = "ready-queues, page-faults, hypercalls, messaging, gdt, idt-gates, semaphores, sleep, elf-loader,"
            + " apic-timer, context-switch, page-frames, syscalls, reset-stub";
        assertEquals("eduscc gui --compare: no part 'scheduler' to compare; the parts: " + parts + "\n",
            refusal(2, "gui", "scheduling", "--compare", "kit", "--part", "scheduler"));
        assertEquals("eduscc gui: --part needs the part to compare, e.g. --part sleep; the parts: " + parts + "\n",
            refusal(2, "gui", "scheduling", "--compare", "kit", "--part"));
        assertEquals("eduscc gui: --part names the part --compare compares; give --compare too\n",
            refusal(2, "gui", "--screenshot", "x.png", "--lab", "scheduling", "--part", "sleep"));
        assertTrue(refusal(2, "gui", "interrupts", "--compare", "nobody", "--part", "apic-timer")
            .contains("kernel.apicTimer"), "names the lab file's field");
    }

    /** {@code gui LAB --screenshot} names the lab as {@code gui LAB} does; named twice, it is refused before anything runs. */
    @Test
    void aScreenshotTakesTheLabAsTheDebuggerDoes() {
        assertEquals("eduscc gui: the lab is named twice, 'scheduling' and --lab boot; give one\n",
            refusal(2, "gui", "scheduling", "--screenshot", "x.png", "--lab", "boot"));
        String noLab = "no shipped lab and no file named 'no-such-lab'; shipped labs: boot, interrupts, scheduling,";
        assertTrue(refusal(2, "gui", "no-such-lab", "--screenshot", "x.png").startsWith("eduscc gui --screenshot: " + noLab),
            "the positional lab is the one run, and an unknown one is told as run tells it");
        assertTrue(refusal(2, "gui", "no-such-lab", "--compare", "kit").startsWith("eduscc gui --compare: " + noLab));
    }

    /** A reset stub that does not assemble is told as file:line: problem before any window opens. */
    @Test
    void aResetStubThatDoesNotAssembleIsRefusedNamingItsLine(@TempDir Path dir) {
        ResetStubPlugins.register("broken-for-gui-test", () -> {
            throw new IllegalArgumentException("my-reset.asm:30: undefined label 'cr9'");
        });
        assertEquals("eduscc gui --compare: my-reset.asm:30: undefined label 'cr9'\n",
            refusal(2, "gui", "boot", "--compare", "broken-for-gui-test", "--part", "reset-stub"));
        Path file = dir.resolve("reset-stub-check1.json");
        ReplayFile.write(file, new Replay("reset-stub", "c", "boot", Replay.Plugins.resetStub("broken-for-gui-test"),
            "JavaEntry:1", "a", "b"));
        assertEquals("eduscc gui --replay: " + file + ": the reset stub 'broken-for-gui-test' does not assemble:"
            + " my-reset.asm:30: undefined label 'cr9'\n", refusal(2, "gui", "--replay", file.toString()));
    }

    /** What {@code eduscc ARGS} writes on standard error, having exited with {@code code}. */
    private static String refusal(int code, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(code, Main.run(List.of(args), new PrintStream(new ByteArrayOutputStream()),
            new PrintStream(err, true, StandardCharsets.UTF_8)));
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aWrongCommandStillPrintsNoHelpOnStandardOutput() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Main.run(List.of("help", "extra"), new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(new ByteArrayOutputStream()));
        assertEquals(2, code);
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }
}
