package eduscc.kernel.plugin;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The implementations of one part of the kernel that a lab may name, by name (DESIGN §7: a
 * scenario file never names a class, only a plug-in the kit registered). The kit's own
 * implementation is always there as {@value #KIT}; an exercise registers the student's version,
 * usually as {@code "student"}, before any lab is read.
 *
 * <p>Names are kept sorted, so that every list of them, and every error that shows them, reads the
 * same on every run.
 *
 * @param <F> the factory that makes the part for one core's kernel
 */
public final class PluginRegistry<F> {
    /** The name of the kit's own implementation. */
    public static final String KIT = "kit";

    private final String part;
    private final String what;
    private final Map<String, F> plugins = new TreeMap<>();

    /**
     * @param part what the plug-ins are for, as errors name it: {@code "ready-queue"}, {@code "page-fault"}
     * @param what what the kit's own one is: {@code "ready queue"}, {@code "page-fault resolver"}
     * @param kit  the factory of the kit's own implementation
     */
    public PluginRegistry(String part, String what, F kit) {
        this.part = part;
        this.what = what;
        plugins.put(KIT, Objects.requireNonNull(kit, "kit"));
    }

    /**
     * Makes {@code factory} available to labs under {@code name}; registering a name again replaces
     * the earlier factory (a rebuilt exercise), except {@value #KIT}, which always means the kit's.
     *
     * @param name lower-case letters, digits and dashes, e.g. {@code "student"}
     * @throws IllegalArgumentException for a malformed name or an attempt to replace {@value #KIT}
     */
    public synchronized void register(String name, F factory) {
        Objects.requireNonNull(factory, "factory");
        if (name == null || !name.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("a " + part + " plug-in name is lower-case letters, digits and dashes,"
                + " got '" + name + "'");
        }
        if (name.equals(KIT)) {
            throw new IllegalArgumentException("'kit' is the kit's own " + what + " and cannot be replaced");
        }
        plugins.put(name, factory);
    }

    /**
     * The factory registered under {@code name}.
     *
     * @throws IllegalArgumentException naming the unknown name and every known one, sorted
     */
    public synchronized F get(String name) {
        F factory = plugins.get(name);
        if (factory == null) {
            throw new IllegalArgumentException("no " + part + " plug-in named '" + name + "'; known: "
                + String.join(", ", plugins.keySet()));
        }
        return factory;
    }

    /** Whether a lab may name {@code name}. */
    public synchronized boolean isRegistered(String name) {
        return plugins.containsKey(name);
    }

    /** Every registered name, sorted. */
    public synchronized List<String> names() {
        return List.copyOf(plugins.keySet());
    }
}
