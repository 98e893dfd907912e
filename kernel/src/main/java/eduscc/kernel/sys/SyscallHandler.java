package eduscc.kernel.sys;

import eduscc.kernel.arch.EntryStubs;
import eduscc.kernel.arch.KernelText;
import eduscc.kernel.fs.FileSystem;
import eduscc.kernel.sched.Scheduler;
import eduscc.kernel.sched.Task;
import eduscc.kernel.user.UserProgram;
import eduscc.machine.cpu.Core;
import eduscc.machine.cpu.Operations;
import eduscc.machine.cpu.Registers;
import eduscc.machine.trace.TraceEvent;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The kernel side of INT 0x80 (eduOS kernel/syscall.c {@code syscall_handler}, facts §8): user
 * code puts the number in EAX and the arguments in EBX, ECX, EDX, ESI, EDI; entry.asm's
 * {@code isrsyscall} pushes them so that they are this function's C argument list
 * {@code (nr, ebx, ecx, edx, esi, edi)}, and the result goes back in EAX. An unknown number
 * returns -ENOSYS. The gate is a trap gate and the stub runs STI, so interrupts stay on while a
 * call is served and a call may block or switch tasks. The file calls (open, read, write, close,
 * lseek) are served by {@link FileSyscalls} through the caller's descriptor table. Every number
 * the switch does not know goes to the kernel's {@link ExtraSyscalls} (the kit's uptime, or a
 * student's), which answers -ENOSYS for the ones it does not know either.
 */
public final class SyscallHandler {
    /** Positions in syscall_handler's argument list, as isrsyscall pushed them. */
    private static final int NR = 0;
    private static final int EBX = 1;
    private static final int ECX = 2;
    private static final int EDX = 3;
    private static final int ESI = 4;
    private static final int EDI = 5;
    private final Core core;
    private final Operations ops;
    private final Scheduler scheduler;
    private final List<UserProgram> functions;
    private final BiFunction<String, UserProgram, Task> createUserTask;
    private final FileSyscalls files;
    /** fork, execve, sbrk and x86 threads, with paging; null without (then they are -ENOSYS). */
    private Fork fork;
    private Exec exec;
    private ThreadCreate threads;
    private Sbrk sbrk;
    /** The numbers the switch does not know: -ENOSYS for all of them until the kernel sets its own. */
    private ExtraSyscalls extra = (number, caller) -> -SyscallNumbers.ENOSYS;

    /**
     * @param functions      the user programs' "function pointers", indexed by thread_create's argument
     * @param createUserTask how the kernel starts a user task (name, program)
     * @param fs             the file tree that open looks paths up in
     */
    public SyscallHandler(Core core, Scheduler scheduler, List<UserProgram> functions,
                          BiFunction<String, UserProgram, Task> createUserTask, FileSystem fs) {
        this(core, KernelText.of(core), scheduler, functions, createUserTask, fs);
    }

    /** @param text where this kernel binds its Java code ({@code syscall_handler}) */
    public SyscallHandler(Core core, KernelText text, Scheduler scheduler, List<UserProgram> functions,
                          BiFunction<String, UserProgram, Task> createUserTask, FileSystem fs) {
        this.core = core;
        this.ops = core.ops();
        this.scheduler = scheduler;
        this.functions = functions;
        this.createUserTask = createUserTask;
        this.files = new FileSyscalls(ops, fs);
        text.bindRoutine(EntryStubs.syscallHandler(), "syscall_handler", this::syscallHandler);
    }

    /** With paging, x86 programs can fork, execve, sbrk and create threads. */
    public void setProcesses(Fork fork, Exec exec, ThreadCreate threads, Sbrk sbrk) {
        this.fork = fork;
        this.exec = exec;
        this.threads = threads;
        this.sbrk = sbrk;
    }

    /** Who serves the numbers this handler's switch does not know (a lab's syscalls plug-in). */
    public void setExtraSyscalls(ExtraSyscalls extra) {
        this.extra = extra;
    }

    /** Called by isrsyscall; returns to it with the result in EAX. */
    private void syscallHandler() {
        int number = ops.stackArgument(NR);
        Task caller = scheduler.current();
        int result = dispatch(number, caller);
        ops.setRegister(Registers.EAX, result);
        core.trace(new TraceEvent.SystemCall(number, SyscallNumbers.name(number), caller.name(), result));
        ops.ret();
    }

    private int dispatch(int number, Task caller) {
        return switch (number) {
            case SyscallNumbers.EXIT -> exit(caller, arg(EBX));
            case SyscallNumbers.WRITE -> files.write(caller, arg(EBX), arg(ECX), arg(EDX));
            case SyscallNumbers.OPEN -> files.open(caller, arg(EBX), arg(ECX), arg(EDX));
            case SyscallNumbers.CLOSE -> files.close(caller, arg(EBX));
            case SyscallNumbers.READ -> files.read(caller, arg(EBX), arg(ECX), arg(EDX));
            case SyscallNumbers.LSEEK -> files.lseek(caller, arg(EBX), arg(ECX), arg(EDX));
            case SyscallNumbers.GETPID -> caller.id();
            case SyscallNumbers.YIELD -> {
                scheduler.yieldCore();
                yield 0;
            }
            case SyscallNumbers.SLEEP -> {
                scheduler.sleep(Math.max(0, arg(EBX)));
                yield 0;
            }
            case SyscallNumbers.WAIT -> waitFor(caller, arg(EBX));
            case SyscallNumbers.FORK -> fork == null ? -SyscallNumbers.ENOSYS : fork.fork(caller);
            case SyscallNumbers.VFORK -> fork == null ? -SyscallNumbers.ENOSYS : fork.vfork(caller);
            case SyscallNumbers.EXECVE -> exec == null ? -SyscallNumbers.ENOSYS : exec.execve(caller, files.userString(arg(EBX)));
            case SyscallNumbers.SBRK -> !isProgram(caller) ? -SyscallNumbers.ENOSYS : sbrk.sbrk(caller, arg(EBX));
            case SyscallNumbers.THREAD_CREATE -> isProgram(caller)
                ? threads.create(caller, arg(EBX), arg(ECX)) : threadCreate(caller, arg(EBX));
            default -> extra.call(number, caller);
        };
    }

    /** An x86 program or one of its threads (its process has a heap), rather than a Java user task. */
    private boolean isProgram(Task caller) {
        return threads != null && caller.process().heapStart() != 0;
    }

    /** The argument at {@code position} of syscall_handler's list (EBX is 1, ECX 2, ...). */
    private int arg(int position) {
        return ops.stackArgument(position);
    }

    /** exit never returns to its caller, so it is traced before it leaves. */
    private int exit(Task caller, int code) {
        core.trace(new TraceEvent.SystemCall(SyscallNumbers.EXIT, "exit", caller.name(), code));
        scheduler.exit(code);
        return 0;
    }

    private int waitFor(Task caller, int id) {
        Task child = scheduler.task(id);
        if (child == null || child.parent() != caller) {
            return -SyscallNumbers.ECHILD;
        }
        return scheduler.waitFor(child);
    }

    private int threadCreate(Task caller, int function) {
        if (function < 0 || function >= functions.size()) {
            return -SyscallNumbers.EINVAL;
        }
        if (!scheduler.hasFreeSlot()) {
            return -SyscallNumbers.EAGAIN;
        }
        return createUserTask.apply(caller.name() + "-thread", functions.get(function)).id();
    }
}
