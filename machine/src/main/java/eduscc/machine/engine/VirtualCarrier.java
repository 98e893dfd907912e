package eduscc.machine.engine;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The one platform thread that carries all of an engine's execution contexts as virtual threads
 * (JDK 24 and later, see {@link #FIRST_JDK}). Only one context runs at a time, and every hand-off of the baton parks one
 * thread and wakes the next: between two platform threads that is a trip through the operating
 * system of a few microseconds, between two virtual threads on one carrier it is a switch of
 * continuations inside the JVM, several times cheaper. Who runs next is still decided by simulated
 * time alone, so the machine does exactly the same with either kind of thread.
 *
 * <p><b>A hang.</b> Student code that loops without a machine operation never gives its carrier
 * back (Java cannot stop a thread from outside). The engine then {@linkplain #replace replaces}
 * the carrier: the hung virtual thread keeps the old platform thread, as a hung platform thread
 * would, and every other context goes on on a new one.
 *
 * <p><b>Where it is used.</b> The JDK has no public way to give virtual threads a scheduler of
 * one's own (JEP 444 left it out): the thread builder that takes one is internal to
 * {@code java.lang}, and the JVM must be started with
 * {@code --add-opens java.base/java.lang=ALL-UNNAMED} to reach it, as the launcher, the Maven
 * build and the grader's child JVM do. On JDK 17, on a JDK without that builder, without the
 * option, or with the system property {@code eduscc.virtualThreads=false}, {@link #create}
 * returns null and the engine uses platform threads.
 */
final class VirtualCarrier implements Executor {
    /** The system property that turns virtual threads off ({@code false}). */
    static final String PROPERTY = "eduscc.virtualThreads";
    /**
     * Virtual threads from JDK 24 on: before it (JEP 491), a virtual thread that waits inside a
     * {@code synchronized} block keeps its carrier thread, and with one carrier a student's
     * synchronized method that makes a machine operation would stop the whole engine.
     */
    static final int FIRST_JDK = 24;
    /** How long an idle carrier thread lives before it ends (a new one starts with the next run). */
    private static final long IDLE_SECONDS = 2;
    /** The internal builder's constructor that takes a scheduler; null where it cannot be used. */
    private static final Constructor<?> BUILDER = findBuilder();
    /** {@code Thread.Builder.name(String)} and {@code unstarted(Runnable)}: the kit compiles for JDK 17. */
    private static final MethodHandle NAME = findBuilderMethod("name", String.class);
    private static final MethodHandle UNSTARTED = findBuilderMethod("unstarted", Runnable.class);

    private final String name;
    private volatile ThreadPoolExecutor thread;
    private Object builder;

    private VirtualCarrier(String name) {
        this.name = name;
        this.thread = newThread();
    }

    /** A carrier for an engine, or null where virtual threads cannot be used (see the class comment). */
    static VirtualCarrier create(String name) {
        if (!available()) {
            return null;
        }
        VirtualCarrier carrier = new VirtualCarrier(name);
        try {
            carrier.builder = BUILDER.newInstance(carrier);
        } catch (ReflectiveOperationException e) {
            return null;
        }
        return carrier;
    }

    /** Whether this JVM can run contexts on virtual threads (JDK 24 or later, with the option above). */
    static boolean available() {
        return Runtime.version().feature() >= FIRST_JDK && BUILDER != null && NAME != null && UNSTARTED != null
            && !"false".equals(System.getProperty(PROPERTY));
    }

    /** An unstarted virtual thread named {@code threadName} on this carrier. */
    Thread unstarted(String threadName, Runnable body) {
        try {
            return (Thread) UNSTARTED.invoke(NAME.invoke(builder, threadName), body);
        } catch (Throwable e) {
            throw new IllegalStateException("cannot make the virtual thread " + threadName, e);
        }
    }

    /** Runs a virtual thread's next stretch: the JVM calls this whenever one is ready to go on. */
    @Override
    public void execute(Runnable continuation) {
        ThreadPoolExecutor carrier = thread;
        carrier.execute(continuation);
        if (carrier != thread && carrier.remove(continuation)) {
            thread.execute(continuation); // replaced meanwhile: the hung carrier would never run it
        }
    }

    /**
     * A hung thread holds the current carrier for good: the other contexts go on on a new one,
     * and what waits in the old one's queue moves over. The old one is left as it is (a stretch
     * submitted to it in the middle of this moves over in {@link #execute}).
     */
    void replace() {
        ThreadPoolExecutor hung = thread;
        thread = newThread();
        List<Runnable> waiting = new ArrayList<>();
        hung.getQueue().drainTo(waiting);
        waiting.forEach(thread::execute);
    }

    /** The engine is closed: the carrier thread ends as soon as the contexts have unwound. */
    void close() {
        thread.setKeepAliveTime(0, TimeUnit.NANOSECONDS);
    }

    private ThreadPoolExecutor newThread() {
        ThreadPoolExecutor executor = new ThreadPoolExecutor(0, 1, IDLE_SECONDS, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), run -> {
                Thread carrier = new Thread(run, name);
                carrier.setDaemon(true);
                return carrier;
            });
        return executor;
    }

    private static MethodHandle findBuilderMethod(String method, Class<?> parameter) {
        try {
            Class<?> builder = Class.forName("java.lang.Thread$Builder");
            MethodType type = MethodType.methodType(method.equals("name") ? builder : Thread.class, parameter);
            return MethodHandles.publicLookup().findVirtual(builder, method, type);
        } catch (ReflectiveOperationException e) {
            return null; // before JDK 21: no virtual threads
        }
    }

    private static Constructor<?> findBuilder() {
        try {
            Class<?> type = Class.forName("java.lang.ThreadBuilders$VirtualThreadBuilder");
            Constructor<?> constructor = type.getDeclaredConstructor(Executor.class);
            constructor.setAccessible(true);
            return constructor;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null; // before JDK 21, or java.lang not opened to the kit
        }
    }
}
