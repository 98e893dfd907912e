package eduscc.kernel.sync;

import eduscc.kernel.plugin.PluginRegistry;
import java.util.List;

/**
 * The semaphore plug-ins a lab may name, by name (DESIGN §7: a scenario file never names a class,
 * only a plug-in the kit registered), as {@code eduscc.kernel.sched.ReadyQueuePlugins} does for
 * ready queues. The kit's own {@link KitWaitAndPost} is always there as {@code "kit"}; the
 * exercises register the student's version as {@code "student"} before any lab is read.
 */
public final class SemaphorePlugins {
    /** The name of the kit's own implementation. */
    public static final String KIT = PluginRegistry.KIT;

    private static final PluginRegistry<WaitAndPostFactory> PLUGINS =
        new PluginRegistry<>("semaphore", "semaphore wait and post", WaitAndPostFactory.KIT);

    private SemaphorePlugins() {
    }

    /** See {@link PluginRegistry#register}. */
    public static void register(String name, WaitAndPostFactory factory) {
        PLUGINS.register(name, factory);
    }

    /** See {@link PluginRegistry#get}. */
    public static WaitAndPostFactory get(String name) {
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
