package eduscc.exercises.messaging;

import eduscc.kernel.ipc.GoryLayer;
import eduscc.kernel.ipc.KitMessagePassing;
import eduscc.kernel.ipc.MessagePassing;
import eduscc.kernel.ipc.MessagePassingFactory;
import eduscc.kernel.ipc.MpbPort;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;

/**
 * The code under test, named by its class: a {@code MessagePassing} with a constructor
 * {@code (MpbPort port, GoryLayer gory)} and, nested in it or in a class it extends, a gory layer
 * {@code Gory} with a constructor {@code (MpbPort port)}, as {@link StudentMessaging} has. The
 * kit's {@code KitMessagePassing} has no {@code Gory}: its gory layer is the kit's. Classes are
 * loaded on first use, inside a check, so that whatever their static initializers do happens
 * where a check sees it.
 */
final class Submission {
    private final String className;
    private Class<?> messagesClass;
    private Class<?> goryClass;

    Submission(String className) {
        this.className = className;
    }

    /** The submission's gory layer on a core. */
    GoryLayer gory(MpbPort port) {
        try {
            Class<?> gory = goryClass();
            if (gory == null) {
                return port.kitGoryLayer();
            }
            Constructor<?> constructor = gory.getDeclaredConstructor(MpbPort.class);
            constructor.setAccessible(true);
            Object made = constructor.newInstance(port);
            if (!(made instanceof GoryLayer layer)) {
                throw new IllegalStateException(gory.getName() + " does not implement eduscc.kernel.ipc.GoryLayer");
            }
            return layer;
        } catch (InvocationTargetException e) {
            throw rethrow(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(className + ".Gory needs a constructor (MpbPort port) like"
                + " StudentMessaging.Gory's: " + e, e);
        }
    }

    /** The submission's send and receive on a core, over {@code gory}. */
    MessagePassing messages(MpbPort port, GoryLayer gory) {
        try {
            Constructor<?> constructor = messagesClass().getDeclaredConstructor(MpbPort.class, GoryLayer.class);
            constructor.setAccessible(true);
            Object made = constructor.newInstance(port, gory);
            if (!(made instanceof MessagePassing m)) {
                throw new IllegalStateException(className + " does not implement eduscc.kernel.ipc.MessagePassing");
            }
            return m;
        } catch (InvocationTargetException e) {
            throw rethrow(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(className + " needs a constructor (MpbPort port, GoryLayer gory) like"
                + " StudentMessaging's: " + e, e);
        }
    }

    /** As a lab runs it: the submission's send and receive over its own gory layer. */
    MessagePassingFactory whole() {
        return port -> messages(port, gory(port));
    }

    /** As the protocol checks run it: the submission's send and receive over the kit's gory layer. */
    MessagePassingFactory overKitGory() {
        return port -> messages(port, port.kitGoryLayer());
    }

    /** What the classes under test use of the kit's own answer, or null ({@link KitUse}). */
    String kitUse() {
        Class<?> cls;
        synchronized (this) {
            cls = messagesClass;
        }
        return cls == null ? null : KitUse.inCode(cls);
    }

    private synchronized Class<?> messagesClass() throws ClassNotFoundException {
        if (messagesClass == null) {
            messagesClass = Class.forName(className);
        }
        return messagesClass;
    }

    /** The class's own {@code Gory}, or the nearest one of a class it extends; null for the kit's. */
    private synchronized Class<?> goryClass() throws ClassNotFoundException {
        if (goryClass == null) {
            for (Class<?> c = messagesClass(); c != null && c != Object.class; c = c.getSuperclass()) {
                try {
                    goryClass = Class.forName(c.getName() + "$Gory");
                    break;
                } catch (ClassNotFoundException e) {
                    // look in the class it extends
                }
            }
            if (goryClass == null && messagesClass() != KitMessagePassing.class) {
                throw new ClassNotFoundException(className + " has no nested class Gory (its gory layer)");
            }
        }
        return goryClass;
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
