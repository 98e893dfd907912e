package eduscc.kernel.lguest;

/**
 * What the host can do for one guest when it serves a hypercall: the actions of lguest's
 * hypercalls.c, page_tables.c, segments.c and interrupts_and_traps.c, offered to a
 * {@link HypercallDispatcher}. The dispatcher decides which action a call number asks for and
 * with which arguments; how an action changes the shadow page tables, the guest's GDT and IDT, its
 * ring-1 stack or its clock is the kit's ({@link HypercallActions}).
 *
 * <p>Every method that reads or writes the regs page or lguest_data is a load or store of the
 * host, charged as such: read each argument once, and only when the call needs it.
 *
 * <pre>
 *   the guest:  EAX = call, EBX = arg1, ECX = arg2, EDX = arg3, INT 0x1F
 *   the host:   trap 0x1F -&gt; dispatcher.hypercall(host, EAX) -&gt; EAX = 0 -&gt; back into the guest
 *
 *   lguest_data (guest memory, registered by LHCALL_LGUEST_INIT)
 *     hcall_status[64]   one byte per slot: 0 pending, 0xFF done
 *     hcalls[64]         per slot five words: call, arg1, arg2, arg3, arg4
 * </pre>
 */
public interface HypercallHost {
    /** Slots of the asynchronous ring (LHCALL_RING_SIZE). */
    int RING_SIZE = LguestData.RING_SIZE;
    /** A slot's status while the guest's call in it waits for the host. */
    int SLOT_PENDING = LguestData.SLOT_PENDING;
    /** A slot's status once the host has run its call (the guest may fill it again). */
    int SLOT_DONE = LguestData.SLOT_DONE;

    // The synchronous call's arguments, in the regs page where the Switcher saved them.

    /** EBX of the synchronous call. */
    int arg1();

    /** ECX of the synchronous call. */
    int arg2();

    /** EDX of the synchronous call. */
    int arg3();

    // The asynchronous ring in lguest_data. Only once the guest is initialized.

    /** The status byte of {@code slot} (0..63): {@link #SLOT_PENDING}, {@link #SLOT_DONE} or what the guest wrote. */
    int ringStatus(int slot);

    /** Word {@code word} of the call in {@code slot}: 0 the call number, 1..3 its arguments. */
    int ringWord(int slot, int word);

    /** Marks {@code slot} done: its status byte becomes {@link #SLOT_DONE}. */
    void markDone(int slot);

    // The host's actions, one per hypercall that does something.

    /** Whether LHCALL_LGUEST_INIT has registered lguest_data (lguest: {@code cpu->lg->lguest_data}). */
    boolean initialized();

    /** LHCALL_LGUEST_INIT: registers lguest_data at guest-physical {@code lguestData} and fills the host's fields. */
    void initialize(int lguestData);

    /** LHCALL_SHUTDOWN: the guest ends with the message at {@code message} (0: none); {@code how} restart or power off. */
    void shutdown(int message, int how);

    /** LHCALL_NEW_PGTABLE: the guest loaded CR3 with {@code pgdir}; its shadow is taken and its stack pinned. */
    void newPageTable(int pgdir);

    /** LHCALL_FLUSH_TLB: empties the shadow's user part, or with {@code all} the kernel part too. */
    void flushTlb(boolean all);

    /** LHCALL_SET_PTE: the guest wrote {@code pte} into its table for {@code linear} in directory {@code pgdir}. */
    void setPte(int pgdir, int linear, int pte);

    /** LHCALL_SET_PGD: the guest changed entry {@code index} of directory {@code pgdir}. */
    void setPgd(int pgdir, int index);

    /** LHCALL_LOAD_IDT_ENTRY: the guest's gate for {@code vector}, as two words. */
    void loadIdtEntry(int vector, int low, int high);

    /** LHCALL_LOAD_GDT_ENTRY: the guest's descriptor {@code index}, as two words. */
    void loadGdtEntry(int index, int low, int high);

    /** LHCALL_SET_STACK: the guest kernel's stack for traps from its ring 3 (SS1:ESP1). */
    void setStack(int segment, int pointer);

    /** LHCALL_TS: whether the guest wants CR0.TS set (the next FPU use traps into it). */
    void setTaskSwitched(boolean taskSwitched);

    /** LHCALL_SET_CLOCKEVENT: the guest's timer fires {@code nanoseconds} from now (an unsigned 32-bit count). */
    void setClockEvent(int nanoseconds);

    /** LHCALL_HALT: the guest waits for an interrupt. */
    void halt();

    /** LHCALL_NOTIFY: the guest's virtio driver kicked the device whose notify address is {@code address}. */
    void notifyDevice(int address);

    /**
     * lguest's kill_guest: the guest ends for good with {@code reason} on the host's console; the
     * host goes on. It does not return: the guest's hypercall ends here.
     */
    void kill(String reason);
}
