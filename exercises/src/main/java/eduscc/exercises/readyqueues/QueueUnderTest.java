package eduscc.exercises.readyqueues;

import eduscc.kernel.sched.ReadyQueue;
import eduscc.kernel.sched.ReadyQueueFactory;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * The queue the child JVM grades, named by its class: the student's {@link StudentReadyQueues},
 * a fixture of the kit's tests, or the kit's own {@code ReadyQueues} for {@code --reference}.
 * It makes queues as the kernel's plug-in does, through the class's {@code (IntUnaryOperator bsr)}
 * constructor, and keeps each one it made so that {@link KitUse} can look inside after a check.
 *
 * <p>The class is loaded and initialized on the first {@link #create}, inside a check: whatever its
 * static initializer does (allocate 4 GB, start threads, exit) happens where a check can see it.
 */
final class QueueUnderTest implements ReadyQueueFactory {
    private final String className;
    private final List<ReadyQueue> made = new ArrayList<>();
    private Class<?> queueClass;

    QueueUnderTest(String className) {
        this.className = className;
    }

    @Override
    public ReadyQueue create(IntUnaryOperator bsr) {
        try {
            Constructor<?> constructor = queueClass().getDeclaredConstructor(IntUnaryOperator.class);
            constructor.setAccessible(true);
            Object queue = constructor.newInstance(bsr);
            if (!(queue instanceof ReadyQueue q)) {
                throw new IllegalStateException(className + " does not implement eduscc.kernel.sched.ReadyQueue");
            }
            synchronized (made) {
                made.add(q);
            }
            return q;
        } catch (InvocationTargetException e) {
            throw rethrow(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(className + " needs a constructor (IntUnaryOperator bsr) like"
                + " StudentReadyQueues': " + e, e);
        }
    }

    /** The class under test, initialized on first use. */
    synchronized Class<?> queueClass() throws ClassNotFoundException {
        if (queueClass == null) {
            queueClass = Class.forName(className);
        }
        return queueClass;
    }

    /** What the queues made since the last call hold of the kit's own implementation, or null. */
    String kitUse() {
        List<ReadyQueue> queues;
        synchronized (made) {
            queues = List.copyOf(made);
            made.clear();
        }
        if (queueClass == null) {
            return null;
        }
        String found = KitUse.inCode(queueClass);
        for (int i = 0; found == null && i < queues.size(); i++) {
            found = KitUse.inFields(queues.get(i));
        }
        return found;
    }

    /** The constructor's own exception, as if it had been called directly. */
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
