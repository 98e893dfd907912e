package eduscc.exercises.semaphores;

import eduscc.exercises.grading.ClassConstants;
import eduscc.kernel.sched.KernelData;
import eduscc.kernel.sched.Scheduler;
import eduscc.kernel.sync.WaitAndPost;
import eduscc.kernel.sync.WaitAndPostFactory;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.List;

/**
 * The wait and post the child JVM grades, named by its class: the student's
 * {@link StudentSemaphores}, a fixture of the kit's tests, or the kit's own {@code KitWaitAndPost}
 * for {@code --reference}. It makes them as the kernel's plug-in does, through the class's
 * {@code (Scheduler scheduler, KernelData data)} constructor. The class is loaded on the first
 * {@link #create}, inside a check, so that whatever its static initializer does happens where a
 * check sees it.
 */
final class WaitAndPostUnderTest implements WaitAndPostFactory {
    /**
     * The kit's answer, its registry and its factory (whose {@code KIT} makes the kit's).
     * {@code Semaphore}, the view over the bytes, is the tool the student is given.
     */
    private static final List<String> KIT_CLASSES = List.of("eduscc/kernel/sync/KitWaitAndPost",
        "eduscc/kernel/sync/SemaphorePlugins", "eduscc/kernel/sync/WaitAndPostFactory");

    private final String className;
    private Class<?> implementation;

    WaitAndPostUnderTest(String className) {
        this.className = className;
    }

    @Override
    public WaitAndPost create(Scheduler scheduler, KernelData data) {
        try {
            Constructor<?> constructor = implementation().getDeclaredConstructor(Scheduler.class, KernelData.class);
            constructor.setAccessible(true);
            Object made = constructor.newInstance(scheduler, data);
            if (!(made instanceof WaitAndPost waitAndPost)) {
                throw new IllegalStateException(className + " does not implement eduscc.kernel.sync.WaitAndPost");
            }
            return waitAndPost;
        } catch (InvocationTargetException e) {
            throw rethrow(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(className + " needs a constructor (Scheduler scheduler, KernelData data)"
                + " like StudentSemaphores': " + e, e);
        }
    }

    private synchronized Class<?> implementation() throws ClassNotFoundException {
        if (implementation == null) {
            implementation = Class.forName(className);
        }
        return implementation;
    }

    /**
     * What the class under test, or a class nested in it, uses of the kit's own answer, from its
     * class files' constant pools (JVM spec §4.4), or null. Calling {@code Semaphore.semWait} from
     * inside would only call the student's code again.
     */
    String kitUse() {
        Class<?> cls;
        synchronized (this) {
            cls = implementation;
        }
        return cls == null ? null : ClassConstants.firstUse(cls, uses -> uses.stream()
            .filter(use -> use.method() == null && KIT_CLASSES.contains(use.name()))
            .map(use -> use.name().replace('/', '.')).findFirst().orElse(null));
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
