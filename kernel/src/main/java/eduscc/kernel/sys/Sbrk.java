package eduscc.kernel.sys;

import eduscc.kernel.arch.Hardware;
import eduscc.kernel.arch.KernelLayout;
import eduscc.kernel.mm.AddressSpace;
import eduscc.kernel.mm.FrameAllocator;
import eduscc.kernel.sched.Task;
import eduscc.machine.cpu.Operations;

/**
 * sbrk, system call 11: eduOS's one call that moves the end of a process's heap ({@code heap->end}
 * of its heap VMA). The heap starts empty on the page after the program's highest segment; sbrk
 * returns the old break and moves it. Growing maps nothing: each page comes from the page-fault
 * handler at its first touch. Shrinking gives back every page wholly above the new break. A
 * thread moves its process's break, since they share one heap.
 */
public final class Sbrk {
    /** The highest break sbrk allows: 16 MiB below the process's stack top leaves the stacks room. */
    static final long HEAP_LIMIT = Integer.toUnsignedLong(KernelLayout.PROCESS_STACK_TOP) - 0x0100_0000L;

    private final Operations ops;
    private final Hardware hardware;
    private final FrameAllocator frames;

    public Sbrk(Operations ops, Hardware hardware, FrameAllocator frames) {
        this.ops = ops;
        this.hardware = hardware;
        this.frames = frames;
    }

    /** Returns the old break, or -ENOMEM for a break below the heap's start or above {@link #HEAP_LIMIT}. */
    public int sbrk(Task caller, int increment) {
        Task process = caller.process();
        long old = Integer.toUnsignedLong(process.heapBreak());
        long end = old + increment;
        if (end < Integer.toUnsignedLong(process.heapStart()) || end > HEAP_LIMIT) {
            return -SyscallNumbers.ENOMEM;
        }
        process.setHeapBreak((int) end);
        if (end < old) {
            giveBack(process, end, old);
        }
        return (int) old;
    }

    /** Unmaps the pages from the first page boundary at or above {@code end} up to {@code old}. */
    private void giveBack(Task process, long end, long old) {
        AddressSpace space = AddressSpace.of(hardware, ops, frames, process.pageMap());
        long page = (end + FrameAllocator.FRAME_SIZE - 1) & ~(FrameAllocator.FRAME_SIZE - 1L);
        for (; page < old; page += FrameAllocator.FRAME_SIZE) {
            space.unmap((int) page);
        }
    }
}
