package eduscc.labs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.kernel.Kernel;
import eduscc.kernel.KernelConfig;
import eduscc.kernel.boot.SccBoot;
import eduscc.kernel.sched.Priority;
import eduscc.kernel.sched.Task;
import eduscc.machine.Machine;
import eduscc.machine.MachineConfig;
import eduscc.machine.chip.CoreId;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A student's program that includes the kit's crt0.asm and syscalls.asm, built as a student
 * builds it: {@code eduscc asm --elf}, then {@code eduscc initrd}; the image then boots and the
 * program runs from it.
 */
class AsmIncludeCommandTest {
    private static final String GREET = String.join("\n",
        "; greet: prints a line and exits with 7; its text is in a file of its own, included last (.data follows .text)",
        "%include \"crt0.asm\"",
        "%include \"syscalls.asm\"",
        "section .text",
        "main:",
        "    push length",
        "    push text",
        "    push 1",
        "    call write",
        "    add esp, 12",
        "    mov eax, 7",
        "    ret",
        "%include \"text.asm\"", "");

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void theKitsLibraryAndAFileBesideTheProgramAreIncludedAndTheRamdiskRunsIt() throws Exception {
        Path src = Files.createDirectory(dir.resolve("src"));
        Path bin = Files.createDirectory(dir.resolve("bin"));
        Files.writeString(src.resolve("greet.asm"), GREET);
        Files.writeString(src.resolve("text.asm"), "section .data\ntext: db \"greetings\", 10\nlength equ $ - text\n");
        assertEquals(0, run("asm", src.resolve("greet.asm").toString(), "--elf", "-o", bin.resolve("greet").toString()),
            err.toString(StandardCharsets.UTF_8));
        Path image = dir.resolve("greet.img");
        assertEquals(0, run("initrd", bin.toString(), "-o", image.toString()), err.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("  greet "), out.toString(StandardCharsets.UTF_8));

        Task[] task = new Task[1];
        KernelConfig config = new KernelConfig(100, 0, true, true).withPaging(true);
        try (Machine machine = SccBoot.boot(List.of(CoreId.of(0)), MachineConfig.DEFAULT, null, Files.readAllBytes(image),
            core -> new Kernel(core, config, k -> task[0] = k.createProcess("greet", Priority.NORMAL, "/bin/greet"))::boot)) {
            machine.run();
            assertEquals("greetings\n", machine.core(0).consoleText());
            assertEquals(7, task[0].probe().exitCode(), "main's return value, passed to exit by crt0");
        }
    }

    @Test
    void aFileBesideTheProgramWinsOverTheKitsOfTheSameName() throws Exception {
        Files.writeString(dir.resolve("crt0.asm"), "section .text\n_start:\n    mov eax, 0\n    mov ebx, 9\n    int 0x80\n");
        Files.writeString(dir.resolve("mine.asm"), "%include \"crt0.asm\"\n");
        assertEquals(0, run("asm", dir.resolve("mine.asm").toString(), "--elf", "--listing"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("<crt0.asm>     mov ebx, 9"),
            out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aMissingIncludeNamesTheLineAndWhereItLookedAndWritesNothing() throws Exception {
        Files.writeString(dir.resolve("typo.asm"), "%include \"crt0.asm\"\n%include \"sycalls.asm\"\nmain: ret\n");
        assertEquals(1, run("asm", dir.resolve("typo.asm").toString(), "--elf"));
        assertEquals("typo.asm:2: include file 'sycalls.asm' not found; looked in the folder " + dir
            + ", then the kit's library [crt0.asm, syscalls.asm]\n", err.toString(StandardCharsets.UTF_8));
        assertFalse(Files.exists(dir.resolve("typo")));
    }

    @Test
    void anIncludeCycleIsNamed() throws Exception {
        Files.writeString(dir.resolve("a.asm"), "%include \"b.asm\"\n");
        Files.writeString(dir.resolve("b.asm"), "nop\n%include \"a.asm\"\n");
        assertEquals(1, run("asm", dir.resolve("a.asm").toString(), "--elf"));
        assertEquals("b.asm:2: include cycle: a.asm includes b.asm includes a.asm again\n",
            err.toString(StandardCharsets.UTF_8));
    }
}
