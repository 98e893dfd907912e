package eduscc.kernel.sched;

import eduscc.kernel.plugin.PluginRegistry;
import java.util.List;

/**
 * The ready queues a lab may name, by name (DESIGN §7: a scenario file never names a class, only a
 * plug-in the kit registered). The kit's own {@link ReadyQueues} is always there as {@code "kit"};
 * the exercises register the student's version as {@code "student"} before any lab is read.
 *
 * <p>Names are kept sorted, so that every list of them, and every error that shows them, reads the
 * same on every run.
 */
public final class ReadyQueuePlugins {
    /** The name of the kit's own implementation. */
    public static final String KIT = PluginRegistry.KIT;

    private static final PluginRegistry<ReadyQueueFactory> PLUGINS =
        new PluginRegistry<>("ready-queue", "ready queue", ReadyQueueFactory.KIT);

    private ReadyQueuePlugins() {
    }

    /** See {@link PluginRegistry#register}. */
    public static void register(String name, ReadyQueueFactory factory) {
        PLUGINS.register(name, factory);
    }

    /** See {@link PluginRegistry#get}. */
    public static ReadyQueueFactory get(String name) {
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
