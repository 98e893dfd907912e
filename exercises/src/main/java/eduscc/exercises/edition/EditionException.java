package eduscc.exercises.edition;

/** Why the student edition cannot be made: a plan that does not fit the kit, or a folder that cannot be written. */
public final class EditionException extends RuntimeException {
    public EditionException(String message) {
        super(message);
    }
}
