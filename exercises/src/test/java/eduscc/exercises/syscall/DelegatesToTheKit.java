package eduscc.exercises.syscall;

import eduscc.kernel.sched.Task;
import eduscc.kernel.sys.KitExtraSyscalls;
import eduscc.kernel.sys.SyscallServices;

/** Leaves the work to the kit's own KitExtraSyscalls: every check passes, none counts. */
public final class DelegatesToTheKit extends SolvedSyscalls {
    private final KitExtraSyscalls kit;

    public DelegatesToTheKit(SyscallServices kernel) {
        super(kernel);
        kit = new KitExtraSyscalls(kernel);
    }

    @Override
    public int call(int number, Task caller) {
        return kit.call(number, caller);
    }
}
