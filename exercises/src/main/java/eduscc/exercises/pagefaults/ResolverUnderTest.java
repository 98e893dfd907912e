package eduscc.exercises.pagefaults;

import eduscc.kernel.mm.FrameAllocator;
import eduscc.kernel.mm.PageFaultResolver;
import eduscc.kernel.mm.PageFaultResolverFactory;
import eduscc.machine.cpu.Operations;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;

/**
 * The resolver the child JVM grades, named by its class: the student's {@link StudentPageFaults},
 * a fixture of the kit's tests, or the kit's own {@code KitPageFaultResolver} for
 * {@code --reference}. It makes resolvers as the kernel's plug-in does, through the class's
 * {@code (Operations ops, FrameAllocator frames)} constructor. The class is loaded on the first
 * {@link #create}, inside a check, so that whatever its static initializer does happens where a
 * check sees it.
 */
final class ResolverUnderTest implements PageFaultResolverFactory {
    private final String className;
    private Class<?> resolverClass;

    ResolverUnderTest(String className) {
        this.className = className;
    }

    @Override
    public PageFaultResolver create(Operations ops, FrameAllocator frames) {
        try {
            Constructor<?> constructor = resolverClass().getDeclaredConstructor(Operations.class, FrameAllocator.class);
            constructor.setAccessible(true);
            Object resolver = constructor.newInstance(ops, frames);
            if (!(resolver instanceof PageFaultResolver r)) {
                throw new IllegalStateException(className + " does not implement eduscc.kernel.mm.PageFaultResolver");
            }
            return r;
        } catch (InvocationTargetException e) {
            throw rethrow(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(className + " needs a constructor (Operations ops, FrameAllocator frames)"
                + " like StudentPageFaults': " + e, e);
        }
    }

    synchronized Class<?> resolverClass() throws ClassNotFoundException {
        if (resolverClass == null) {
            resolverClass = Class.forName(className);
        }
        return resolverClass;
    }

    /** What the class under test uses of the kit's own answer, or null ({@link KitUse}). */
    String kitUse() {
        Class<?> cls;
        synchronized (this) {
            cls = resolverClass;
        }
        return cls == null ? null : KitUse.inCode(cls);
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
