package eduscc.kernel.mm;

import eduscc.kernel.arch.Hardware;
import eduscc.kernel.arch.InterruptFrame;
import eduscc.kernel.arch.KernelLayout;
import eduscc.kernel.sched.KernelPanic;
import eduscc.kernel.sched.Scheduler;
import eduscc.kernel.sched.Task;
import eduscc.machine.cpu.Core;
import eduscc.machine.cpu.Operations;
import eduscc.machine.cpu.Paging;
import eduscc.machine.trace.TraceEvent;
import java.util.function.Consumer;

/**
 * The handler of vector 14, #PF (eduOS arch/x86/mm/page.c {@code page_fault_handler}). The
 * processor left the faulting linear address in CR2 and pushed an error code (SDM Vol. 3A §4.7):
 * bit 0 set for a protection violation (clear: the page was not present), bit 1 for a write,
 * bit 2 for an access from user mode. The handler decides:
 * <ul>
 *   <li>a page of the user heap that is not present yet is a demand-zero page: a frame from the
 *       allocator, zeroed, mapped writable for the user; the faulting access then runs again
 *       and finds it;
 *   <li>so is a page of the user stack area that a program reaches by pushing below its mapped
 *       stack: the stack grows a page at a time;
 *   <li>a write to a copy-on-write page (after a fork) gets a copy of the frame, or the frame
 *       itself when no one else shares it any more ({@link CopyOnWrite});
 *   <li>any other fault from user mode kills only the task, with a message naming the address,
 *       the access and the task; so does a fault of the kernel at a user address while it works
 *       for a process (a bad pointer in a system call);
 *   <li>a fault in the kernel is a panic with the same detail.
 * </ul>
 * The first two change memory through a {@link PageFaultResolver}: the kit's, or a student's
 * (the exercise {@code page-faults}); the decisions stay here.
 */
public final class PageFaultHandler {
    private static final long STACK_TOP = Integer.toUnsignedLong(KernelLayout.PROCESS_STACK_TOP);
    /** The lowest address of any user stack: one slot for the program and one per task slot. */
    static final long STACK_AREA = STACK_TOP - (long) KernelLayout.PROCESS_STACK_SLOT * (Scheduler.MAX_TASKS + 1);
    /** How far below ESP a push can store: PUSHA's eight doublewords. */
    private static final int PUSH_REACH = 32;
    private final Core core;
    private final Operations ops;
    private final Hardware hardware;
    private final Scheduler scheduler;
    private final FrameAllocator frames;
    /** What changes memory for a demand-zero or copy-on-write fault: the kit's, or a student's. */
    private final PageFaultResolver resolver;
    private final Consumer<String> console;

    public PageFaultHandler(Core core, Hardware hardware, Scheduler scheduler, FrameAllocator frames,
                            Consumer<String> console) {
        this(core, hardware, scheduler, frames, PageFaultResolverFactory.KIT, console);
    }

    /** @param resolvers the page-fault plug-in the lab chose ({@link PageFaultPlugins}) */
    public PageFaultHandler(Core core, Hardware hardware, Scheduler scheduler, FrameAllocator frames,
                            PageFaultResolverFactory resolvers, Consumer<String> console) {
        this.core = core;
        this.ops = core.ops();
        this.hardware = hardware;
        this.scheduler = scheduler;
        this.frames = frames;
        this.resolver = resolvers.create(ops, frames);
        this.console = console;
    }

    public void handle(InterruptFrame frame) {
        int address = hardware.pageFaultAddress();
        int code = frame.errorCode();
        Task current = scheduler.current();
        String task = current.name();
        if ((code & Paging.ERR_PRESENT) == 0 && (isHeap(address) || inOwnHeap(current.process(), address)
                || isStackGrowth(frame, address)) && zeroFill(address, current)) {
            return;
        }
        if ((code & Paging.ERR_PRESENT) != 0 && (code & Paging.ERR_WRITE) != 0 && isUserSpace(address)) {
            PageFaultResolver.Resolution copied = resolver.copyOnWrite(spaceOf(current), address);
            if (copied != null) {
                core.trace(new TraceEvent.PageFaultResolved(address, copied.outcome(), task, copied.frame()));
                return;
            }
        }
        String what = describe(address, code) + " in " + task;
        if (frame.fromUser() || isUserSpace(address) && hasOwnSpace(current)) {
            core.trace(new TraceEvent.PageFaultResolved(address, "killed", task, 0));
            console.accept("core " + core.pid() + ": " + task + " killed: " + what + "\n");
            scheduler.exit(-1);
        }
        core.trace(new TraceEvent.PageFaultResolved(address, "panic", task, 0));
        throw new KernelPanic("core " + core.pid() + ": " + what + " (kernel code at " + String.format("%08X", frame.eip()) + ")");
    }

    /** Maps a zeroed frame at the page of {@code address} in the task's space; false when no frame is left. */
    private boolean zeroFill(int address, Task task) {
        int frame = resolver.demandZero(spaceOf(task), address);
        if (frame == FrameAllocator.NO_FRAME) {
            console.accept("core " + core.pid() + ": out of memory for the heap page "
                + String.format("%08X", address & Paging.FRAME) + "\n");
            return false;
        }
        core.trace(new TraceEvent.PageFaultResolved(address, PageFaultResolver.Resolution.ZERO_FILLED, task.name(), frame));
        return true;
    }

    /** The address space {@code task} runs on (CR3 holds it while the handler runs). */
    private AddressSpace spaceOf(Task task) {
        return AddressSpace.of(hardware, ops, frames, task.pageMap());
    }

    /** A process (or its thread): it runs on a page directory other than the kernel's, which the idle task keeps. */
    private boolean hasOwnSpace(Task task) {
        return task.pageMap() != scheduler.idle().pageMap();
    }

    /**
     * A user address (above the kernel's identity map, below its top GiB): when the kernel faults
     * there on behalf of a process (a bad pointer passed to a system call), the process dies, not
     * the kernel.
     */
    static boolean isUserSpace(int address) {
        long a = Integer.toUnsignedLong(address);
        return a >= KernelLayout.IDENTITY_MAPPED && a < 0xC000_0000L;
    }

    /**
     * A user-mode access into the stack area that is no further below ESP than a push can reach
     * (PUSHA stores 32 bytes below it). Exec maps a program's top 16 KiB and each thread's; every
     * stack has {@link KernelLayout#PROCESS_STACK_SLOT} of room below its top, so one can grow to 64 KiB before it
     * meets the next. An access further below ESP is a stray pointer, not a growing stack.
     */
    static boolean isStackGrowth(InterruptFrame frame, int address) {
        long a = Integer.toUnsignedLong(address);
        long reach = Integer.toUnsignedLong(frame.userEsp()) - PUSH_REACH;
        return frame.fromUser() && a >= STACK_AREA && a < STACK_TOP && a >= reach;
    }

    /** Below the break of an x86 program's heap (sbrk). */
    static boolean inOwnHeap(Task task, int address) {
        long a = Integer.toUnsignedLong(address);
        return a >= Integer.toUnsignedLong(task.heapStart()) && a < Integer.toUnsignedLong(task.heapBreak());
    }

    static boolean isHeap(int address) {
        long a = Integer.toUnsignedLong(address);
        return a >= KernelLayout.USER_HEAP && a < (long) KernelLayout.USER_HEAP + KernelLayout.USER_HEAP_SIZE;
    }

    /** "page fault: a write to 00000010 (page not present) from the kernel" */
    static String describe(int address, int code) {
        return String.format("page fault: a %s %08X (%s) from %s", (code & Paging.ERR_WRITE) != 0 ? "write to" : "read of",
            address, (code & Paging.ERR_PRESENT) != 0 ? "protection violation" : "page not present",
            (code & Paging.ERR_USER) != 0 ? "user mode" : "the kernel");
    }
}
