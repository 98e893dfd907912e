package eduscc.labs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/**
 * {@code eduscc bench --json}: the shape of the report and the simulated-kernel figures, which are
 * deterministic. Wall-clock speeds are only checked to be there, never compared with anything.
 */
class BenchCommandTest {
    @TempDir
    Path dir;

    @Test
    void jsonReportsContextSwitchesAndSystemCallsAndWritesTheSamples() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Path csv = dir.resolve("samples.csv");
        int code = Main.run(List.of("bench", "--json", "--csv", csv.toString()),
            new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertEquals(0, code);
        JsonNode report = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        for (String mode : List.of("hardware", "software")) {
            JsonNode s = report.get("contextSwitch").get(mode);
            assertEquals(2000, s.get("samples").asInt(), mode);
            assertTrue(s.get("min").asLong() <= s.get("median").asLong() && s.get("median").asLong() <= s.get("max").asLong(), mode);
            assertTrue(s.get("min").asLong() > 85, mode + ": a switch costs more than the bare task switch");
        }
        assertTrue(report.get("syscalls").get("getpid").asLong() >= 48 + 27, "at least INT to ring 0 plus IRET to ring 3");
        assertTrue(report.get("syscalls").get("threadCreate").asLong() > 0);
        assertTrue(report.get("x86InstructionsPerSecond").asLong() > 0);
        assertEquals(18_749, report.get("memory").get("ticks").asLong(), "a billion cycles at 10 kHz, less the boot");
        assertTrue(report.get("memory").has("heapAfterMegabytes"));
        List<String> lines = Files.readAllLines(csv);
        assertEquals("sample,mode,cycles", lines.get(0));
        assertEquals(4001, lines.size());
    }
}
