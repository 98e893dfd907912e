package eduscc.labs.cli;

/** A mistake on the command line: printed with the usage, exit code 2. */
public final class UsageError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UsageError(String message) {
        super(message);
    }
}
