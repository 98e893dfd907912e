package eduscc.kernel.sys;

import eduscc.kernel.arch.Hardware;
import eduscc.kernel.fs.FileDescriptorTable;
import eduscc.kernel.fs.FileSystem;
import eduscc.kernel.mm.AddressSpace;
import eduscc.kernel.mm.CopyOnWrite;
import eduscc.kernel.mm.FrameAllocator;
import eduscc.kernel.sched.Scheduler;
import eduscc.kernel.sched.Task;
import eduscc.machine.cpu.Operations;
import eduscc.machine.cpu.Registers;

/**
 * fork, system call 12 (eduOS numbers; the Unix call): the calling x86 program gets a child that
 * runs on from the same place with the same registers and a copy of its address space, made
 * lazily by copy-on-write ({@link CopyOnWrite}). The parent's fork returns the child's id, the
 * child's returns 0. A Java user task cannot fork, since a Java stack cannot be copied: it gets
 * -ENOSYS.
 *
 * <p>The child shares the parent's open files: the same descriptors, on the same offsets.
 *
 * <p>The child is a new task whose kernel half loads its directory into CR3 and returns to ring 3
 * the way the parent will: at the instruction after the parent's INT 0x80, with the parent's
 * registers as isrsyscall saved them on the parent's kernel stack, and EAX 0.
 */
public final class Fork {
    /** syscall_handler's argument list (SyscallHandler): EAX, EBX, ECX, EDX, ESI, EDI, EBP, DS, ES, then the processor's EIP, CS, EFLAGS, ESP, SS. */
    private static final int[] SAVED = {Registers.EBX, Registers.ECX, Registers.EDX, Registers.ESI, Registers.EDI,
        Registers.EBP};
    private static final int EIP = 9;
    private static final int ESP = 12;

    private final Operations ops;
    private final Hardware hardware;
    private final Scheduler scheduler;
    private final FrameAllocator frames;
    private final AddressSpace kernel;
    private final FileSystem fs;

    public Fork(Operations ops, Hardware hardware, Scheduler scheduler, FrameAllocator frames, AddressSpace kernel,
                FileSystem fs) {
        this.ops = ops;
        this.hardware = hardware;
        this.scheduler = scheduler;
        this.frames = frames;
        this.kernel = kernel;
        this.fs = fs;
    }

    /** Called by syscall_handler for {@code parent}; returns the child's id or a negative errno. */
    public int fork(Task parent) {
        if (parent.pageMap() == kernel.directory()) {
            return -SyscallNumbers.ENOSYS;
        }
        if (!scheduler.hasFreeSlot()) {
            return -SyscallNumbers.EAGAIN;
        }
        AddressSpace child = AddressSpace.forProcess(ops, frames, kernel);
        AddressSpace own = AddressSpace.of(hardware, ops, frames, parent.pageMap());
        if (child == null || !new CopyOnWrite(ops, frames).share(own, child)) {
            return -SyscallNumbers.ENOMEM;
        }
        // The parent's writable pages became read-only: reloading CR3 drops their cached translations.
        hardware.loadPageDirectory(parent.pageMap());
        return child(parent, child.directory()).id();
    }

    /**
     * vfork (the kit's number 43; eduOS has none): the child runs on the parent's own address
     * space, nothing copied, and the parent waits until the child calls execve or exits, since
     * both would run on the same stack. Returns the child's id to the parent, 0 to the child.
     * Interrupts stay off from the child's creation until the parent blocks, so the child cannot
     * run (and exit) before it is marked as borrowing the space.
     */
    public int vfork(Task parent) {
        if (parent.pageMap() == kernel.directory()) {
            return -SyscallNumbers.ENOSYS;
        }
        if (!scheduler.hasFreeSlot()) {
            return -SyscallNumbers.EAGAIN;
        }
        int flags = hardware.irqSave();
        Task child = child(parent, parent.pageMap());
        child.setVforkParent(parent);
        scheduler.waitForBorrowedSpace(child);
        hardware.irqRestore(flags);
        return child.id();
    }

    /**
     * The child task: its kernel half loads {@code directory} into CR3 and returns to ring 3 where
     * the parent's INT 0x80 will, with the parent's registers, EAX 0, and the parent's heap.
     */
    private Task child(Task parent, int directory) {
        int[] registers = new int[SAVED.length];
        for (int i = 0; i < SAVED.length; i++) {
            registers[i] = ops.stackArgument(1 + i);
        }
        int eip = ops.stackArgument(EIP);
        int esp = ops.stackArgument(ESP);
        Task task = scheduler.create(parent.name() + "-child", parent.priority(), () -> {
            Task self = scheduler.current();
            self.setPageMap(directory);
            scheduler.addressSpaceChanged(self);
            for (int i = 0; i < SAVED.length; i++) {
                ops.setRegister(SAVED[i], registers[i]);
            }
            ops.setRegister(Registers.EAX, 0);
            scheduler.enterUserMode(eip, esp);
        });
        task.setProgram(parent.program());
        task.setFiles(parent.files() == null ? FileDescriptorTable.withStandardStreams(fs.console())
            : parent.files().copyForFork());
        task.startHeap(parent.heapStart());
        task.setHeapBreak(parent.heapBreak());
        return task;
    }
}
