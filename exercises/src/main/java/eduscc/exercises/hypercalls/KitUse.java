package eduscc.exercises.hypercalls;

import eduscc.exercises.grading.ClassConstants;
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
        return ClassConstants.firstUse(dispatcherClass, uses -> uses.stream()
            .filter(use -> use.method() == null && KIT_CLASSES.contains(use.name()))
            .map(use -> use.name().replace('/', '.')).findFirst().orElse(null));
    }
}
