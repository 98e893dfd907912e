package eduscc.kernel.sched;

import eduscc.kernel.plugin.PluginRegistry;
import java.util.List;
import java.util.function.Supplier;

/**
 * The C halves of the software context switch a lab may name, by name (DESIGN §7: a scenario file
 * never names a class, only a plug-in the kit registered), as {@code eduscc.kernel.arch.GdtPlugins}
 * does for GDT encoders. The kit's own {@link KitSwitchContext} is always there as {@code "kit"};
 * the exercise {@code switch-context} registers the student's as {@code "student"}. Each entry makes
 * one per core's kernel, since kernels share no Java objects. Only a core that switches by software
 * uses it.
 */
public final class SwitchContextPlugins {
    /** The name of the kit's own implementation. */
    public static final String KIT = PluginRegistry.KIT;

    private static final PluginRegistry<Supplier<SwitchContextParts>> PLUGINS =
        new PluginRegistry<>("context-switch", "software switch's C half", KitSwitchContext::new);

    private SwitchContextPlugins() {
    }

    /** See {@link PluginRegistry#register}. */
    public static void register(String name, Supplier<SwitchContextParts> parts) {
        PLUGINS.register(name, parts);
    }

    /** See {@link PluginRegistry#get}. */
    public static Supplier<SwitchContextParts> get(String name) {
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
