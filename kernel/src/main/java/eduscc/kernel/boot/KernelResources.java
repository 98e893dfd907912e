package eduscc.kernel.boot;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The texts the kernel jar ships beside its classes: the x86 sources the kit assembles (the
 * reset stub and kernel head, entry.asm, lguest's Switcher, the user programs and their library,
 * the guests). A missing one is a broken build, not a user's mistake.
 */
public final class KernelResources {
    private KernelResources() {
    }

    /**
     * The text of {@code resource}, named as {@link Class#getResourceAsStream} takes it relative
     * to {@code anchor} (or absolute, with a leading slash), as UTF-8.
     *
     * @throws IllegalStateException if the jar lacks it
     */
    public static String text(Class<?> anchor, String resource) {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("kernel source " + resource + " is missing from the kernel jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read kernel source " + resource, e);
        }
    }
}
