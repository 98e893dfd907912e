package eduscc.exercises.switchcontext;

import eduscc.kernel.sched.SwitchContextCpu;
import eduscc.kernel.sched.SwitchContextParts;
import eduscc.kernel.sched.Task;

/**
 * YOUR C half of the software context switch: eduOS's {@code create_default_frame},
 * {@code get_current_stack} and {@code set_kernel_stack}. Read the handout
 * ({@code exercises/src/main/resources/eduscc/exercises/switchcontext/HANDOUT.md}) and the contract
 * in {@link SwitchContextParts}, then replace each {@code throw new UnsupportedOperationException("TODO ...")}
 * with the real thing.
 *
 * <p>entry.asm's {@code switch_context} (x86, run by the kit) does the rest:
 * <pre>
 *   push a frame for the old task (as if interrupted); old->last_stack_pointer = ESP
 *   call get_current_stack     YOURS: EAX = next->last_stack_pointer (and CR3)
 *   mov esp, eax
 *   set CR0.TS; call set_kernel_stack   YOURS: ESP0 of the TSS for next
 *   pop es, ds; popa; add esp, 8; iret  the frame: the one createDefaultFrame wrote, for a new task
 * </pre>
 * {@code struct state} from the lowest address up ({@code eduscc.kernel.arch.StateFrame} has the
 * offsets): ds, es, edi, esi, ebp, esp, ebx, edx, ecx, eax, int_no, error, eip, cs, eflags.
 *
 * <p>Grade it with {@code ./eduscc grade switch-context}; watch the kernel switch with it with
 * {@code ./eduscc run switch-side-by-side --context-switch student}.
 */
public final class StudentSwitchContext implements SwitchContextParts {

    @Override
    public void createDefaultFrame(SwitchContextCpu cpu, Task task, int entry) {
        throw new UnsupportedOperationException("TODO createDefaultFrame: 15 words with cpu.ops().write32, ending 16"
            + " bytes below the top of the task's kernel stack (task.stack() + 8 KiB); then"
            + " task.setLastStackPointer(the frame's start)");
    }

    @Override
    public void getCurrentStack(SwitchContextCpu cpu, Task next) {
        throw new UnsupportedOperationException("TODO getCurrentStack: CR3 if next.pageMap() is not the one loaded;"
            + " then EAX = next.lastStackPointer() (cpu.ops().setRegister)");
    }

    @Override
    public void setKernelStack(SwitchContextCpu cpu, Task next) {
        throw new UnsupportedOperationException("TODO setKernelStack: cpu.setEsp0(the top of next's kernel stack less"
            + " 16)");
    }
}
