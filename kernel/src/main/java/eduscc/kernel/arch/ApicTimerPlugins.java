package eduscc.kernel.arch;

import eduscc.kernel.plugin.PluginRegistry;
import java.util.List;
import java.util.function.Supplier;

/**
 * The local APIC set-ups a lab may name, by name (DESIGN §7: a scenario file never names a class,
 * only a plug-in the kit registered), as {@link GdtPlugins} does for GDT encoders. The kit's own
 * {@link KitApicTimer} is always there as {@code "kit"}; the exercise {@code apic-timer} registers
 * the student's as {@code "student"}. Each entry makes one set-up per core's kernel, since kernels
 * share no Java objects.
 */
public final class ApicTimerPlugins {
    /** The name of the kit's own implementation. */
    public static final String KIT = PluginRegistry.KIT;

    private static final PluginRegistry<Supplier<ApicTimerSetup>> PLUGINS =
        new PluginRegistry<>("apic-timer", "local APIC set-up", KitApicTimer::new);

    private ApicTimerPlugins() {
    }

    /** See {@link PluginRegistry#register}. */
    public static void register(String name, Supplier<ApicTimerSetup> setups) {
        PLUGINS.register(name, setups);
    }

    /** See {@link PluginRegistry#get}. */
    public static Supplier<ApicTimerSetup> get(String name) {
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
