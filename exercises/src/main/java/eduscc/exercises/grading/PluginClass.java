package eduscc.exercises.grading;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.List;

/**
 * A plug-in class the child JVM grades, named by its class: the student's, a fixture of the kit's
 * tests, or the kit's own for {@code --reference}. It makes instances as the kernel's plug-in
 * makes them, through the class's constructor without arguments or with the one argument the
 * kernel gives (the core's {@code Operations}, say). The class is loaded on the first
 * {@link #create}, inside a check, so that whatever its static initializer does happens where a
 * check sees it.
 *
 * @param <E> the plug-in's interface, {@code GdtEncoder}, {@code PageFrames}, ...
 */
public final class PluginClass<E> {
    private final String className;
    private final Class<E> type;
    private final List<String> kitClasses;
    private final List<String> kitMethods;
    private Class<?> loaded;

    /**
     * @param kitClasses the kit's classes a submission must not use ({@code eduscc/kernel/arch/KitGdtEncoder})
     * @param kitMethods the kit's methods it must not call, as {@code owner.method}
     *                   ({@code eduscc/machine/cpu/tables/SegmentDescriptor.encode})
     */
    public PluginClass(String className, Class<E> type, List<String> kitClasses, List<String> kitMethods) {
        this.className = className;
        this.type = type;
        this.kitClasses = List.copyOf(kitClasses);
        this.kitMethods = List.copyOf(kitMethods);
    }

    /** A new instance of the class under test, made with its constructor without arguments. */
    public E create() {
        return instantiate(new Class<?>[0], new Object[0], "a constructor without arguments");
    }

    /**
     * A new instance of the class under test, made with its constructor that takes {@code argument}.
     *
     * @param like how the handout's starter declares that constructor, for the error: "StudentPageFrames(Operations ops)"
     */
    public <A> E create(Class<A> parameter, A argument, String like) {
        return instantiate(new Class<?>[] {parameter}, new Object[] {argument}, "a constructor like " + like);
    }

    private E instantiate(Class<?>[] parameters, Object[] arguments, String needs) {
        try {
            Constructor<?> constructor = loaded().getDeclaredConstructor(parameters);
            constructor.setAccessible(true);
            Object made = constructor.newInstance(arguments);
            if (!type.isInstance(made)) {
                throw new IllegalStateException(className + " does not implement " + type.getName());
            }
            return type.cast(made);
        } catch (InvocationTargetException e) {
            throw rethrow(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(className + " needs " + needs + ": " + e, e);
        }
    }

    private synchronized Class<?> loaded() throws ClassNotFoundException {
        if (loaded == null) {
            loaded = Class.forName(className);
        }
        return loaded;
    }

    /**
     * What the class under test, or a class nested in it, uses of the kit's own answer, from its
     * class files' constant pools (JVM spec §4.4); or null.
     */
    public String kitUse() {
        Class<?> cls;
        synchronized (this) {
            cls = loaded;
        }
        return cls == null ? null : ClassConstants.firstUse(cls, this::kitName);
    }

    private String kitName(List<ClassConstants.Use> uses) {
        for (ClassConstants.Use use : uses) {
            if (use.method() == null && kitClasses.contains(use.name())) {
                return use.name().replace('/', '.');
            }
            if (use.method() != null && kitMethods.contains(use.name() + "." + use.method())) {
                return use.name().replace('/', '.') + "." + use.method();
            }
        }
        return null;
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
