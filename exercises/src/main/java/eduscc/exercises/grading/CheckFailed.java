package eduscc.exercises.grading;

/** A check found the code under test doing something else than the contract says; the message says what. */
public final class CheckFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CheckFailed(String message) {
        super(message);
    }
}
