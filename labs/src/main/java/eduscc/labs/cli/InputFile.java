package eduscc.labs.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A file the user named on the command line, read whole. Only a regular file is read: opening a
 * named pipe waits until someone writes to it, and a device may never end, so either would leave
 * {@code asm}, {@code disasm} or {@code boot} waiting for ever without a word.
 */
final class InputFile {

    private InputFile() {
    }

    /**
     * The file's bytes.
     *
     * @param label how errors name the file, e.g. {@code "--reset-image hello.bin"} or just the path
     * @throws UsageError when the file is missing, not a regular file or unreadable
     */
    static byte[] read(Path file, String label) {
        requireRegular(file, label);
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UsageError(label + ": no such file");
        } catch (IOException e) {
            throw new UsageError(label + ": cannot read it (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** Refuses a folder, pipe or device before anything opens it. */
    static void requireRegular(Path file, String label) {
        if (!Files.exists(file)) {
            throw new UsageError(label + ": no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw new UsageError(label + ": not a regular file (a folder, pipe or device)");
        }
    }
}
