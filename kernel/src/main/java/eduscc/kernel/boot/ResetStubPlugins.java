package eduscc.kernel.boot;

import eduscc.kernel.plugin.PluginRegistry;
import eduscc.machine.x86.asm.Assembly;
import java.util.List;
import java.util.function.Supplier;

/**
 * The reset stubs a lab may boot its cores with, by name (DESIGN §7: a scenario file never names a
 * class or a file, only a plug-in the kit registered), as {@code SleepPlugins} does for timer
 * lists. The kit's own {@code reset.asm}, assembled as every boot assembles it
 * ({@link KernelImage#resetStub}), is always there as {@code "kit"}; the exercises register the
 * student's {@code student-reset.asm} as {@code "student"} before any lab is read.
 *
 * <p>A stub is the reset page the image builder puts below 4 GiB ({@link SccBoot}): its last 16
 * bytes the reset vector at 0xFFFFFFF0. A supplier that cannot assemble its source throws an
 * {@link IllegalArgumentException} whose message is the assembler's {@code file:line: problem}.
 */
public final class ResetStubPlugins {
    /** The name of the kit's own stub. */
    public static final String KIT = PluginRegistry.KIT;

    private static final PluginRegistry<Supplier<Assembly>> PLUGINS =
        new PluginRegistry<>("reset-stub", "reset stub", KernelImage::resetStub);

    private ResetStubPlugins() {
    }

    /** See {@link PluginRegistry#register}. */
    public static void register(String name, Supplier<Assembly> stub) {
        PLUGINS.register(name, stub);
    }

    /** See {@link PluginRegistry#get}. */
    public static Supplier<Assembly> get(String name) {
        return PLUGINS.get(name);
    }

    /**
     * The reset page of the stub {@code name}, as a boot loads it.
     *
     * @throws IllegalArgumentException for an unregistered name, or a stub that does not assemble
     *                                  (the message names its file and line)
     */
    public static byte[] image(String name) {
        return get(name).get().bytes();
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
