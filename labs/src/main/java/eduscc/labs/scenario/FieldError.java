package eduscc.labs.scenario;

/**
 * A value in a scenario that breaks a rule, found while its record is built: the field it is in
 * (relative to that record, e.g. {@code priority} or {@code steps[3]}) and what is wrong. The
 * reader turns it into a {@link ScenarioException} with the file and the full path.
 */
public final class FieldError extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String field;

    public FieldError(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
    }

    /** The field, relative to the record that refused it. */
    public String field() {
        return field;
    }

    /** What is wrong with it, without the field. */
    public String problem() {
        return getMessage().substring(field.length() + 2);
    }

    /** A required field that the file left out (or set to null). */
    static <T> T required(T value, String field, String whatItIs) {
        if (value == null) {
            throw new FieldError(field, "missing: " + whatItIs);
        }
        return value;
    }

    /** A whole number that must lie in {@code min..max}. */
    static long inRange(long value, long min, long max, String field) {
        if (value < min || value > max) {
            throw new FieldError(field, "must be " + min + ".." + max + ", got " + value);
        }
        return value;
    }

    /** A non-blank name of at most 24 letters, digits, dots, dashes or underscores. */
    static String name(String value, String field) {
        required(value, field, "a name of letters, digits, '-', '_' or '.'");
        if (!value.matches("[A-Za-z0-9_.-]{1,24}")) {
            throw new FieldError(field, "a name is 1..24 letters, digits, '-', '_' or '.', got \"" + value + "\"");
        }
        return value;
    }
}
