package eduscc.kernel.sys;

import eduscc.kernel.arch.Hardware;
import eduscc.kernel.arch.KernelLayout;
import eduscc.kernel.mm.AddressSpace;
import eduscc.kernel.mm.FrameAllocator;
import eduscc.kernel.sched.Scheduler;
import eduscc.kernel.sched.Task;
import eduscc.machine.cpu.Operations;
import eduscc.machine.cpu.Paging;
import eduscc.machine.cpu.Registers;

/**
 * Threads of an x86 program (the paper's pthread_create; eduOS creates kernel threads the same
 * way): thread_create, system call 42, makes a task that shares the program's address space
 * and has a user stack of its own. The space goes back when the last task on it ends, the
 * program or one of its threads ({@link ProcessExit}). Joining a thread is wait(id).
 */
public final class ThreadCreate {

    private final Operations ops;
    private final Hardware hardware;
    private final Scheduler scheduler;
    private final FrameAllocator frames;

    public ThreadCreate(Operations ops, Hardware hardware, Scheduler scheduler, FrameAllocator frames) {
        this.ops = ops;
        this.hardware = hardware;
        this.scheduler = scheduler;
        this.frames = frames;
    }

    /**
     * thread_create for an x86 program (the kit's number 42; the paper's pthread_create): a new
     * task on the caller's own address space, running at {@code entry} with EBX = {@code arg}, on
     * a 16 KiB stack of its own (zeroed pages mapped 64 KiB apart below the program's stack, by
     * the thread's id). The thread ends with exit; join is wait(id). Returns the thread's id.
     */
    public int create(Task process, int entry, int arg) {
        if (!scheduler.hasFreeSlot()) {
            return -SyscallNumbers.EAGAIN;
        }
        int flags = hardware.irqSave();
        int result = makeThread(process, entry, arg);
        hardware.irqRestore(flags);
        return result;
    }

    /**
     * With interrupts off, so the new thread cannot run before its stack is mapped and it is
     * marked as a thread of {@code process} (else its exit would give the process's space back).
     */
    private int makeThread(Task process, int entry, int arg) {
        int directory = process.pageMap();
        Task[] made = new Task[1];
        made[0] = scheduler.create(process.name() + "-thread", process.priority(), () -> {
            Task self = scheduler.current();
            self.setPageMap(directory);
            scheduler.addressSpaceChanged(self);
            ops.setRegister(Registers.EBX, arg);
            scheduler.enterUserMode(entry, threadStackTop(made[0].slot()));
        });
        Task thread = made[0];
        thread.setThreadOf(process);
        thread.setProgram(process.program());
        thread.setFiles(process.files());
        AddressSpace space = AddressSpace.of(hardware, ops, frames, directory);
        for (int i = 1; i <= KernelLayout.PROCESS_STACK_PAGES; i++) {
            int frame = frames.allocate();
            if (frame == FrameAllocator.NO_FRAME) {
                return -SyscallNumbers.ENOMEM;
            }
            frames.zero(frame);
            space.map(threadStackTop(thread.slot()) - i * FrameAllocator.FRAME_SIZE, frame, Paging.US | Paging.RW);
        }
        return thread.id();
    }

    /** The top of the stack of the thread in task slot {@code slot}: 64 KiB per slot below the program's stack. */
    static int threadStackTop(int slot) {
        return KernelLayout.PROCESS_STACK_TOP - KernelLayout.PROCESS_STACK_SLOT * (slot + 1);
    }

}
