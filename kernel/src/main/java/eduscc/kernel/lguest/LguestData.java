package eduscc.kernel.lguest;

/**
 * The byte layout of {@code struct lguest_data} (facts C.2), the page the guest shares with the
 * host: the guest names its guest-physical address in LHCALL_LGUEST_INIT, and from then on both
 * read and write it. The field order is lguest's; every field is a 32-bit word, except
 * {@code time} (a timespec: seconds, nanoseconds), the 64 status bytes of the asynchronous
 * hypercall ring and its 64 argument blocks of five words.
 */
public final class LguestData {
    /** The guest's virtual interrupt flag: 0, or 512 (EFLAGS.IF) when interrupts are on. */
    public static final int IRQ_ENABLED = 0;
    /** One bit per virtual IRQ the guest has blocked (32 IRQs). */
    public static final int BLOCKED_INTERRUPTS = 4;
    /** The address of the last page fault, written by the host before it reflects a #PF. */
    public static final int CR2 = 8;
    public static final int TIME = 12;
    /** 512 while an interrupt waits because the guest had interrupts off. */
    public static final int IRQ_PENDING = 20;
    public static final int HCALL_STATUS = 24;
    public static final int HCALLS = HCALL_STATUS + 64;
    public static final int HCALL_ARGS_SIZE = 20;
    /** Fields the host fills at LGUEST_INIT. */
    public static final int RESERVE_MEM = HCALLS + 64 * HCALL_ARGS_SIZE;
    public static final int TSC_KHZ = RESERVE_MEM + 4;
    /** Fields the guest fills before LGUEST_INIT. */
    public static final int NOIRQ_START = TSC_KHZ + 4;
    public static final int NOIRQ_END = NOIRQ_START + 4;
    public static final int KERNEL_ADDRESS = NOIRQ_END + 4;
    public static final int SYSCALL_VEC = KERNEL_ADDRESS + 4;
    /**
     * The kit's own field, not lguest's: where the guest's user space begins. Below it, as above
     * {@link #KERNEL_ADDRESS}, the guest maps every address space the same way (the kit's kernel
     * maps its low 16 MiB to itself there; a Linux guest has nothing below and leaves it 0).
     */
    public static final int USER_ADDRESS = SYSCALL_VEC + 4;
    public static final int SIZE = USER_ADDRESS + 4;

    /** The ring has 64 slots (LHCALL_RING_SIZE); a slot's status is 0 while pending, 0xFF when done. */
    public static final int RING_SIZE = 64;
    public static final int SLOT_PENDING = 0;
    public static final int SLOT_DONE = 0xFF;
    /** What the host asks the guest to leave alone: the top 4 MiB, where the Switcher sits. */
    public static final int RESERVED_FOR_SWITCHER = 4 << 20;

    private LguestData() {
    }
}
