package eduscc.exercises.pagefaults;

import eduscc.exercises.grading.ClassConstants;
import java.util.List;

/**
 * Finds a resolver under test that hands the work to the kit's own instead of doing it, from its
 * class files' constant pools (JVM spec §4.4): a class it uses, or a string it could load by
 * reflection, that is the kit's resolver, its registry or its factory, or a call of the kit's
 * {@code CopyOnWrite} (its constructor, {@code share}). Using the mark {@code CopyOnWrite.COW}
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
        return ClassConstants.firstUse(resolverClass, KitUse::kitName);
    }

    /** The first use of a kit class, or call of a CopyOnWrite method, in the pool's order; or null. */
    private static String kitName(List<ClassConstants.Use> uses) {
        for (ClassConstants.Use use : uses) {
            if (use.method() == null && KIT_CLASSES.contains(use.name())) {
                return use.name().replace('/', '.');
            }
            if (use.method() != null && use.name().equals(COPY_ON_WRITE)) {
                return "eduscc.kernel.mm.CopyOnWrite." + use.method();
            }
        }
        return null;
    }
}
