package eduscc.labs.scenario;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The labs a graded exercise's check builds for itself, by name, so that a replay of such a check
 * can name its lab as a replay of any other names a shipped one (DESIGN §7: a file never carries a
 * lab or a class of its own, only names the kit knows). The exercises register theirs before any
 * replay is read; the names are kept sorted, and none may be a shipped lab's.
 */
public final class ExerciseLabs {
    private static final Map<String, Supplier<Scenario>> LABS = new TreeMap<>();

    private ExerciseLabs() {
    }

    /**
     * Registers the lab {@code name}, made by {@code lab} with the kit's plug-ins (a replay puts the
     * student's in); registering a name again replaces its lab.
     *
     * @throws IllegalArgumentException if a shipped lab has that name
     */
    public static synchronized void register(String name, Supplier<Scenario> lab) {
        if (ShippedLabs.isShipped(name)) {
            throw new IllegalArgumentException("'" + name + "' is a shipped lab's name");
        }
        LABS.put(name, lab);
    }

    public static synchronized boolean isRegistered(String name) {
        return LABS.containsKey(name);
    }

    /**
     * The registered lab {@code name}.
     *
     * @throws IllegalArgumentException if nobody registered it
     */
    public static synchronized Scenario load(String name) {
        Supplier<Scenario> lab = LABS.get(name);
        if (lab == null) {
            throw new IllegalArgumentException("no exercise lab named '" + name + "'; registered: " + String.join(", ", names()));
        }
        return lab.get();
    }

    /** Every registered name, sorted. */
    public static synchronized List<String> names() {
        return List.copyOf(LABS.keySet());
    }
}
