package eduscc.labs.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * A lab error is one line even when the text it quotes from the file holds a line break or
 * another control character (found by {@code LabFileFuzzTest}: a cut that turned a print text
 * ending in "\n" into a step type echoed the newline, and the error ran over two lines).
 */
class OneLineErrorTest {
    @Test
    void quotedTextWithANewlineStaysOnOneLine() {
        String lab = ScenarioReaderTest.LAB.replace("{\"type\": \"print\", \"text\": \"hi\\n\"}", "{\"type\": \"done\\n\\t\\u0007\"}");
        String message = assertThrows(ScenarioException.class, () -> ScenarioReader.parse("lab.json", lab)).getMessage();
        assertEquals("lab.json: cores[0].tasks[2].steps[0].type: unknown step type \"done\\n\\t\\u0007\"; the kit has: barrier,"
            + " block, exit, ipi, mail, print, recv, send, sleep, slices, spawn, touch, wait, waitMail, wake, work, yield",
            message);
    }

    @Test
    void aFieldNameWithALineBreakStaysOnOneLine() {
        ScenarioException e = new ScenarioException("lab.json", "cores[0].na\nme", "line 1\r\nline 2");
        assertEquals("lab.json: cores[0].na\\nme: line 1\\r\\nline 2", e.getMessage());
    }
}
