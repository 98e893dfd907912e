package eduscc.labs.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.kernel.boot.InitialRamdisk;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eduscc initrd DIR -o FILE} and {@code boot --initrd FILE}, as a student types them. */
class InitrdCommandTest {
    @TempDir
    Path dir;

    private Path files;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void twoFiles() throws Exception {
        files = Files.createDirectory(dir.resolve("files"));
        Files.writeString(files.resolve("hello.txt"), "hello\n");
        Files.write(files.resolve("data.bin"), new byte[] {1, 2, 3});
    }

    private int run(String... args) {
        return Main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void packsTheFolderAndListsWhereEachFileLies() throws Exception {
        Path image = dir.resolve("initrd.img");
        assertEquals(0, run("initrd", files.toString(), "-o", image.toString()));
        assertArrayEquals(InitialRamdisk.fromFolder(files, "/bin"), Files.readAllBytes(image));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith(files + ": 2 files, 417 bytes, mounted at /bin -> " + image), text);
        // data.bin sorts first: header 136 + 2 entries of 136 = 408; hello.txt follows its 3 bytes.
        assertTrue(text.contains("data.bin                 offset     408        3 bytes  at 0x00400198"), text);
        assertTrue(text.contains("hello.txt                offset     411        6 bytes  at 0x0040019B"), text);
    }

    @Test
    void mountOptionChangesTheMountPoint() throws Exception {
        Path image = dir.resolve("initrd.img");
        assertEquals(0, run("initrd", files.toString(), "-o", image.toString(), "--mount", "/"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("mounted at / ->"));
    }

    @Test
    void aMissingFolderIsNamedAndMissingOutputIsAUsageError() {
        Path missing = dir.resolve("nope");
        assertEquals(1, run("initrd", missing.toString(), "-o", dir.resolve("x.img").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("initrd: " + missing + ": no such folder"),
            err.toString(StandardCharsets.UTF_8));
        assertEquals(2, run("initrd", files.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("initrd needs -o FILE"));
    }

    @Test
    void anImageInsideTheFolderIsRefused() {
        assertEquals(2, run("initrd", files.toString(), "-o", files.resolve("initrd.img").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("so the next run would pack the image into itself"));
        assertTrue(Files.notExists(files.resolve("initrd.img")));
    }

    @Test
    void bootPlacesTheStudentsRamdiskAndSaysWhatItHolds() throws Exception {
        Path image = dir.resolve("initrd.img");
        assertEquals(0, run("initrd", files.toString(), "-o", image.toString()));
        out.reset();
        assertEquals(0, run("boot", "--pids", "0", "--initrd", image.toString()));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("initrd " + image + ": 2 files mounted at /bin, at 0x00400000..0x004001A1"), text);
        assertTrue(text.contains("1 of 1 core(s) reached the kernel entry"), text);
    }

    @Test
    void bootRefusesAFileThatIsNoRamdisk() throws Exception {
        Path notRamdisk = dir.resolve("hello.bin");
        Files.write(notRamdisk, new byte[200]);
        assertEquals(2, run("boot", "--pids", "0", "--initrd", notRamdisk.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--initrd " + notRamdisk
            + ": magic is 0x00000000, not 0x4711"), err.toString(StandardCharsets.UTF_8));
    }
}
