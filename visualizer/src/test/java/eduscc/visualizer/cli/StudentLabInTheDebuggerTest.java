package eduscc.visualizer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * What the README tells a student: copy a lab, set {@code "readyQueues": "student"} (or
 * {@code "pageFaults": "student"}) in its kernel part, and open the copy in the debugger. The
 * debugger knows the exercises' plug-ins as {@code run} and {@code grade} do.
 */
@ExtendWith(ApplicationExtension.class)
class StudentLabInTheDebuggerTest {
    @TempDir
    Path dir;

    private int screenshot(String kernel) throws Exception {
        Path lab = dir.resolve("mine.json");
        Files.writeString(lab, """
            {"name": "mine", "description": "a student's copy",
             "machine": {"cores": [0]}, "kernel": %s,
             "cores": [{"pid": 0, "tasks": [{"name": "a", "priority": 8, "steps": [{"type": "yield"}]}]}]}
            """.formatted(kernel));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(List.of("gui", "--screenshot", dir.resolve("mine.png").toString(), "--lab", lab.toString(),
            "--at", "position:0"), new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        return code;
    }

    @Test
    void aLabNamingTheStudentsReadyQueuesOpens() throws Exception {
        assertEquals(0, screenshot("{\"readyQueues\": \"student\"}"));
        assertTrue(Files.size(dir.resolve("mine.png")) > 0);
    }

    @Test
    void aLabNamingTheStudentsPageFaultResolverOpens() throws Exception {
        assertEquals(0, screenshot("{\"pageFaults\": \"student\"}"));
        assertTrue(Files.size(dir.resolve("mine.png")) > 0);
    }
}
