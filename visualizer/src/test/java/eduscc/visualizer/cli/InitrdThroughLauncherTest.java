package eduscc.visualizer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.kernel.boot.InitialRamdisk;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./eduscc initrd} reaches the labs' command through the launcher's entry, and so does its help. */
class InitrdThroughLauncherTest {
    @TempDir
    Path dir;

    @Test
    void initrdWritesTheImageAndHelpNamesIt() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("programs"));
        Files.writeString(folder.resolve("motd"), "welcome\n");
        Path image = dir.resolve("initrd.img");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(out, true, StandardCharsets.UTF_8);
        assertEquals(0, Main.run(List.of("initrd", folder.toString(), "-o", image.toString()), stream, stream));
        assertEquals(List.of("motd"), eduscc.kernel.boot.RamdiskImage.read(Files.readAllBytes(image), "x").files()
            .stream().map(eduscc.kernel.boot.RamdiskFile::name).toList());
        assertEquals(InitialRamdisk.HEADER_SIZE + InitialRamdisk.ENTRY_SIZE + 8, Files.size(image));
        out.reset();
        assertEquals(0, Main.run(List.of("--help"), stream, stream));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("eduscc initrd DIR -o FILE"));
    }
}
