package eduscc.exercises.sleep;

import eduscc.exercises.grading.ClassConstants;
import eduscc.kernel.sched.TimerQueue;
import eduscc.kernel.sched.TimerQueueFactory;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.List;

/**
 * The timer list the child JVM grades, named by its class: the student's {@link StudentSleep}, a
 * fixture of the kit's tests, or the kit's own {@code TimerList} for {@code --reference}. It makes
 * lists as the kernel's plug-in does, through the class's constructor without arguments. The class
 * is loaded on the first {@link #create}, inside a check, so that whatever its static initializer
 * does happens where a check sees it.
 */
final class TimerListUnderTest implements TimerQueueFactory {
    /** The kit's answer, its registry and its factory (whose {@code KIT} makes the kit's list). */
    private static final List<String> KIT_CLASSES = List.of("eduscc/kernel/sched/TimerList",
        "eduscc/kernel/sched/SleepPlugins", "eduscc/kernel/sched/TimerQueueFactory");

    private final String className;
    private Class<?> listClass;

    TimerListUnderTest(String className) {
        this.className = className;
    }

    @Override
    public TimerQueue create() {
        try {
            Constructor<?> constructor = listClass().getDeclaredConstructor();
            constructor.setAccessible(true);
            Object list = constructor.newInstance();
            if (!(list instanceof TimerQueue timers)) {
                throw new IllegalStateException(className + " does not implement eduscc.kernel.sched.TimerQueue");
            }
            return timers;
        } catch (InvocationTargetException e) {
            throw rethrow(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(className + " needs a constructor without arguments like StudentSleep's: " + e, e);
        }
    }

    private synchronized Class<?> listClass() throws ClassNotFoundException {
        if (listClass == null) {
            listClass = Class.forName(className);
        }
        return listClass;
    }

    /**
     * What the class under test, or a class nested in it, uses of the kit's own answer, from its
     * class files' constant pools (JVM spec §4.4); or null. {@code TimerQueue} and {@code Task}
     * are the contract and the tool, and fine to use.
     */
    String kitUse() {
        Class<?> cls;
        synchronized (this) {
            cls = listClass;
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
