package eduscc.exercises.observing;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one check saw the code under test do: a list of values, each with a label in the student's
 * terms ("tasksAt(8) after enqueueing t1, t2, t3"). The checks never decide whether they passed;
 * the grader runs the same check on the kit's reference and compares what both showed
 * ({@link Judge}). That is what lets the code under test run in another JVM: what crosses back is
 * text, not a verdict.
 *
 * <p>A value is turned into text the moment it is seen, so nothing the code does afterwards can
 * change it. An object the check made itself (a task) shows as the name the check gave it; an
 * equal-looking object the check never made shows as a stranger, which catches a queue that hands
 * back copies.
 */
public final class Observer {
    private final List<String> labels = new ArrayList<>();
    private final List<String> values = new ArrayList<>();
    /** Identity, not equality: a copy of a task is not the task. Only looked up, never iterated. */
    private final Map<Object, String> names = new IdentityHashMap<>();
    private final Runnable afterEachCall;

    /** @param afterEachCall run before each value is recorded, i.e. after each call of the code under test */
    public Observer(Runnable afterEachCall) {
        this.afterEachCall = afterEachCall;
    }

    public Observer() {
        this(() -> { });
    }

    /** Gives an object the check made a name to show it by; returns the object. */
    public <T> T name(T object, String name) {
        names.put(object, name);
        return object;
    }

    /** Records a value the code under test gave (or left behind). */
    public void see(String what, Object value) {
        afterEachCall.run();
        labels.add(what);
        values.add(render(value));
    }

    /** Records a 32-bit bitmap, shown in hex. */
    public void seeBitmap(String what, int bitmap) {
        see(what, hex(bitmap));
    }

    /** Runs code that the contract says must throw {@code type}, and records what it did. */
    public void seeThrows(String what, Class<? extends Throwable> type, Runnable code) {
        String outcome;
        try {
            code.run();
            outcome = "nothing thrown";
        } catch (RuntimeException | Error e) {
            outcome = type.isInstance(e) ? type.getSimpleName()
                : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        see(what, outcome);
    }

    public List<String> labels() {
        return List.copyOf(labels);
    }

    public List<String> values() {
        return List.copyOf(values);
    }

    public static String hex(int bitmap) {
        return String.format("0x%08x", bitmap);
    }

    /** How a value shows in a label or a combined value: the same text {@link #see} would record. */
    public String show(Object value) {
        return render(value);
    }

    private String render(Object value) {
        if (value == null) {
            return "null";
        }
        String name = names.get(value);
        if (name != null) {
            return name;
        }
        if (value instanceof String || value instanceof Number || value instanceof Boolean || value instanceof Enum) {
            return value.toString();
        }
        if (value instanceof List<?> list) {
            List<String> items = new ArrayList<>();
            for (Object item : list) {
                items.add(render(item));
            }
            return items.toString();
        }
        return "an object the check never made (" + trustedText(value) + ")";
    }

    /** The kit's and the JDK's objects describe themselves; anything else only by its class, so no unknown code runs here. */
    private static String trustedText(Object value) {
        String cls = value.getClass().getName();
        boolean trusted = cls.startsWith("java.") || cls.startsWith("eduscc.kernel.");
        return trusted ? value.toString() : cls;
    }
}
