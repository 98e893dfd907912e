package eduscc.exercises.grading;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What a submitted class names in its class file's constant pool (JVM spec §4.4), for a grader
 * that looks for a submission handing its work to the kit's own answer: the classes it uses, the
 * strings it could load a class by, and the methods it calls, in the pool's order.
 */
public final class ClassConstants {
    /**
     * One name in the pool: a class or a string constant ({@code method} null), or a method the
     * class calls ({@code name} its owner). Names are written with '/', as the pool keeps them.
     */
    public record Use(String name, String method) {
    }

    private ClassConstants() {
    }

    /**
     * Reads {@code top} and every class nested in it; the first {@code finder} answers for (not
     * null) as "the code of CLASS uses ANSWER", or null. A class file that cannot be read is
     * left to the checks, which grade its behaviour.
     */
    public static String firstUse(Class<?> top, Function<List<Use>, String> finder) {
        for (Class<?> cls : top.getNestMembers()) {
            try (InputStream in = cls.getResourceAsStream("/" + cls.getName().replace('.', '/') + ".class")) {
                String found = in == null ? null : finder.apply(uses(new DataInputStream(in)));
                if (found != null) {
                    return "the code of " + cls.getName() + " uses " + found;
                }
            } catch (IOException | RuntimeException e) {
                // a class file we cannot read is graded on its behaviour alone
            }
        }
        return null;
    }

    /** The classes, strings and called methods of one class file, in the order of its pool. */
    static List<Use> uses(DataInputStream in) throws IOException {
        in.readInt();
        in.readInt();
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        int[] first = new int[count];
        int[] second = new int[count];
        int[] tag = new int[count];
        for (int i = 1; i < count; i++) {
            tag[i] = in.readUnsignedByte();
            switch (tag[i]) {
                case 1 -> utf8[i] = in.readUTF();
                case 7, 8, 16, 19, 20 -> first[i] = in.readUnsignedShort();
                case 9, 10, 11, 12, 17, 18 -> {
                    first[i] = in.readUnsignedShort();
                    second[i] = in.readUnsignedShort();
                }
                case 15 -> {
                    in.readUnsignedByte();
                    first[i] = in.readUnsignedShort();
                }
                case 3, 4 -> in.readInt();
                case 5, 6 -> {
                    in.readLong();
                    i++;
                }
                default -> throw new IOException("constant pool tag " + tag[i]);
            }
        }
        List<Use> uses = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            if (tag[i] == 7 || tag[i] == 8) {
                uses.add(new Use(utf8[first[i]].replace('.', '/'), null));
            } else if (tag[i] == 10) {
                uses.add(new Use(utf8[first[first[i]]], utf8[first[second[i]]]));
            }
        }
        return uses;
    }
}
