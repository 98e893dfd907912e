package eduscc.kernel.ipc;

import eduscc.kernel.plugin.PluginRegistry;
import java.util.List;

/**
 * The send and receive implementations a lab may name, by name (DESIGN §7: a scenario file never
 * names a class, only a plug-in the kit registered), as {@code eduscc.kernel.lguest.HypercallPlugins}
 * does for hypercall dispatchers. The kit's own {@link KitMessagePassing} is always there as
 * {@code "kit"}; the exercises register the student's version as {@code "student"} before any lab
 * is read.
 *
 * <p>Names are kept sorted, so that every list of them, and every error that shows them, reads the
 * same on every run.
 */
public final class MessagingPlugins {
    /** The name of the kit's own implementation. */
    public static final String KIT = PluginRegistry.KIT;

    private static final PluginRegistry<MessagePassingFactory> PLUGINS =
        new PluginRegistry<>("messaging", "send and receive", MessagePassingFactory.KIT);

    private MessagingPlugins() {
    }

    /** See {@link PluginRegistry#register}. */
    public static void register(String name, MessagePassingFactory factory) {
        PLUGINS.register(name, factory);
    }

    /** See {@link PluginRegistry#get}. */
    public static MessagePassingFactory get(String name) {
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
