package eduscc.exercises.syscall;

import eduscc.exercises.grading.PluginClass;
import eduscc.kernel.sys.ExtraSyscalls;
import eduscc.kernel.sys.ExtraSyscallsFactory;
import eduscc.kernel.sys.SyscallServices;
import java.util.List;

/**
 * The system calls the child JVM grades, named by their class: the student's
 * {@link StudentSyscalls}, a fixture of the kit's tests, or the kit's own {@code KitExtraSyscalls}
 * for {@code --reference}. It makes them as the kernel's plug-in does, through the class's
 * {@code (SyscallServices)} constructor. Using the kit's class, its registry or its factory hands
 * the work over instead of doing it.
 */
final class SyscallsUnderTest implements ExtraSyscallsFactory {
    private static final List<String> KIT_CLASSES = List.of("eduscc/kernel/sys/KitExtraSyscalls",
        "eduscc/kernel/sys/SyscallPlugins", "eduscc/kernel/sys/ExtraSyscallsFactory");

    private final PluginClass<ExtraSyscalls> syscalls;

    SyscallsUnderTest(String className) {
        syscalls = new PluginClass<>(className, ExtraSyscalls.class, KIT_CLASSES, List.of());
    }

    @Override
    public ExtraSyscalls create(SyscallServices kernel) {
        return syscalls.create(SyscallServices.class, kernel, "StudentSyscalls(SyscallServices kernel)");
    }

    /** What the class under test uses of the kit's own answer, or null. */
    String kitUse() {
        return syscalls.kitUse();
    }
}
