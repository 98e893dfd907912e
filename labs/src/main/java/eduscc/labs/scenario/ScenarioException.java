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
        super(file + ": " + (path.isEmpty() ? "" : path + ": ") + problem);
        this.file = file;
        this.path = path;
        this.problem = problem;
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
