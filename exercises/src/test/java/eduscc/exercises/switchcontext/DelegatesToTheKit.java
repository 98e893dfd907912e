package eduscc.exercises.switchcontext;

import eduscc.kernel.sched.KitSwitchContext;
import eduscc.kernel.sched.SwitchContextCpu;
import eduscc.kernel.sched.Task;

/** Hands set_kernel_stack to the kit's: every check passes, none counts. */
public final class DelegatesToTheKit extends SolvedSwitchContext {
    @Override
    public void setKernelStack(SwitchContextCpu cpu, Task next) {
        new KitSwitchContext().setKernelStack(cpu, next);
    }
}
