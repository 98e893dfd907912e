package eduscc.labs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.machine.x86.asm.Assembler;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eduscc disasm} as a student runs it on a reset image, and the mistakes it explains. */
class DisasmCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<String> lines() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path helloImage() {
        Path binary = dir.resolve("hello.bin");
        assertEquals(0, run("asm", "../examples/reset/hello.asm", "-o", binary.toString()));
        out.reset();
        return binary;
    }

    private Path image(String name, String source) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, Assembler.assemble(name, source).bytes());
        return file;
    }

    @Test
    void theShippedResetExampleReadsFromItsFirstInstructionToTheResetVector() {
        assertEquals(0, run("disasm", helloImage().toString()));
        List<String> lines = lines();
        assertTrue(lines.get(0).startsWith("; ") && lines.get(0).endsWith("4096 bytes at 0xFFFFF000, 16-bit code"),
            lines.get(0));
        assertEquals("FFFFF000  FA                    cli", lines.get(1));
        assertEquals("FFFFF007  2E8A04                mov al, [cs:si]", lines.get(4));
        assertEquals("FFFFF00C  7404                  je short 0xfffff012", lines.get(6));
        assertTrue(lines.contains("FFFFFFF0  E90DF0                jmp near 0xfffff000"), String.join("\n", lines));
        assertTrue(lines.contains("FFFFF031  ...                   ; 2015 more of the same, up to 0xFFFFFFEE"),
            "the zero padding is one line and a count");
        assertTrue(lines.size() < 40, lines.size() + " lines");
    }

    /** Decoding restarts at 0xFFFFFFF0, so a padding byte before it cannot swallow the jump there. */
    @Test
    void theResetVectorIsAnEntryPointEvenAfterAnOddByte() throws Exception {
        Path file = image("odd.asm", String.join("\n", "bits 16", "org 0xFFFFFFEF", "db 0x00", "jmp near $-0x100",
            "times 0x11 - ($ - $$) db 0"));
        assertEquals(0, run("disasm", file.toString()));
        assertEquals(List.of("FFFFFFEF  00                    db 0x00",
            "FFFFFFF0  E9FDFE                jmp near 0xfffffef0"), lines().subList(1, 3));
    }

    @Test
    void originAndBitsPlaceAndReadAnImageAnywhere() throws Exception {
        Path file = image("pm.asm", String.join("\n", "bits 32", "org 0x100000",
            "mov eax, 0x2BADB002", "lgdt [gdt]", "cl1invmb", "jmp 0x8:0x100000", "gdt: dw 0"));
        assertEquals(0, run("disasm", file.toString(), "--origin", "0x100000", "--bits", "32", "--to", "0x100015"));
        assertEquals(List.of("00100000  B802B0AD2B            mov eax, 0x2badb002",
            "00100005  0F011515001000        lgdt [0x100015]",
            "0010000C  0F0A                  cl1invmb",
            "0010000E  EA000010000800        jmp 0x8:0x100000"), lines().subList(1, 5));
        assertEquals(5, lines().size());
    }

    @Test
    void fromAndToPickARange() {
        assertEquals(0, run("disasm", helloImage().toString(), "--from", "0xFFFFF007", "--to", "0xFFFFF00C"));
        assertEquals(List.of("FFFFF007  2E8A04                mov al, [cs:si]",
            "FFFFF00A  3C00                  cmp al, 0x0"), lines().subList(1, 3));
        assertEquals(3, lines().size());
    }

    @Test
    void aRangeThatEndsMidInstructionShowsTheBytesBeforeTheEnd() {
        assertEquals(0, run("disasm", helloImage().toString(), "--from", "0xFFFFF001", "--to", "0xFFFFF003"));
        assertEquals(List.of("FFFFF001  BE13                  db 0xbe, 0x13"), lines().subList(1, 2));
    }

    @Test
    void allPrintsEveryInstructionOfARun() throws Exception {
        Path file = image("zeros.asm", "times 8 db 0");
        assertEquals(0, run("disasm", file.toString(), "--origin", "0"));
        assertEquals(3, lines().size(), "a header, one line and the count");
        out.reset();
        assertEquals(0, run("disasm", file.toString(), "--origin", "0", "--all"));
        assertEquals(5, lines().size(), "a header and four times add [bx+si], al");
    }

    @Test
    void missingFileIsAUsageErrorNamingTheFile() {
        assertEquals(2, run("disasm", dir.resolve("nope.bin").toString()));
        assertTrue(errors().contains("nope.bin: no such file"), errors());
    }

    @Test
    void badArgumentsAreUsageErrorsThatSayWhy() throws Exception {
        Path file = image("one.asm", "hlt");
        assertEquals(2, run("disasm"));
        assertTrue(errors().contains("disasm needs an image file"), errors());
        assertEquals(2, run("disasm", file.toString(), "--bits", "64"));
        assertTrue(errors().contains("--bits must be 16 or 32, got 64"), errors());
        assertEquals(2, run("disasm", file.toString(), "--origin", "0xZZ"));
        assertTrue(errors().contains("--origin needs a number, got '0xZZ'"), errors());
        assertEquals(2, run("disasm", file.toString(), "--origin", "0x100000000"));
        assertTrue(errors().contains("do not fit in the 4 GiB address space"), errors());
        assertEquals(2, run("disasm", file.toString(), "--quiet"));
        assertTrue(errors().contains("unknown disasm argument '--quiet'"), errors());
        Files.write(dir.resolve("empty.bin"), new byte[0]);
        assertEquals(2, run("disasm", dir.resolve("empty.bin").toString()));
        assertTrue(errors().contains("empty.bin: the file is empty"), errors());
    }

    @Test
    void aRangeOutsideTheImageIsAUsageErrorThatShowsTheImage() {
        String hello = helloImage().toString();
        assertEquals(2, run("disasm", hello, "--from", "0x1000"));
        assertTrue(errors().contains("--from 0x1000 is outside the image; the image covers 0xFFFFF000..0xFFFFFFFF"),
            errors());
        assertEquals(2, run("disasm", hello, "--to", "0x100000001"));
        assertTrue(errors().contains("--to 0x100000001 is outside the image"), errors());
        assertEquals(2, run("disasm", hello, "--from", "0xFFFFF010", "--to", "0xFFFFF008"));
        assertTrue(errors().contains("--from 0xFFFFF010 must come before --to 0xFFFFF008"), errors());
    }
}
