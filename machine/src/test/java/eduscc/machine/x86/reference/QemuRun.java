package eduscc.machine.x86.reference;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs a BIOS image on {@code qemu-system-i386} (TCG, no firmware of its own, no devices but the
 * debug console on port 0xE9 and the debug-exit port 0xF4) and returns what it wrote to port
 * 0xE9. QEMU is the reference no one on this project wrote; it is not always right (see
 * {@code SdmOverQemuTest}), which is why a disagreement is a question, not a verdict.
 */
final class QemuRun {
    static final String BINARY = "qemu-system-i386";
    /** A safety net for a QEMU that does not exit: an image runs in well under a second. */
    private static final long TIMEOUT_SECONDS = 60;

    private QemuRun() {
    }

    /** The QEMU binary named by {@code -Deduscc.qemu=FILE}, else the one on the PATH, if there is one. */
    static Optional<Path> find() {
        String named = System.getProperty("eduscc.qemu");
        if (named != null) {
            return Files.isExecutable(Path.of(named)) ? Optional.of(Path.of(named)) : Optional.empty();
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, BINARY);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    static byte[] run(Path qemu, byte[] image, Path workDir) throws IOException, InterruptedException {
        Path bios = Files.write(workDir.resolve("image.bin"), image);
        Path debugcon = workDir.resolve("debugcon.bin");
        Files.deleteIfExists(debugcon);
        Path log = workDir.resolve("qemu.log");
        List<String> command = List.of(qemu.toString(),
            "-nodefaults", "-nographic", "-display", "none", "-monitor", "none", "-serial", "none",
            "-no-reboot", "-m", "16", "-accel", "tcg",
            "-bios", bios.toString(),
            "-chardev", "file,id=debugcon,path=" + debugcon,
            "-device", "isa-debugcon,iobase=0xe9,chardev=debugcon",
            "-device", "isa-debug-exit,iobase=0xf4,iosize=1");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new IOException(BINARY + " did not exit within " + TIMEOUT_SECONDS + " s on " + bios);
        }
        // isa-debug-exit makes QEMU exit with (value << 1) | 1: the image writes 0 when it has finished.
        if (process.exitValue() != 1) {
            throw new IOException(BINARY + " exited with " + process.exitValue() + " instead of 1 (debug exit 0) on "
                + bios + ": " + Files.readString(log).strip());
        }
        return Files.exists(debugcon) ? Files.readAllBytes(debugcon) : new byte[0];
    }
}
