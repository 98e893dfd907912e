package eduscc.labs.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eduscc.labs.scenario.ScenarioException;
import eduscc.labs.scenario.ShippedLabs;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A saved session opens at the same spot, with the same breakpoints. */
class SessionFileTest {
    @TempDir
    Path dir;

    @Test
    void savedSessionOpensAtTheSamePositionWithTheSameBreakpoints() throws Exception {
        Breakpoints breakpoints = Breakpoints.NONE
            .with(new DebugBreakpoint.OnEvent("ModeSwitch"))
            .with(new DebugBreakpoint.OnSourceLine("eduscc/kernel/Kernel.java", 120))
            .with(new DebugBreakpoint.OnMemoryWrite(0x110000, 0x1101FF))
            .with(new DebugBreakpoint.AtCycle(16_000_000))
            .with(Breakpoints.fromLab(ShippedLabs.load("scheduling")).all().get(1));
        Path file = dir.resolve("lecture.json");
        DebugSnapshot before;
        try (Session session = new Session(ShippedLabs.load("scheduling"))) {
            session.runTo(1500, "test");
            before = session.snapshot();
            SessionFile.of(session, breakpoints).save(file);
        }
        SessionFile opened = SessionFile.read(file);
        assertEquals(breakpoints, opened.breakpointSet());
        try (Session session = opened.open(file)) {
            assertEquals(before.position(), session.snapshot().position());
            assertEquals(before.machine(), session.snapshot().machine(), "the same machine state after re-running");
        }
    }

    @Test
    void aBadBreakpointNamesTheFileAndTheField() throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"lab\":\"boot\",\"position\":3,\"breakpoints\":[{\"type\":\"core\",\"pid\":99}]}");
        var e = assertThrows(ScenarioException.class, () -> SessionFile.read(file));
        assertEquals(file + ": breakpoints[0]: a core is 0..47, got 99", e.getMessage());
    }

    @Test
    void anUnknownLabNamesTheLabField() throws Exception {
        Path file = dir.resolve("lost.json");
        Files.writeString(file, "{\"lab\":\"nowhere.json\",\"position\":0,\"breakpoints\":[]}");
        var e = assertThrows(ScenarioException.class, () -> SessionFile.read(file).open(file));
        assertEquals("lab", e.path());
    }
}
