package eduscc.exercises.switchcontext;

import eduscc.kernel.sched.KitSwitchContext;
import eduscc.kernel.sched.SwitchContextCpu;
import eduscc.kernel.sched.SwitchContextParts;
import eduscc.kernel.sched.Task;
import java.util.function.Supplier;

/**
 * The code a check runs: the methods it names from the code under test, the others from the kit,
 * so that a check sees one method's mistakes and not another's. It also remembers what the switch
 * was doing last, so that a check can name the task when the student's code made the core fault.
 */
final class Mixed implements SwitchContextParts {
    /** Which of the three methods come from the code under test. */
    enum Part { FRAME, STACK, KERNEL_STACK, ALL }

    private final SwitchContextParts graded;
    private final SwitchContextParts kit = new KitSwitchContext();
    private final Part part;
    /** What the switch did last: "creating the first frame of t", "switching to t". */
    private String doing = "nothing yet";

    private Mixed(SwitchContextParts graded, Part part) {
        this.graded = graded;
        this.part = part;
    }

    /** Makes one per kernel, as the kernel's plug-in does. */
    static Supplier<SwitchContextParts> of(Supplier<SwitchContextParts> graded, Part part) {
        return () -> new Mixed(graded.get(), part);
    }

    String doing() {
        return doing;
    }

    private SwitchContextParts the(Part method) {
        return part == Part.ALL || part == method ? graded : kit;
    }

    @Override
    public void createDefaultFrame(SwitchContextCpu cpu, Task task, int entry) {
        doing = "creating the first frame of " + task.name();
        the(Part.FRAME).createDefaultFrame(cpu, task, entry);
    }

    @Override
    public void getCurrentStack(SwitchContextCpu cpu, Task next) {
        doing = "switching to " + next.name() + " (get_current_stack)";
        the(Part.STACK).getCurrentStack(cpu, next);
    }

    @Override
    public void setKernelStack(SwitchContextCpu cpu, Task next) {
        doing = "switching to " + next.name() + " (set_kernel_stack)";
        the(Part.KERNEL_STACK).setKernelStack(cpu, next);
    }
}
