package eduscc.exercises.pagefaults;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds a resolver under test that hands the work to the kit's own instead of doing it, from its
 * class files' constant pools (JVM spec §4.4): a class it uses, or a string it could load by
 * reflection, that is the kit's resolver, its registry or its factory, or a call of the kit's
 * {@code CopyOnWrite} (its constructor, {@code resolve}). Using the mark {@code CopyOnWrite.COW}
 * is fine: javac names the class for that constant too, so the class alone proves nothing.
 */
final class KitUse {
    private static final List<String> KIT_CLASSES = List.of("eduscc/kernel/mm/KitPageFaultResolver",
        "eduscc/kernel/mm/PageFaultPlugins", "eduscc/kernel/mm/PageFaultResolverFactory");
    private static final String COPY_ON_WRITE = "eduscc/kernel/mm/CopyOnWrite";

    private KitUse() {
    }

    /** What the class, or a class nested in it, uses of the kit's answer; or null. */
    static String inCode(Class<?> resolverClass) {
        for (Class<?> cls : resolverClass.getNestMembers()) {
            try (InputStream in = cls.getResourceAsStream("/" + cls.getName().replace('.', '/') + ".class")) {
                String found = in == null ? null : kitNames(new DataInputStream(in));
                if (found != null) {
                    return "the code of " + cls.getName() + " uses " + found;
                }
            } catch (IOException | RuntimeException e) {
                // a class file we cannot read is graded on its behaviour alone
            }
        }
        return null;
    }

    private static String kitNames(DataInputStream in) throws IOException {
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
        List<String> found = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            if (tag[i] == 7 || tag[i] == 8) {
                String name = utf8[first[i]].replace('.', '/');
                if (KIT_CLASSES.contains(name)) {
                    found.add(name.replace('/', '.'));
                }
            } else if (tag[i] == 10 && COPY_ON_WRITE.equals(utf8[first[first[i]]])) {
                found.add("eduscc.kernel.mm.CopyOnWrite." + utf8[first[second[i]]]);
            }
        }
        return found.isEmpty() ? null : found.get(0);
    }
}
