package eduscc.machine.x86.asm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Where {@code %include "NAME"} looks for NAME, in order, as NASM's {@code -I} folders do: the
 * first place that has the file wins. The command line searches the program's own folder and then
 * the kit's library (crt0.asm, syscalls.asm); the kernel builds its shipped programs against the
 * library alone.
 */
public interface IncludePath {
    /** Nowhere: every {@code %include} is an error. */
    IncludePath NONE = new IncludePath() {
        @Override
        public SourceFile find(String name) {
            return null;
        }

        @Override
        public String describe() {
            return "nowhere (this program is assembled without include files)";
        }
    };

    /**
     * The file {@code name}, or null when this place has none by that name.
     *
     * @throws UncheckedIOException when the file is there but cannot be read
     */
    SourceFile find(String name);

    /** Where this looks, for the message when a file is in none of the places, e.g. {@code the folder prog}. */
    String describe();

    /** This place first, then {@code next}. */
    default IncludePath then(IncludePath next) {
        IncludePath first = this;
        return new IncludePath() {
            @Override
            public SourceFile find(String name) {
                SourceFile found = first.find(name);
                return found != null ? found : next.find(name);
            }

            @Override
            public String describe() {
                return first.describe() + ", then " + next.describe();
            }
        };
    }

    /**
     * The files of {@code folder} and its subfolders, named in messages by their path relative to
     * it ({@code lib/util.asm}), so that one file reached by two spellings is still one file when
     * an include cycle is looked for.
     */
    static IncludePath folder(Path folder) {
        Path base = folder.toAbsolutePath().normalize();
        return new IncludePath() {
            @Override
            public SourceFile find(String name) {
                Path file;
                try {
                    file = base.resolve(name).normalize();
                } catch (InvalidPathException e) {
                    return null;
                }
                if (!Files.isRegularFile(file)) {
                    return null;
                }
                String shown = file.startsWith(base) ? base.relativize(file).toString() : file.toString();
                try {
                    return new SourceFile(shown, Files.readString(file, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + file + " (" + e.getClass().getSimpleName() + ")", e);
                }
            }

            @Override
            public String describe() {
                return "the folder " + folder;
            }
        };
    }
}
