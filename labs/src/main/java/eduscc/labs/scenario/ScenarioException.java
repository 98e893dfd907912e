package eduscc.labs.scenario;

/**
 * A scenario file the kit cannot run, with the file and the field at fault in the message, e.g.
 * {@code scheduling.json: cores[0].tasks[2].priority: must be 1..31, got 40} (DESIGN §7). Never a
 * parser's stack trace: the command line prints the message and nothing else.
 */
public final class ScenarioException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final String path;
    private final String problem;

    /**
     * @param file    the file as the user named it (or the shipped lab's file name)
     * @param path    the field, e.g. {@code cores[0].tasks[2].priority}; empty for the whole file
     * @param problem what is wrong, in words for the lecturer
     */
    public ScenarioException(String file, String path, String problem) {
        super(file + ": " + (path.isEmpty() ? "" : excerpt(path) + ": ") + excerpt(problem));
        this.file = file;
        this.path = excerpt(path);
        this.problem = excerpt(problem);
    }

    /** Longest run of the file's own text an error quotes; a longer one is cut and its length said. */
    static final int EXCERPT = 40;

    /**
     * The text with every long run of one word or quoted value cut to a short excerpt, e.g.
     * {@code "xxxxxxxx..." (5000000 characters)}: a hostile or broken file's 5 MB name must not
     * come back whole in a one-line error.
     */
    static String excerpt(String raw) {
        String text = oneLine(raw);
        if (text.length() <= 2 * EXCERPT) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean separator = c == '"' || c == ' ' || c == '.' || c == ',' || c == '[' || c == ':';
            run = separator ? 0 : run + 1;
            if (run <= EXCERPT) {
                out.append(c);
                continue;
            }
            int end = i;
            while (end < text.length() && "\" .,[:".indexOf(text.charAt(end)) < 0) {
                end++;
            }
            boolean quoted = end < text.length() && text.charAt(end) == '"';
            out.append(quoted ? "...\" (" : "... (").append(end - i + EXCERPT).append(" characters)");
            i = quoted ? end : end - 1;
            run = 0;
        }
        return out.toString();
    }

    /**
     * Control characters quoted from the file (a step text's line break, say) written as JSON
     * escapes, so the error stays one line on the terminal.
     */
    private static String oneLine(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c != 0x7F) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            out.append(switch (c) {
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                default -> String.format("\\u%04X", (int) c);
            });
        }
        return out == null ? text : out.toString();
    }

    public String file() {
        return file;
    }

    public String path() {
        return path;
    }

    public String problem() {
        return problem;
    }
}
