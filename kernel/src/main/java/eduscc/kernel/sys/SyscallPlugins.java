package eduscc.kernel.sys;

import eduscc.kernel.plugin.PluginRegistry;
import java.util.List;

/**
 * The system calls beyond the kit's own dispatch ({@link ExtraSyscalls}) that a lab may name, by
 * name (DESIGN §7: a scenario file never names a class, only a plug-in the kit registered). The
 * kit's own {@link KitExtraSyscalls} is always there as {@code "kit"}; the exercises register the
 * student's version as {@code "student"} before any lab is read.
 */
public final class SyscallPlugins {
    /** The name of the kit's own implementation. */
    public static final String KIT = PluginRegistry.KIT;

    private static final PluginRegistry<ExtraSyscallsFactory> PLUGINS =
        new PluginRegistry<>("syscalls", "extra system calls", ExtraSyscallsFactory.KIT);

    private SyscallPlugins() {
    }

    /** See {@link PluginRegistry#register}. */
    public static void register(String name, ExtraSyscallsFactory factory) {
        PLUGINS.register(name, factory);
    }

    /** See {@link PluginRegistry#get}. */
    public static ExtraSyscallsFactory get(String name) {
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
