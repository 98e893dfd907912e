package eduscc.kernel.mm;

import eduscc.kernel.plugin.PluginRegistry;
import java.util.List;

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
    public static final String KIT = PluginRegistry.KIT;

    private static final PluginRegistry<PageFaultResolverFactory> PLUGINS =
        new PluginRegistry<>("page-fault", "page-fault resolver", PageFaultResolverFactory.KIT);

    private PageFaultPlugins() {
    }

    /** See {@link PluginRegistry#register}. */
    public static void register(String name, PageFaultResolverFactory factory) {
        PLUGINS.register(name, factory);
    }

    /** See {@link PluginRegistry#get}. */
    public static PageFaultResolverFactory get(String name) {
        return PLUGINS.get(name);
    }

    /** Whether a lab may name {@code name}. */
    public static boolean isRegistered(String name) {
        return PLUGINS.isRegistered(name);
    }

    /** Every registered name, sorted. */
    public static List<String> names() {
        return PLUGINS.names();
    }
}
