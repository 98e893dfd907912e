package eduscc.exercises.pagefaults;

import eduscc.kernel.mm.FrameAllocator;
import eduscc.kernel.mm.PageFaultResolver;
import eduscc.kernel.mm.PageFaultResolverFactory;
import eduscc.machine.cpu.Operations;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The resolver the child JVM grades, named by its class: the student's {@link StudentPageFaults},
 * a fixture of the kit's tests, or the kit's own {@code KitPageFaultResolver} for
 * {@code --reference}. It makes resolvers as the kernel's plug-in does, through the class's
 * {@code (Operations ops, FrameAllocator frames)} constructor. The class is loaded on the first
 * {@link #create}, inside a check, so that whatever its static initializer does happens where a
 * check sees it.
 */
final class ResolverUnderTest implements PageFaultResolverFactory {
    /**
     * How class files name the kit's answer: to call it, or to load it by reflection. The COW
     * mark {@code CopyOnWrite.COW} is a constant that javac copies into the using class, so
     * using it names nothing here; calling {@code CopyOnWrite.resolve} names the class.
     */
    private static final List<String> KIT_NAMES = List.of(
        "eduscc/kernel/mm/KitPageFaultResolver", "eduscc.kernel.mm.KitPageFaultResolver",
        "eduscc/kernel/mm/CopyOnWrite", "eduscc.kernel.mm.CopyOnWrite",
        "eduscc/kernel/mm/PageFaultPlugins", "eduscc/kernel/mm/PageFaultResolverFactory");

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

    /** Which of the kit's names the class's code, or the code of a class nested in it, mentions; or null. */
    String kitUse() {
        Class<?> cls;
        synchronized (this) {
            cls = resolverClass;
        }
        if (cls == null) {
            return null;
        }
        for (Class<?> member : cls.getNestMembers()) {
            String text = classFile(member);
            for (String name : KIT_NAMES) {
                if (text.contains(name)) {
                    return "the code of " + member.getName() + " names " + name.replace('/', '.');
                }
            }
        }
        return null;
    }

    /** The class file's bytes as ISO-8859-1 text: names in its constant pool read as they are written. */
    private static String classFile(Class<?> cls) {
        String resource = "/" + cls.getName().replace('.', '/') + ".class";
        try (InputStream in = cls.getResourceAsStream(resource)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return "";
        }
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
