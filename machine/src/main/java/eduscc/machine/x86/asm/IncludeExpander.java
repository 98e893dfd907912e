package eduscc.machine.x86.asm;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * NASM's {@code %include "NAME"}: the lines of file NAME take the place of the directive, as if
 * they had been typed there, and each keeps its own file and line for messages. This is how a
 * program shares code with others (the kit's crt0.asm and syscalls.asm) without a linker: one
 * assembly of everything, which is all a static program of a few hundred lines needs.
 *
 * <p>An included file may include others. A file that would include itself again, directly or
 * through others, is an error naming the chain, since it could never end. {@code %include} is the
 * only preprocessor directive the kit knows; any other line starting with {@code %} is an error
 * that says so, rather than a puzzling message about the character {@code %}.
 */
final class IncludeExpander {
    /** A bound beside the cycle check, for files that reach one another by ever new spellings. */
    static final int MAX_DEPTH = 16;

    private final IncludePath path;
    private final List<SourceLine> lines = new ArrayList<>();
    /** The files being read, outermost first: the chain a cycle is reported with. */
    private final List<String> open = new ArrayList<>();

    private IncludeExpander(IncludePath path) {
        this.path = path;
    }

    /** The program's lines with every {@code %include} expanded in place. */
    static List<SourceLine> expand(SourceFile program, IncludePath path) {
        IncludeExpander expander = new IncludeExpander(path);
        expander.read(program, false);
        return expander.lines;
    }

    private void read(SourceFile file, boolean included) {
        open.add(file.name());
        int number = 0;
        for (String text : (Iterable<String>) file.text().lines()::iterator) {
            number++;
            SourcePosition position = new SourcePosition(file.name(), number);
            String directive = directiveOf(text);
            if (directive == null) {
                lines.add(new SourceLine(position, text, included, false));
            } else if (directive.equals("%include")) {
                lines.add(new SourceLine(position, text, included, true));
                include(position, text);
            } else {
                throw position.error("unknown directive '" + directive + "'; the kit's assembler knows only"
                        + " %include \"FILE\"");
            }
        }
        open.remove(open.size() - 1);
    }

    private void include(SourcePosition at, String text) {
        String name = fileName(at, text);
        SourceFile file;
        try {
            file = path.find(name);
        } catch (UncheckedIOException e) {
            throw at.error("include file '" + name + "': " + e.getMessage());
        }
        if (file == null) {
            throw at.error("include file '" + name + "' not found; looked in " + path.describe());
        }
        if (open.contains(file.name())) {
            throw at.error("include cycle: " + String.join(" includes ", open) + " includes " + file.name()
                    + " again");
        }
        if (open.size() >= MAX_DEPTH) {
            throw at.error("includes nested more than " + MAX_DEPTH + " deep: " + String.join(" > ", open));
        }
        read(file, true);
    }

    /** The lower-case {@code %word} a line starts with, or null when it does not start with {@code %}. */
    private static String directiveOf(String text) {
        String trimmed = text.strip();
        if (!trimmed.startsWith("%")) {
            return null;
        }
        int end = 1;
        while (end < trimmed.length() && Character.isLetter(trimmed.charAt(end))) {
            end++;
        }
        return trimmed.substring(0, end).toLowerCase(Locale.ROOT);
    }

    /** NAME of {@code %include "NAME"} (single quotes too), with only a comment allowed after it. */
    private static String fileName(SourcePosition at, String text) {
        String rest = text.strip().substring("%include".length()).strip();
        char quote = rest.isEmpty() ? ' ' : rest.charAt(0);
        int close = quote == '"' || quote == '\'' ? rest.indexOf(quote, 1) : -1;
        if (close < 0) {
            throw at.error("%include needs a file name in quotes, e.g. %include \"crt0.asm\"");
        }
        String after = rest.substring(close + 1).strip();
        if (!after.isEmpty() && !after.startsWith(";")) {
            throw at.error("unexpected '" + after + "' after the file name of %include");
        }
        String name = rest.substring(1, close);
        if (name.isBlank()) {
            throw at.error("%include needs a file name, not \"\"");
        }
        return name;
    }
}
