package eduscc.kernel.arch;

/**
 * Where the kernel keeps what the hardware reads, in every core's private memory (DESIGN §4:
 * descriptor tables, TSSs and stacks are real bytes in simulated memory). The addresses are the
 * kit's choice, below the 16 MiB that eduOS's own layout leaves to the kernel.
 */
public final class KernelLayout {
    /** The Global Descriptor Table: 64 entries of 8 bytes. */
    public static final int GDT = 0x00110000;
    public static final int GDT_ENTRIES = 64;
    /** The Interrupt Descriptor Table: 256 gates of 8 bytes. */
    public static final int IDT = 0x00111000;
    public static final int IDT_ENTRIES = 256;
    /** Task-state segments, one 128-byte slot each (a 32-bit TSS needs 104 bytes). */
    public static final int TSS_AREA = 0x00112000;
    public static final int TSS_SLOT = 128;
    /**
     * entry.asm ({@link EntryStubs}) is loaded here with the kernel image: the vectors' stubs that
     * the IDT gates point at, common_stub, isrsyscall and switch_context.
     */
    public static final int HANDLERS = 0x00118000;
    /** Where every new task starts: the kernel binds its task-entry code here (eduOS's default frame EIP). */
    public static final int TASK_ENTRY = 0x00119000;
    /**
     * The far JMP of early MetalSVM's {@code switch_task} (opcode EA, offset32, selector16): the
     * hardware context switch writes the next task's TSS selector into the instruction's selector
     * field, {@link #SWITCH_JUMP_SELECTOR} bytes in, and then executes it.
     */
    public static final int SWITCH_JUMP = 0x00119010;
    public static final int SWITCH_JUMP_SELECTOR = 5;
    /**
     * eduOS's {@code task_table}: one 64-byte {@code task_t} per slot, the idle task's first
     * (layout in {@code sched.TaskT}). 59 slots end at 0x00120EC0. Each entry holds the task's
     * {@code last_stack_pointer}, where entry.asm's switch_context stores the stack pointer of the
     * task it leaves and get_current_stack reads the next one's.
     */
    public static final int TASK_TABLE = 0x00120000;
    /** eduOS's {@code readyqueues}: the lists, the bitmap and the lock (layout in {@code sched.ReadyQueues}). */
    public static final int READY_QUEUES = 0x00121000;
    /**
     * eduOS mm/memory.c's page-frame bitmap: bit n of the bitmap is set while frame n of the
     * {@link #FRAME_POOL} is in use (1024 frames, 128 bytes).
     */
    public static final int FRAME_BITMAP = 0x00122000;
    /**
     * One byte per frame of the pool: how many mappings use the frame. Frames shared after a
     * fork count more than one; a frame is free again when its count falls to zero.
     */
    public static final int FRAME_COUNTS = 0x00123000;
    /**
     * The tasks' semaphores and mutexes (kernel {@code sync}): {@link #SEMAPHORE_SLOTS} slots of
     * {@link #SEMAPHORE_SLOT} bytes, each an eduOS {@code sem_t} (layout in {@code sync.Semaphore}),
     * a mutex's owner after it. Above the lguest guest's pages at 0x00124000 and 0x00125000.
     */
    public static final int SEMAPHORES = 0x00126000;
    public static final int SEMAPHORE_SLOTS = 16;
    public static final int SEMAPHORE_SLOT = 256;
    /**
     * The context-switch benchmark's two TSC words, the first task's then the second's, in one
     * cache line of kernel data (kernel {@code bench.SwitchSampler}); a lab's {@code switchSamples}
     * step uses the same place. The kit's choice, above the semaphores.
     */
    public static final int SWITCH_READINGS = 0x00130000;
    /** The frames the allocator hands out: 4 MiB from 12 MiB, inside the kernel's identity map. */
    public static final int FRAME_POOL = 0x00C00000;
    public static final int FRAME_POOL_FRAMES = 1024;
    /**
     * With paging on, the kernel maps the low 16 MiB to themselves (supervisor pages, except the
     * user stacks and the user entry): everything above lies in it, so the kernel's addresses
     * stay as they were without paging.
     */
    public static final int IDENTITY_MAPPED = 0x01000000;
    /**
     * The user heap: demand-zero pages, mapped by the page-fault handler on first touch (eduOS
     * maps its heap VMA the same way). Nothing is mapped here until a task touches it.
     */
    public static final int USER_HEAP = 0x10000000;
    public static final int USER_HEAP_SIZE = 0x00400000;
    /**
     * An x86 program's stack ends here, just below the kernel's top GiB (eduOS puts it above the
     * program); {@link #PROCESS_STACK_PAGES} pages of 4 KiB, the 16 KiB of eduOS's DEFAULT_STACK_SIZE.
     */
    public static final int PROCESS_STACK_TOP = 0xC0000000;
    public static final int PROCESS_STACK_PAGES = 4;
    /**
     * The room each user stack of a process has to grow into: the program's stack below
     * {@link #PROCESS_STACK_TOP}, each thread's one slot lower per task slot. ASSUMPTION: eduOS
     * maps fixed 16 KiB stacks and does not grow them; 64 KiB is the kit's choice.
     */
    public static final int PROCESS_STACK_SLOT = 0x10000;
    /** Where a user task's program starts in ring 3: the kernel binds the user-side runner here. */
    public static final int USER_ENTRY = 0x00A00000;
    /** Kernel stacks: 8 KiB each (eduOS KERNEL_STACK_SIZE), the stack of slot n ends at its top. */
    public static final int KERNEL_STACKS = 0x00200000;
    public static final int KERNEL_STACK_SIZE = 8 * 1024;
    /**
     * A message buffer of 16 KiB per task slot, in private memory, for what a task sends to or
     * receives from another core (kernel {@code ipc}; RCCE's {@code buf} argument). The kit's
     * choice of place: free room of the identity map between the kernel stacks and the ramdisk.
     */
    public static final int MESSAGE_BUFFERS = 0x00300000;
    public static final int MESSAGE_BUFFER_SIZE = 16 * 1024;
    /** User stacks: 16 KiB each (eduOS DEFAULT_STACK_SIZE). */
    public static final int USER_STACKS = 0x00800000;
    public static final int USER_STACK_SIZE = 16 * 1024;

    private KernelLayout() {
    }

    public static int tssAddress(int slot) {
        return TSS_AREA + TSS_SLOT * slot;
    }

    /** The first address above kernel stack {@code slot}: where its ESP starts. */
    public static int kernelStackTop(int slot) {
        return KERNEL_STACKS + KERNEL_STACK_SIZE * (slot + 1);
    }

    /** Where the message buffer of task slot {@code slot} begins. */
    public static int messageBuffer(int slot) {
        return MESSAGE_BUFFERS + MESSAGE_BUFFER_SIZE * slot;
    }

    public static int userStackTop(int slot) {
        return USER_STACKS + USER_STACK_SIZE * (slot + 1);
    }

    /**
     * Whether {@code length} bytes from {@code address} lie in user data: the user stacks up to the
     * user program's entry. The kit has no paging, so this range check is how a system call refuses
     * a pointer into kernel memory (Linux returns -EFAULT for the same mistake).
     */
    public static boolean isUserData(int address, int length) {
        long start = Integer.toUnsignedLong(address);
        return length >= 0 && start >= USER_STACKS && start + length <= USER_ENTRY;
    }
}
