package eduscc.machine.x86.asm;

import java.util.Objects;

/**
 * A source file the assembler reads: the program itself or a file it includes with
 * {@code %include "NAME"}.
 *
 * @param name how messages and the listing name the file, for example {@code crt0.asm}
 * @param text the file's text
 */
public record SourceFile(String name, String text) {
    public SourceFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
    }
}
