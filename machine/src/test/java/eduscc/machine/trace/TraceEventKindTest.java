package eduscc.machine.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Every event's kind is its record's name: filters and breakpoints rely on it. */
class TraceEventKindTest {
    @Test
    void kindIsTheRecordNameEvenForEventsWithAKindLikeField() {
        assertEquals("TaskSwitch", new TraceEvent.TaskSwitch("hardware JMP", 0x28, 0x30, 85).kind());
        assertEquals("ModeSwitch", new TraceEvent.ModeSwitch("real", "protected", 0x11).kind());
    }
}
