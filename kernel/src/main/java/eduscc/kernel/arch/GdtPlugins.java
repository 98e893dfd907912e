package eduscc.kernel.arch;

import eduscc.kernel.plugin.PluginRegistry;
import java.util.List;
import java.util.function.Supplier;

/**
 * The GDT encoders a lab may name, by name (DESIGN §7: a scenario file never names a class, only a
 * plug-in the kit registered), as {@code eduscc.kernel.mm.PageFaultPlugins} does for page-fault
 * resolvers. The kit's own {@link KitGdtEncoder} is always there as {@code "kit"}; the exercise
 * {@code gdt} registers the student's as {@code "student"}. Each entry makes one encoder per
 * core's kernel, since kernels share no Java objects.
 */
public final class GdtPlugins {
    /** The name of the kit's own implementation. */
    public static final String KIT = PluginRegistry.KIT;

    private static final PluginRegistry<Supplier<GdtEncoder>> PLUGINS =
        new PluginRegistry<>("gdt", "GDT encoder", KitGdtEncoder::new);

    private GdtPlugins() {
    }

    /** See {@link PluginRegistry#register}. */
    public static void register(String name, Supplier<GdtEncoder> encoders) {
        PLUGINS.register(name, encoders);
    }

    /** See {@link PluginRegistry#get}. */
    public static Supplier<GdtEncoder> get(String name) {
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
