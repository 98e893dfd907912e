package eduscc.labs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Command lines a careless user types: each gets one line saying what is wrong and a non-zero
 * exit, never a silent default, a lost file or a command that waits for ever.
 */
class BadCommandLineTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String firstErrorLine() {
        return err.toString(StandardCharsets.UTF_8).lines().findFirst().orElse("");
    }

    @Test
    void aPidRangeWithTwoDashesIsRefused() {
        assertEquals(2, run("boot", "--pids", "0-47-3"));
        assertEquals("eduscc: --pids: '0-47-3' is not a core number or range FROM-TO", firstErrorLine());
    }

    @Test
    void aBackwardsPidRangeIsRefused() {
        assertEquals(2, run("boot", "--pids", "0,9-3"));
        assertEquals("eduscc: --pids: '9-3' runs backwards; write 3-9", firstErrorLine());
    }

    @Test
    void helpWithAnExtraWordIsRefused() {
        assertEquals(2, run("help", "extra"));
        assertEquals("eduscc: help takes no argument, got 'extra'", firstErrorLine());
    }

    @Test
    void coldWithAValueIsRefused() {
        assertEquals(2, run("bench", "--cold=yes"));
        assertEquals("eduscc: bench: --cold takes no value, got '--cold=yes' (write --cold)", firstErrorLine());
    }

    @Test
    void coldTwiceIsRefused() {
        assertEquals(2, run("bench", "--cold", "--json", "--cold"));
        assertEquals("eduscc: bench: --cold is given twice", firstErrorLine());
    }

    @Test
    void aTraceThatCannotBeWrittenFailsTheBoot() {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.exists(full), "this system has no /dev/full");
        assertEquals(1, run("boot", "--cores", "1", "--trace", full.toString()));
        assertEquals("eduscc: --trace /dev/full: the trace could not be written (disk full or device error);"
            + " it is incomplete", firstErrorLine());
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aNamedPipeIsRefusedInsteadOfWaitedOn() throws Exception {
        Path pipe = dir.resolve("pipe");
        assumeTrue(mkfifo(pipe), "mkfifo is not available here");
        assertEquals(2, run("asm", pipe.toString()));
        assertEquals("eduscc: " + pipe + ": not a regular file (a folder, pipe or device)", firstErrorLine());
        err.reset();
        assertEquals(2, run("disasm", pipe.toString()));
        assertEquals("eduscc: " + pipe + ": not a regular file (a folder, pipe or device)", firstErrorLine());
        err.reset();
        assertEquals(2, run("boot", "--reset-image", pipe.toString()));
        assertEquals("eduscc: --reset-image " + pipe + ": not a regular file (a folder, pipe or device)",
            firstErrorLine());
        err.reset();
        assertFalse(run("run", pipe.toString()) == 0);
        assertEquals("eduscc: " + pipe + ": not a regular file (a folder, pipe or device); name a lab's .json file", firstErrorLine());
    }

    private static boolean mkfifo(Path pipe) throws Exception {
        if (!System.getProperty("os.name").startsWith("Linux")) {
            return false;
        }
        try {
            return new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0 && Files.exists(pipe);
        } catch (java.io.IOException noMkfifo) {
            return false;
        }
    }
}
