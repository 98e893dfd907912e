package eduscc.exercises.pageframes;

import eduscc.exercises.grading.PluginClass;
import eduscc.kernel.mm.PageFrames;
import eduscc.kernel.mm.PageFramesFactory;
import eduscc.machine.cpu.Operations;
import java.util.List;

/**
 * The allocator the child JVM grades, named by its class: the student's {@link StudentPageFrames},
 * a fixture of the kit's tests, or the kit's own {@code KitPageFrames} for {@code --reference}. It
 * makes allocators as the kernel's plug-in does, through the class's {@code (Operations ops)}
 * constructor.
 *
 * <p>A submission that uses the kit's bookkeeping, its registry or its factory, or calls the
 * kernel's {@code FrameAllocator} in a way that reaches the kit's bookkeeping (its constructor,
 * init, allocate, share, release, count), hands the work over instead of doing it.
 * {@code FrameAllocator.address}, {@code index} and the constants are the contract's tools.
 */
final class PageFramesUnderTest implements PageFramesFactory {
    private static final List<String> KIT_CLASSES = List.of("eduscc/kernel/mm/KitPageFrames",
        "eduscc/kernel/mm/PageFramePlugins", "eduscc/kernel/mm/PageFramesFactory");
    private static final List<String> KIT_METHODS = List.of("<init>", "init", "allocate", "share", "release", "count")
        .stream().map(method -> "eduscc/kernel/mm/FrameAllocator." + method).toList();

    private final PluginClass<PageFrames> allocators;

    PageFramesUnderTest(String className) {
        allocators = new PluginClass<>(className, PageFrames.class, KIT_CLASSES, KIT_METHODS);
    }

    @Override
    public PageFrames create(Operations ops) {
        return allocators.create(Operations.class, ops, "StudentPageFrames(Operations ops)");
    }

    /** What the class under test uses of the kit's own answer, or null. */
    String kitUse() {
        return allocators.kitUse();
    }
}
