package eduscc.kernel.mm;

import eduscc.kernel.plugin.PluginRegistry;
import java.util.List;

/**
 * The page-frame allocators a lab may name, by name (DESIGN §7: a scenario file never names a
 * class, only a plug-in the kit registered), as {@link PageFaultPlugins} does for page-fault
 * resolvers. The kit's own {@link KitPageFrames} is always there as {@code "kit"}; the exercises
 * register the student's version as {@code "student"} before any lab is read.
 */
public final class PageFramePlugins {
    /** The name of the kit's own implementation. */
    public static final String KIT = PluginRegistry.KIT;

    private static final PluginRegistry<PageFramesFactory> PLUGINS =
        new PluginRegistry<>("page-frame", "page-frame allocator", PageFramesFactory.KIT);

    private PageFramePlugins() {
    }

    /** See {@link PluginRegistry#register}. */
    public static void register(String name, PageFramesFactory factory) {
        PLUGINS.register(name, factory);
    }

    /** See {@link PluginRegistry#get}. */
    public static PageFramesFactory get(String name) {
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
