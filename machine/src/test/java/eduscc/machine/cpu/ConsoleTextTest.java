package eduscc.machine.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConsoleTextTest {

    private static ConsoleText written(long count) {
        ConsoleText console = new ConsoleText();
        for (long i = 0; i < count; i++) {
            console.append('a' + (int) (i % 26));
        }
        return console;
    }

    @Test
    void shortOutputIsKeptWhole() {
        ConsoleText console = new ConsoleText();
        "hello\n".chars().forEach(console::append);
        assertEquals("hello\n", console.text());
        assertEquals(0, console.leftOut());
    }

    @Test
    void aLabConsoleDecodesUtf8() {
        ConsoleText console = new ConsoleText();
        for (byte b : "tick » 1".getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            console.append(b);
        }
        assertEquals("tick » 1", console.text(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void outputThatFitsHeadAndTailIsKeptWholeWithoutAMarker() {
        long count = ConsoleText.HEAD + ConsoleText.TAIL;
        ConsoleText console = written(count);
        assertEquals(count, console.text().length());
        assertEquals(0, console.leftOut());
        assertEquals('a' + (int) ((count - 1) % 26), console.text().charAt((int) count - 1));
    }

    @Test
    void aLongOutputKeepsItsStartAndItsEndAndCountsTheRest() {
        long count = 1_000_003;
        ConsoleText console = written(count);
        long leftOut = count - ConsoleText.HEAD - ConsoleText.TAIL;
        assertEquals(leftOut, console.leftOut());
        assertEquals(count, console.written());
        String text = console.text();
        String marker = "\n[... " + leftOut + " bytes left out ...]\n";
        assertEquals(ConsoleText.HEAD + marker.length() + ConsoleText.TAIL, text.length());
        assertTrue(text.startsWith("abcdefghij"));
        assertEquals(marker, text.substring(ConsoleText.HEAD, ConsoleText.HEAD + marker.length()));
        // The last character written was number count - 1.
        assertEquals((char) ('a' + (count - 1) % 26), text.charAt(text.length() - 1));
        assertEquals((char) ('a' + (count - ConsoleText.TAIL) % 26), text.charAt(ConsoleText.HEAD + marker.length()));
    }
}
