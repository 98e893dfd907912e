package eduscc.exercises.readyqueues;

import eduscc.kernel.sched.ReadyQueue;
import eduscc.kernel.sched.ReadyQueueFactory;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds a queue under test that hands the work to the kit's own implementation instead of doing
 * it, where that can be seen: its class files name the kit's queue (to call it, or to load it by
 * reflection), or an object reachable from the queue's fields, or from its class's static fields,
 * is one of the kit's queues or its factory. A submission that hides the kit better (builds the
 * name at run time and keeps the queue out of every field) is not found; the checks still grade
 * its behaviour.
 */
final class KitUse {
    /** How class files name the kit's queue: as a class they use, or as a string for reflection. */
    private static final List<String> NAMES = List.of(
        "eduscc/kernel/sched/ReadyQueues", "eduscc.kernel.sched.ReadyQueues",
        "eduscc/kernel/sched/ReadyQueueFactory", "eduscc/kernel/sched/ReadyQueuePlugins",
        "eduscc/kernel/sched/TracingReadyQueue");
    /** Enough for any honest queue's object graph; a bigger one is not searched further. */
    private static final int MAX_OBJECTS = 100_000;

    private KitUse() {
    }

    /** Which of the kit's names the class's code, or the code of a class nested in it, mentions; or null. */
    static String inCode(Class<?> queueClass) {
        for (Class<?> cls : queueClass.getNestMembers()) {
            String text = classFile(cls);
            for (String name : NAMES) {
                if (text.contains(name)) {
                    return "the code of " + cls.getName() + " names " + name.replace('/', '.');
                }
            }
        }
        return null;
    }

    /** The path from the queue to one of the kit's queues or factories, or null. */
    static String inFields(Object queue) {
        Deque<Object> objects = new ArrayDeque<>();
        Deque<String> paths = new ArrayDeque<>();
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        String top = queue.getClass().getSimpleName();
        for (Field f : queue.getClass().getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers())) {
                push(objects, paths, read(f, null), top + "." + f.getName());
            }
        }
        push(objects, paths, queue, "the queue");
        while (!objects.isEmpty() && seen.size() < MAX_OBJECTS) {
            Object o = objects.pop();
            String path = paths.pop();
            if (!seen.add(o)) {
                continue;
            }
            Class<?> cls = o.getClass();
            if ((o instanceof ReadyQueue || o instanceof ReadyQueueFactory) && cls.getName().startsWith("eduscc.kernel.")) {
                return path + " is the kit's " + cls.getName().replaceAll("\\$\\$Lambda.*", " (its factory)");
            }
            if (cls.isArray()) {
                if (!cls.getComponentType().isPrimitive()) {
                    for (int i = 0; i < Array.getLength(o); i++) {
                        push(objects, paths, Array.get(o, i), path + "[" + i + "]");
                    }
                }
            } else if (isJdk(cls)) {
                elements(o, path, objects, paths);
            } else if (!cls.getName().startsWith("eduscc.kernel.") && !cls.getName().startsWith("eduscc.machine.")) {
                for (Class<?> c = cls; c != null && !isJdk(c); c = c.getSuperclass()) {
                    for (Field f : c.getDeclaredFields()) {
                        if (!Modifier.isStatic(f.getModifiers()) && !f.getType().isPrimitive()) {
                            push(objects, paths, read(f, o), path + "." + f.getName());
                        }
                    }
                }
            }
        }
        return null;
    }

    /** The JDK's collections are looked into through their public face, which runs no unknown code. */
    private static void elements(Object o, String path, Deque<Object> objects, Deque<String> paths) {
        try {
            if (o instanceof Collection<?> items) {
                for (Object item : items) {
                    push(objects, paths, item, path + " (an element)");
                }
            } else if (o instanceof Map<?, ?> map) {
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    push(objects, paths, e.getKey(), path + " (a key)");
                    push(objects, paths, e.getValue(), path + " (a value)");
                }
            }
        } catch (RuntimeException e) {
            // changed while we looked: what was seen so far is what there is
        }
    }

    private static void push(Deque<Object> objects, Deque<String> paths, Object o, String path) {
        if (o != null) {
            objects.push(o);
            paths.push(path);
        }
    }

    private static Object read(Field f, Object owner) {
        try {
            f.setAccessible(true);
            return f.get(owner);
        } catch (RuntimeException | IllegalAccessException e) {
            return null;
        }
    }

    private static boolean isJdk(Class<?> cls) {
        String name = cls.getName();
        return name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.") || name.startsWith("sun.");
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
}
