package eduscc.labs.cli;

import eduscc.kernel.boot.InitialRamdisk;
import eduscc.kernel.boot.RamdiskFile;
import eduscc.kernel.boot.RamdiskImage;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code eduscc initrd DIR -o FILE [--mount PATH]}: the kit's make_initrd. Packs the files of a
 * folder, sorted by name, into an initial ramdisk in eduOS's format for {@code boot --initrd}, and
 * lists where each file landed, so a student can find its bytes in the memory view.
 */
final class InitrdCommand {
    private final PrintStream out;
    private final PrintStream err;

    InitrdCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(Arguments args) {
        Path folder = null;
        Path output = null;
        String mountPoint = InitialRamdisk.DEFAULT_MOUNT_POINT;
        while (args.hasNext()) {
            String word = args.next();
            switch (word) {
                case "-o" -> output = Path.of(args.value("-o"));
                case "--mount" -> mountPoint = args.value("--mount");
                default -> {
                    if (word.startsWith("-") || folder != null) {
                        throw new UsageError("unknown initrd argument '" + word + "'");
                    }
                    folder = Path.of(word);
                }
            }
        }
        if (folder == null) {
            throw new UsageError("initrd needs a folder of files");
        }
        if (output == null) {
            throw new UsageError("initrd needs -o FILE, where the ramdisk image goes");
        }
        if (output.toAbsolutePath().normalize().getParent().equals(folder.toAbsolutePath().normalize())) {
            throw new UsageError("initrd: -o " + output + " lies in " + folder + ", so the next run would pack the image"
                + " into itself; write it beside the folder");
        }
        byte[] image;
        try {
            image = InitialRamdisk.fromFolder(folder, mountPoint);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            err.println("eduscc " + e.getMessage());
            return 1;
        }
        try {
            Files.write(output, image);
        } catch (IOException e) {
            err.println("eduscc initrd: cannot write " + output + " (" + e.getClass().getSimpleName() + ")");
            return 1;
        }
        RamdiskImage read = RamdiskImage.read(image, output.toString());
        out.printf("%s: %d files, %d bytes, mounted at %s -> %s%n", folder, read.files().size(), image.length,
            read.mountPoint(), output);
        for (int i = 0; i < read.files().size(); i++) {
            RamdiskFile file = read.files().get(i);
            out.printf("  %-24s offset %7d  %7d bytes  at 0x%08X%n", file.name(), read.offsets().get(i),
                file.data().length, InitialRamdisk.ADDRESS + read.offsets().get(i));
        }
        return 0;
    }
}
