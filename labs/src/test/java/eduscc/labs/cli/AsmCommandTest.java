package eduscc.labs.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eduscc asm --elf}: a user program as a student builds it for the ramdisk. */
class AsmCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path source(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void elfOutputIsNamedAfterTheSourceWithoutExtensionAndStartsWithTheElfMagic() throws Exception {
        Path source = source("exit.asm", "_start:\n    mov eax, 1\n    int 0x80\n");
        assertEquals(0, run("asm", source.toString(), "--elf"));
        byte[] file = Files.readAllBytes(dir.resolve("exit"));
        assertArrayEquals(new byte[] {0x7F, 'E', 'L', 'F'}, Arrays.copyOf(file, 4));
        assertEquals(source + ": ELF32 executable, 7 bytes of code and data at 0x08048000, entry 0x08048000 -> "
            + dir.resolve("exit") + "\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void rawBinaryStaysTheDefault() throws Exception {
        Path source = source("exit.asm", "_start:\n    mov eax, 1\n");
        assertEquals(0, run("asm", source.toString()));
        assertArrayEquals(new byte[] {0x66, (byte) 0xB8, 1, 0, 0, 0}, Files.readAllBytes(dir.resolve("exit.bin")),
            "bits 16, as a core starts after reset");
    }

    @Test
    void aProgramWithoutStartIsReportedAndNothingIsWritten() throws Exception {
        Path source = source("nostart.asm", "main:\n    ret\n");
        assertEquals(1, run("asm", source.toString(), "--elf"));
        assertEquals("nostart.asm: no '_start:' label; an executable starts there, so put it on the program's"
            + " first instruction; or, for a main, %include \"crt0.asm\", whose _start calls it\n",
            err.toString(StandardCharsets.UTF_8));
        assertFalse(Files.exists(dir.resolve("nostart")));
    }

    @Test
    void aSourceWithoutTheAsmExtensionIsNotOverwritten() throws Exception {
        Path source = source("exit", "_start: ret\n");
        assertEquals(2, run("asm", source.toString(), "--elf"));
        assertEquals("_start: ret\n", Files.readString(source));
    }
}
