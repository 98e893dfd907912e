package eduscc.exercises.hypercalls;

import eduscc.kernel.lguest.HypercallDispatcher;
import eduscc.kernel.lguest.HypercallDispatcherFactory;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;

/**
 * The dispatcher the child JVM grades, named by its class: the student's {@link StudentHypercalls},
 * a fixture of the kit's tests, or the kit's own {@code KitHypercallDispatcher} for
 * {@code --reference}. It makes one dispatcher per guest, as the launcher's plug-in does, through
 * the class's constructor without arguments. The class is loaded on the first {@link #create},
 * inside a check, so that whatever its static initializer does happens where a check sees it.
 */
final class DispatcherUnderTest implements HypercallDispatcherFactory {
    private final String className;
    private Class<?> dispatcherClass;

    DispatcherUnderTest(String className) {
        this.className = className;
    }

    @Override
    public HypercallDispatcher create() {
        try {
            Constructor<?> constructor = dispatcherClass().getDeclaredConstructor();
            constructor.setAccessible(true);
            Object dispatcher = constructor.newInstance();
            if (!(dispatcher instanceof HypercallDispatcher d)) {
                throw new IllegalStateException(className + " does not implement eduscc.kernel.lguest.HypercallDispatcher");
            }
            return d;
        } catch (InvocationTargetException e) {
            throw rethrow(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(className + " needs a constructor without arguments, like StudentHypercalls': "
                + e, e);
        }
    }

    synchronized Class<?> dispatcherClass() throws ClassNotFoundException {
        if (dispatcherClass == null) {
            dispatcherClass = Class.forName(className);
        }
        return dispatcherClass;
    }

    /** What the class under test uses of the kit's own answer, or null ({@link KitUse}). */
    String kitUse() {
        Class<?> cls;
        synchronized (this) {
            cls = dispatcherClass;
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
