package eduscc.kernel.mm;

import eduscc.kernel.plugin.PluginRegistry;
import java.util.List;

/**
 * The ELF loaders a lab may name, by name (DESIGN §7: a scenario file never names a
 * class, only a plug-in the kit registered), as {@code eduscc.kernel.sched.ReadyQueuePlugins} does
 * for ready queues. The kit's own {@link ElfLoader} is always there as {@code "kit"};
 * the exercises register the student's version as {@code "student"} before any lab is read.
 *
 * <p>Names are kept sorted, so that every list of them, and every error that shows them, reads the
 * same on every run.
 */
public final class ElfLoaderPlugins {
    /** The name of the kit's own implementation. */
    public static final String KIT = PluginRegistry.KIT;

    private static final PluginRegistry<ProgramLoaderFactory> PLUGINS =
        new PluginRegistry<>("elf-loader", "ELF loader", ProgramLoaderFactory.KIT);

    private ElfLoaderPlugins() {
    }

    /** See {@link PluginRegistry#register}. */
    public static void register(String name, ProgramLoaderFactory factory) {
        PLUGINS.register(name, factory);
    }

    /** See {@link PluginRegistry#get}. */
    public static ProgramLoaderFactory get(String name) {
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
