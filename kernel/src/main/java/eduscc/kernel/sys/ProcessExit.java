package eduscc.kernel.sys;

import eduscc.kernel.arch.Hardware;
import eduscc.kernel.mm.AddressSpace;
import eduscc.kernel.mm.FrameAllocator;
import eduscc.kernel.sched.Scheduler;
import eduscc.kernel.sched.Task;
import eduscc.kernel.sched.TaskState;
import eduscc.machine.cpu.Operations;

/**
 * What the kernel takes back when a task ends (the part of eduOS's {@code do_exit} before the
 * switch away): the task moves to the kernel's page directory (its own may be in CR3), and the
 * address space it ran on goes back to the frame allocator ({@code page_map_drop}) with its open
 * files closed, once no other task runs on that space. So a program's space lives until the last
 * of its threads ends, even when the program itself exits first (POSIX would end the threads
 * with it; the kit lets them finish). A vfork child gives the borrowed space back to its waiting
 * parent. Kernel tasks and Java user tasks run on the kernel's space and only close their files.
 */
public final class ProcessExit {
    private final Operations ops;
    private final Hardware hardware;
    private final Scheduler scheduler;
    private final FrameAllocator frames;
    private final int kernelDirectory;

    public ProcessExit(Operations ops, Hardware hardware, Scheduler scheduler, FrameAllocator frames, AddressSpace kernel) {
        this.ops = ops;
        this.hardware = hardware;
        this.scheduler = scheduler;
        this.frames = frames;
        this.kernelDirectory = kernel.directory();
    }

    /** Called by the scheduler for the task that exits, before it is marked finished. */
    public void taskEnded(Task task) {
        int directory = task.pageMap();
        if (directory == kernelDirectory) {
            closeFiles(task);
            return;
        }
        task.setPageMap(kernelDirectory);
        scheduler.addressSpaceChanged(task);
        if (task.vforkParent() != null) {
            closeFiles(task);
            scheduler.returnBorrowedSpace(task);
            return;
        }
        if (stillRunsOn(directory, task)) {
            return;
        }
        closeFiles(task);
        AddressSpace.of(hardware, ops, frames, directory).release();
    }

    /**
     * Whether a task other than {@code ending} that has not finished runs on {@code directory},
     * or will: a thread that has not had its first turn yet still runs on the kernel's.
     */
    private boolean stillRunsOn(int directory, Task ending) {
        for (Task task : scheduler.tasks()) {
            boolean alive = task.state() != TaskState.FINISHED && task.state() != TaskState.INVALID;
            boolean sameSpace = task.pageMap() == directory || task.process() == ending.process();
            if (task != ending && alive && sameSpace) {
                return true;
            }
        }
        return false;
    }

    private static void closeFiles(Task task) {
        if (task.files() != null) {
            task.files().closeAll();
        }
    }
}
