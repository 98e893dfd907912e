package eduscc.exercises.pageframes;

import eduscc.kernel.mm.PageFrames;
import eduscc.kernel.mm.PageFramesFactory;
import eduscc.machine.cpu.Operations;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;

/**
 * The allocator the child JVM grades, named by its class: the student's {@link StudentPageFrames},
 * a fixture of the kit's tests, or the kit's own {@code KitPageFrames} for {@code --reference}.
 * It makes allocators as the kernel's plug-in does, through the class's {@code (Operations ops)}
 * constructor. The class is loaded on the first {@link #create}, inside a check, so that whatever
 * its static initializer does happens where a check sees it.
 */
final class PageFramesUnderTest implements PageFramesFactory {
    private final String className;
    private Class<?> allocatorClass;

    PageFramesUnderTest(String className) {
        this.className = className;
    }

    @Override
    public PageFrames create(Operations ops) {
        try {
            Constructor<?> constructor = allocatorClass().getDeclaredConstructor(Operations.class);
            constructor.setAccessible(true);
            Object allocator = constructor.newInstance(ops);
            if (!(allocator instanceof PageFrames frames)) {
                throw new IllegalStateException(className + " does not implement eduscc.kernel.mm.PageFrames");
            }
            return frames;
        } catch (InvocationTargetException e) {
            throw rethrow(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(className + " needs a constructor (Operations ops) like StudentPageFrames': "
                + e, e);
        }
    }

    private synchronized Class<?> allocatorClass() throws ClassNotFoundException {
        if (allocatorClass == null) {
            allocatorClass = Class.forName(className);
        }
        return allocatorClass;
    }

    /** What the class under test uses of the kit's own answer, or null ({@link KitUse}). */
    String kitUse() {
        Class<?> cls;
        synchronized (this) {
            cls = allocatorClass;
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
