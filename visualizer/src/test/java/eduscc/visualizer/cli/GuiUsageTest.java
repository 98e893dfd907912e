package eduscc.visualizer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

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
        for (String command : List.of("eduscc gui [LAB]", "eduscc gui LAB --compare PLUGIN", "eduscc gui --replay FILE",
            "eduscc gui --screenshot FILE")) {
            assertTrue(text.contains(command), command);
        }
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
