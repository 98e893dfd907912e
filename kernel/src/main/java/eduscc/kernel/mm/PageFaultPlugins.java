package eduscc.kernel.mm;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The page-fault resolvers a lab may name, by name (DESIGN §7: a scenario file never names a
 * class, only a plug-in the kit registered), as {@code eduscc.kernel.sched.ReadyQueuePlugins} does
 * for ready queues. The kit's own {@link KitPageFaultResolver} is always there as {@code "kit"};
 * the exercises register the student's version as {@code "student"} before any lab is read.
 *
 * <p>Names are kept sorted, so that every list of them, and every error that shows them, reads the
 * same on every run.
 */
public final class PageFaultPlugins {
    /** The name of the kit's own implementation. */
    public static final String KIT = "kit";

    private static final Map<String, PageFaultResolverFactory> PLUGINS = new TreeMap<>();

    static {
        PLUGINS.put(KIT, PageFaultResolverFactory.KIT);
    }

    private PageFaultPlugins() {
    }

    /**
     * Makes a page-fault resolver available to labs under {@code name}; registering a name again
     * replaces the earlier factory (a rebuilt exercise), except {@code "kit"}, which always means
     * the kit's.
     *
     * @param name lower-case letters, digits and dashes, e.g. {@code "student"}
     * @throws IllegalArgumentException for a malformed name or an attempt to replace {@code "kit"}
     */
    public static synchronized void register(String name, PageFaultResolverFactory factory) {
        Objects.requireNonNull(factory, "factory");
        if (name == null || !name.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("a page-fault plug-in name is lower-case letters, digits and dashes,"
                + " got '" + name + "'");
        }
        if (name.equals(KIT)) {
            throw new IllegalArgumentException("'kit' is the kit's own page-fault resolver and cannot be replaced");
        }
        PLUGINS.put(name, factory);
    }

    /**
     * The factory registered under {@code name}.
     *
     * @throws IllegalArgumentException naming the unknown name and every known one, sorted
     */
    public static synchronized PageFaultResolverFactory get(String name) {
        PageFaultResolverFactory factory = PLUGINS.get(name);
        if (factory == null) {
            throw new IllegalArgumentException("no page-fault plug-in named '" + name + "'; known: "
                + String.join(", ", PLUGINS.keySet()));
        }
        return factory;
    }

    /** Whether a lab may name {@code name}. */
    public static synchronized boolean isRegistered(String name) {
        return PLUGINS.containsKey(name);
    }

    /** Every registered name, sorted. */
    public static synchronized List<String> names() {
        return List.copyOf(PLUGINS.keySet());
    }
}
