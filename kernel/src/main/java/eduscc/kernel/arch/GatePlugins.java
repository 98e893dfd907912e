package eduscc.kernel.arch;

import eduscc.kernel.plugin.PluginRegistry;
import java.util.List;
import java.util.function.Supplier;

/**
 * The gate encoders a lab may name, by name (DESIGN §7: a scenario file never names a class, only a
 * plug-in the kit registered), as {@code eduscc.kernel.mm.PageFaultPlugins} does for page-fault
 * resolvers. The kit's own {@link KitGateEncoder} is always there as {@code "kit"}; the exercise
 * {@code idt-gates} registers the student's as {@code "student"}. Each entry makes one encoder per
 * core's kernel, since kernels share no Java objects.
 */
public final class GatePlugins {
    /** The name of the kit's own implementation. */
    public static final String KIT = PluginRegistry.KIT;

    private static final PluginRegistry<Supplier<GateEncoder>> PLUGINS =
        new PluginRegistry<>("idt-gates", "gate encoder", KitGateEncoder::new);

    private GatePlugins() {
    }

    /** See {@link PluginRegistry#register}. */
    public static void register(String name, Supplier<GateEncoder> encoders) {
        PLUGINS.register(name, encoders);
    }

    /** See {@link PluginRegistry#get}. */
    public static Supplier<GateEncoder> get(String name) {
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
