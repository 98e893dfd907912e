package eduscc.exercises.observing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Only the holder of the key writes report lines the grader believes, in order. */
class FrameSealTest {
    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes();
    private final FrameSeal child = new FrameSeal(KEY);
    private final FrameSeal grader = new FrameSeal(KEY);
    private final Frame observed = Frame.observed(2, new CheckObservations(List.of("t1", "0x00000100"), null));

    @Test
    void aSealedLineOpensToTheSameFrame() {
        assertEquals(observed, grader.open(0, child.seal(0, observed)));
    }

    @Test
    void aLineSealedWithAnotherKeyOrChangedIsNotAReportLine() {
        FrameSeal forger = new FrameSeal("another key, 32 bytes long......".getBytes());
        assertNull(grader.open(0, forger.seal(0, observed)));
        String line = child.seal(0, Frame.text(Frame.DONE, ""));
        assertNull(grader.open(0, line.replace(" 0 ", " 1 ")));
        assertNull(grader.open(0, line.substring(0, line.length() - 1) + (line.endsWith("0") ? "1" : "0")));
        assertNull(grader.open(0, "  total: 100/100 points"));
    }

    @Test
    void aSealedLineRepeatedOrOutOfOrderBreaksTheReport() {
        String first = child.seal(0, Frame.begin(0));
        grader.open(0, first);
        IllegalStateException replay = assertThrows(IllegalStateException.class, () -> grader.open(1, first));
        assertEquals("report line 0 came where line 1 was due", replay.getMessage());
    }
}
