package eduscc.kernel.sys;

import eduscc.kernel.sched.Task;

/**
 * System calls beyond the ones {@link SyscallHandler}'s own dispatch knows: every number its
 * switch has no case for comes here, which is where a kernel grows a new call. This is what the
 * exercise {@code syscall} asks a student to write (EXERCISE PLUG-IN POINT): the kit's own answer
 * is {@link KitExtraSyscalls}, which serves {@code uptime} ({@link SyscallNumbers#UPTIME}), and a
 * lab chooses one by name ({@link SyscallPlugins}).
 *
 * <p>It runs where {@code syscall_handler} runs: in ring 0 on the caller's kernel stack, with
 * interrupts on, the caller's address space in CR3. What it may use of the kernel is in its
 * {@link SyscallServices}: the call's arguments, the core's timer ticks, the check that an address
 * is the caller's user memory, and the machine operations.
 */
public interface ExtraSyscalls {

    /**
     * Serves system call {@code number} for {@code caller} and answers what goes back in EAX: the
     * result, or a negative errno ({@code -SyscallNumbers.EFAULT}, ...). A number it does not
     * serve answers {@code -SyscallNumbers.ENOSYS}, as eduOS's {@code syscall_handler} does.
     */
    int call(int number, Task caller);
}
