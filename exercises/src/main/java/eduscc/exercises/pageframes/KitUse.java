package eduscc.exercises.pageframes;

import eduscc.exercises.grading.ClassConstants;
import java.util.List;
import java.util.Set;

/**
 * Finds an allocator under test that hands the work to the kit's own instead of doing it, from its
 * class files' constant pools (JVM spec §4.4): a class it uses, or a string it could load by
 * reflection, that is the kit's bookkeeping, its registry or its factory, or a call of the
 * kernel's {@code FrameAllocator} that reaches the kit's bookkeeping (its constructor, allocate,
 * share, release, count, init). {@code FrameAllocator.address}, {@code index} and the constants
 * {@code NO_FRAME} and {@code FRAME_SIZE} are the contract's tools, and fine to use.
 */
final class KitUse {
    private static final List<String> KIT_CLASSES = List.of("eduscc/kernel/mm/KitPageFrames",
        "eduscc/kernel/mm/PageFramePlugins", "eduscc/kernel/mm/PageFramesFactory");
    private static final String FRAME_ALLOCATOR = "eduscc/kernel/mm/FrameAllocator";
    private static final Set<String> TOOLS = Set.of("address", "index");

    private KitUse() {
    }

    /** What the class, or a class nested in it, uses of the kit's answer; or null. */
    static String inCode(Class<?> allocatorClass) {
        return ClassConstants.firstUse(allocatorClass, KitUse::kitName);
    }

    /** The first use of a kit class, or call of a FrameAllocator method that is no tool, in the pool's order; or null. */
    private static String kitName(List<ClassConstants.Use> uses) {
        for (ClassConstants.Use use : uses) {
            if (use.method() == null && KIT_CLASSES.contains(use.name())) {
                return use.name().replace('/', '.');
            }
            if (use.method() != null && use.name().equals(FRAME_ALLOCATOR) && !TOOLS.contains(use.method())) {
                return "eduscc.kernel.mm.FrameAllocator." + use.method();
            }
        }
        return null;
    }
}
