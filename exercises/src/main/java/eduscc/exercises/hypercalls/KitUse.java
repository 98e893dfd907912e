package eduscc.exercises.hypercalls;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Finds a dispatcher under test that hands the work to the kit's own instead of doing it, from its
 * class files' constant pools (JVM spec §4.4): a class it uses, or a string it could load by
 * reflection, that is the kit's dispatcher, its registry or its factory (whose {@code KIT} makes
 * the kit's). Using {@code Hypercalls} (the numbers and names) and {@code HypercallHost} is the
 * point of the exercise.
 */
final class KitUse {
    private static final List<String> KIT_CLASSES = List.of("eduscc/kernel/lguest/KitHypercallDispatcher",
        "eduscc/kernel/lguest/HypercallPlugins", "eduscc/kernel/lguest/HypercallDispatcherFactory");

    private KitUse() {
    }

    /** What the class, or a class nested in it, uses of the kit's answer; or null. */
    static String inCode(Class<?> dispatcherClass) {
        for (Class<?> cls : dispatcherClass.getNestMembers()) {
            try (InputStream in = cls.getResourceAsStream("/" + cls.getName().replace('.', '/') + ".class")) {
                String found = in == null ? null : kitName(new DataInputStream(in));
                if (found != null) {
                    return "the code of " + cls.getName() + " uses " + found;
                }
            } catch (IOException | RuntimeException e) {
                // a class file we cannot read is graded on its behaviour alone
            }
        }
        return null;
    }

    /** The first class or string constant that names a kit class, read from the constant pool; or null. */
    private static String kitName(DataInputStream in) throws IOException {
        in.readInt();
        in.readInt();
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        int[] named = new int[count];
        int[] tag = new int[count];
        for (int i = 1; i < count; i++) {
            tag[i] = in.readUnsignedByte();
            switch (tag[i]) {
                case 1 -> utf8[i] = in.readUTF();
                case 7, 8 -> named[i] = in.readUnsignedShort();
                case 16, 19, 20 -> in.readUnsignedShort();
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.readInt();
                case 15 -> {
                    in.readUnsignedByte();
                    in.readUnsignedShort();
                }
                case 5, 6 -> {
                    in.readLong();
                    i++;
                }
                default -> throw new IOException("constant pool tag " + tag[i]);
            }
        }
        for (int i = 1; i < count; i++) {
            if (tag[i] == 7 || tag[i] == 8) {
                String name = utf8[named[i]].replace('.', '/');
                if (KIT_CLASSES.contains(name)) {
                    return name.replace('/', '.');
                }
            }
        }
        return null;
    }
}
