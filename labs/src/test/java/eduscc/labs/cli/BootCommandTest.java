package eduscc.labs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eduscc.machine.x86.asm.Assembler;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eduscc boot} as a user runs it: the table, the JSON and the user's own reset code. */
class BootCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private JsonNode json() throws Exception {
        return new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void jsonNamesEveryReleasedCoreWithItsProtectedModeState() throws Exception {
        assertEquals(0, run("boot", "--pids", "0,47", "--json"));
        JsonNode report = json();
        assertEquals(2, report.get("cores").size());
        JsonNode core47 = report.get("cores").get(1);
        assertEquals(47, core47.get("pid").asInt());
        assertEquals(5, core47.get("tile").get("x").asInt());
        assertEquals(3, core47.get("tile").get("y").asInt());
        assertEquals("protected", core47.get("mode").asText());
        assertEquals(1, core47.get("cr0").asLong() & 1);
        assertEquals(0x2BADB002L, core47.get("eax").asLong());
        assertEquals(0x08, core47.get("cs").get("selector").asInt());
        assertEquals(0xFFFFFFFFL, core47.get("cs").get("limit").asLong());
        assertEquals(0x10, core47.get("ss").get("selector").asInt());
        assertTrue(core47.get("reachedKernel").asBoolean());
        assertEquals(16, report.get("traceHash").asText().length());
    }

    @Test
    void tableShowsTheBootStagesOfEachCore() {
        assertEquals(0, run("--cores", "2"));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("LGDT") && text.contains("CR0.PE") && text.contains("kernel"), text);
        assertTrue(text.contains("2 of 2 core(s) reached the kernel entry"), text);
    }

    @Test
    void userResetImageRunsUntilItHaltsAndReportsRegisters() throws Exception {
        String source = String.join("\n", "bits 16", "org 0xFFFFFF00",
            "start:", "    mov eax, 0x12345678", "    mov bx, 7", "    cli", "    hlt",
            "    times 0xF0 - ($ - $$) db 0", "    jmp near start", "    times 0x100 - ($ - $$) db 0");
        Path image = dir.resolve("reset.bin");
        Files.write(image, Assembler.assemble("reset.asm", source).bytes());
        assertEquals(0, run("boot", "--pids", "3", "--reset-image", image.toString(), "--json"));
        JsonNode core = json().get("cores").get(0);
        assertEquals(0x12345678L, core.get("eax").asLong());
        assertEquals(7, core.get("ebx").asLong() & 0xFFFF);
        assertEquals("real", core.get("mode").asText());
        assertTrue(core.get("halted").asBoolean());
        assertFalse(core.get("tripleFault").asBoolean());
    }

    @Test
    void undeliverableFaultInResetCodeIsReportedAsTripleFault() throws Exception {
        String source = String.join("\n", "bits 16", "org 0xFFFFFF00",
            "start:", "    lidt [cs:empty_idt - 0xFFFF0000]", "    ud2",
            "empty_idt:", "    dw 0", "    dd 0",
            "    times 0xF0 - ($ - $$) db 0", "    jmp near start", "    times 0x100 - ($ - $$) db 0");
        Path image = dir.resolve("fault.bin");
        Files.write(image, Assembler.assemble("fault.asm", source).bytes());
        assertEquals(0, run("boot", "--pids", "0", "--reset-image", image.toString(), "--json"));
        JsonNode core = json().get("cores").get(0);
        assertTrue(core.get("tripleFault").asBoolean(), core.toString());
        assertTrue(core.get("reason").asText().contains("#DF"), core.get("reason").asText());
    }

    @Test
    void aCoreThatPrintsForEverKeepsTheStartAndEndOfItsConsoleAndStreamsEveryEventToTheTraceFile() throws Exception {
        String source = String.join("\n", "bits 16", "org 0xFFFFFF00",
            "start:", "    mov dx, 0xE9", "    mov al, 'x'", ".again:", "    out dx, al", "    jmp .again",
            "    times 0xF0 - ($ - $$) db 0", "    jmp near start", "    times 0x100 - ($ - $$) db 0");
        Path image = dir.resolve("chatty.bin");
        Files.write(image, Assembler.assemble("chatty.asm", source).bytes());
        Path trace = dir.resolve("chatty.trace");
        // Reset code runs with the reset's CR0.CD set: no line is ever filled, so each pass of the
        // loop fetches its instructions from memory (a few hundred cycles a character).
        assertEquals(0, run("boot", "--pids", "0", "--reset-image", image.toString(), "--max-cycles", "40000000",
            "--trace", trace.toString(), "--json"));
        JsonNode report = json();
        String console = report.get("cores").get(0).get("console").asText();
        assertTrue(console.contains(" bytes left out ...]"), "more than the console keeps was printed");
        assertTrue(console.length() < 70_000, "the console is bounded, got " + console.length() + " characters");
        assertTrue(console.startsWith("xxxx") && console.endsWith("xxxx"));
        long events;
        try (var lines = Files.lines(trace)) {
            events = lines.count();
        }
        assertEquals(report.get("traceEvents").asLong(), events, "every event reached the trace file");
        assertTrue(events > 100_000, "one event per character printed: " + events);
    }

    @Test
    void missingResetImageIsAUsageErrorNamingTheFile() {
        assertEquals(2, run("boot", "--reset-image", dir.resolve("nope.bin").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("nope.bin: no such file"));
    }

    @Test
    void badPidListIsAUsageError() {
        assertEquals(2, run("boot", "--pids", "3,48"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("core 48 does not exist"));
    }

    @Test
    void pidRangesExpandInOrder() {
        assertEquals(List.of(0, 1, 2, 12), BootCommand.parsePids("12,0-2"));
    }

    @Test
    void theShippedResetExampleAssemblesAndGreetsOnTheConsole() throws Exception {
        Path binary = dir.resolve("hello.bin");
        assertEquals(0, run("asm", "../examples/reset/hello.asm", "-o", binary.toString()));
        assertEquals(4096, Files.size(binary), "one page ending at 0xFFFFFFFF");
        out.reset();
        assertEquals(0, run("boot", "--pids", "0", "--reset-image", binary.toString(), "--json"));
        JsonNode core = json().get("cores").get(0);
        assertEquals("Hello from the reset vector\n", core.get("console").asText());
        assertTrue(core.get("halted").asBoolean());
    }

    @Test
    void assemblyErrorsNameTheFileAndLine() throws Exception {
        Path source = dir.resolve("broken.asm");
        Files.writeString(source, "bits 16\n    movq ax, 1\n");
        assertEquals(1, run("asm", source.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("broken.asm:2"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void helpPrintsUsageAndSucceeds() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("usage: eduscc"));
    }

    @Test
    void traceIntoAMissingFolderIsAUsageError() {
        assertEquals(2, run("boot", "--cores", "1", "--trace", dir.resolve("no/such/dir/trace.txt").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--trace"));
    }

    @Test
    void traceFileHoldsEveryEventInOrder() throws Exception {
        Path trace = dir.resolve("trace.txt");
        assertEquals(0, run("boot", "--cores", "1", "--trace", trace.toString(), "--json"));
        List<String> lines = Files.readAllLines(trace);
        assertEquals(json().get("traceEvents").asLong(), lines.size());
        assertTrue(lines.get(0).startsWith("0 0 0 ResetReleased"), lines.get(0));
    }

    @Test
    void maxCyclesOutOfRangeIsAUsageError() {
        assertEquals(2, run("boot", "--max-cycles", "0"));
        assertEquals(2, run("boot", "--max-cycles", "0x7fffffffffffffff"));
    }

    @Test
    void resetImageOver16MegabytesIsAUsageError() throws Exception {
        Path big = dir.resolve("big.bin");
        Files.write(big, new byte[(16 << 20) + 1]);
        assertEquals(2, run("boot", "--reset-image", big.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("1 byte to 16 MiB"));
    }
}
