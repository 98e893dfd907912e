package eduscc.exercises.observing;

/**
 * One message of the child JVM's report to the grader (see {@link FrameSeal} for how it travels).
 *
 * @param type     {@link #BEGIN}, {@link #OBSERVED}, {@link #KIT_USE}, {@link #MISBEHAVED} or {@link #DONE}
 * @param check    the check it is about (its index), or -1
 * @param observed for {@link #OBSERVED}: what the check saw
 * @param text     for {@link #KIT_USE} and {@link #MISBEHAVED}: what was found
 */
public record Frame(String type, int check, CheckObservations observed, String text) {
    /** A check starts: the grader's wall-clock limit for it runs from here. */
    public static final String BEGIN = "begin";
    /** A check ended (or the code under test threw): here is what it saw. */
    public static final String OBSERVED = "observed";
    /** The queue under test holds or names the kit's own implementation. */
    public static final String KIT_USE = "kit-use";
    /** The code under test broke a limit of the child (too many threads); the child stops. */
    public static final String MISBEHAVED = "misbehaved";
    /** Every check ran; the child stops. */
    public static final String DONE = "done";

    public static Frame begin(int check) {
        return new Frame(BEGIN, check, null, null);
    }

    public static Frame observed(int check, CheckObservations observed) {
        return new Frame(OBSERVED, check, observed, null);
    }

    public static Frame text(String type, String text) {
        return new Frame(type, -1, null, text);
    }
}
