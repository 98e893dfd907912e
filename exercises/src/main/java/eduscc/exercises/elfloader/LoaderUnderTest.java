package eduscc.exercises.elfloader;

import eduscc.exercises.grading.ClassConstants;
import eduscc.kernel.mm.ProgramLoader;
import eduscc.kernel.mm.ProgramLoaderFactory;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.List;

/**
 * The loader the child JVM grades, named by its class: the student's {@link StudentElfLoader}, a
 * fixture of the kit's tests, or the kit's own {@code ElfLoader} for {@code --reference}. It makes
 * loaders as the kernel's plug-in does, through the class's constructor without arguments. The
 * class is loaded on the first {@link #create}, inside a check, so that whatever its static
 * initializer does happens where a check sees it.
 */
final class LoaderUnderTest implements ProgramLoaderFactory {
    /** The kit's answer, its registry and its factory (whose {@code KIT} makes the kit's loader). */
    private static final List<String> KIT_CLASSES = List.of("eduscc/kernel/mm/ElfLoader",
        "eduscc/kernel/mm/ElfLoaderPlugins", "eduscc/kernel/mm/ProgramLoaderFactory");
    /** The kit's page of a segment, bytes and zeros made: the copying the exercise asks for. */
    private static final String SEGMENT = "eduscc/kernel/elf/ElfSegment";
    private static final String PAGE = "page";

    private final String className;
    private Class<?> loaderClass;

    LoaderUnderTest(String className) {
        this.className = className;
    }

    @Override
    public ProgramLoader create() {
        try {
            Constructor<?> constructor = loaderClass().getDeclaredConstructor();
            constructor.setAccessible(true);
            Object loader = constructor.newInstance();
            if (!(loader instanceof ProgramLoader programLoader)) {
                throw new IllegalStateException(className + " does not implement eduscc.kernel.mm.ProgramLoader");
            }
            return programLoader;
        } catch (InvocationTargetException e) {
            throw rethrow(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(className + " needs a constructor without arguments like StudentElfLoader's: "
                + e, e);
        }
    }

    private synchronized Class<?> loaderClass() throws ClassNotFoundException {
        if (loaderClass == null) {
            loaderClass = Class.forName(className);
        }
        return loaderClass;
    }

    /**
     * What the class under test, or a class nested in it, uses of the kit's own answer, from its
     * class files' constant pools (JVM spec §4.4); or null. {@code ElfImage}, {@code ElfSegment}'s
     * getters, {@code AddressSpace} and {@code FrameAllocator} are the tools, and fine to use;
     * {@code ElfSegment.page} does the copying the exercise is about.
     */
    String kitUse() {
        Class<?> cls;
        synchronized (this) {
            cls = loaderClass;
        }
        return cls == null ? null : ClassConstants.firstUse(cls, uses -> uses.stream()
            .map(use -> use.method() == null && KIT_CLASSES.contains(use.name()) ? use.name().replace('/', '.')
                : SEGMENT.equals(use.name()) && PAGE.equals(use.method()) ? "ElfSegment.page (copy the bytes yourself)"
                : null)
            .filter(found -> found != null).findFirst().orElse(null));
    }

    private static RuntimeException rethrow(Throwable cause) {
        if (cause instanceof RuntimeException r) {
            return r;
        }
        if (cause instanceof Error e) {
            throw e;
        }
        return new IllegalStateException(cause);
    }
}
