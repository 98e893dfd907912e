package eduscc.kernel.lguest;

import eduscc.kernel.arch.Apic;
import eduscc.machine.cpu.Paging;
import eduscc.machine.cpu.tables.GateDescriptor;
import eduscc.machine.cpu.tables.GateType;
import eduscc.machine.cpu.tables.SegmentDescriptor;

/**
 * The host's side of each hypercall (lguest's hypercalls.c initialize, page_tables.c,
 * segments.c, interrupts_and_traps.c; facts C.1 to C.5), for one guest: what a
 * {@link HypercallDispatcher} may ask of the host. PART OF THE KIT: the exercise
 * {@code hypercalls} replaces the dispatcher, never these.
 */
final class HypercallActions implements HypercallHost {
    /** The longest shutdown message the host reads (lguest: a page's worth; the kit's guests need less). */
    static final int SHUTDOWN_MESSAGE_MAX = 256;
    private final Guest guest;
    private final VirtualInterrupts irqs;
    private final VirtioConsole console;

    HypercallActions(Guest guest, VirtualInterrupts irqs, VirtioConsole console) {
        this.guest = guest;
        this.irqs = irqs;
        this.console = console;
    }

    @Override
    public int arg1() {
        return guest.regs.get(SwitcherLayout.EBX);
    }

    @Override
    public int arg2() {
        return guest.regs.get(SwitcherLayout.ECX);
    }

    @Override
    public int arg3() {
        return guest.regs.get(SwitcherLayout.EDX);
    }

    @Override
    public int ringStatus(int slot) {
        return guest.memory.read8(guest.lguestData + LguestData.HCALL_STATUS + ringSlot(slot));
    }

    @Override
    public int ringWord(int slot, int word) {
        if (word < 0 || word > 3) {
            throw new IllegalArgumentException("ringWord: word " + word + " of a ring slot; 0 is the call, 1..3 its arguments");
        }
        return guest.memory.read32(guest.lguestData + LguestData.HCALLS + LguestData.HCALL_ARGS_SIZE * ringSlot(slot) + 4 * word);
    }

    @Override
    public void markDone(int slot) {
        guest.memory.write8(guest.lguestData + LguestData.HCALL_STATUS + ringSlot(slot), LguestData.SLOT_DONE);
    }

    /** A slot of the ring, checked: the ring is only there once lguest_data is, and has 64 slots. */
    private int ringSlot(int slot) {
        if (guest.lguestData == Guest.NO_DATA) {
            throw new IllegalStateException("the asynchronous ring is in lguest_data, which LHCALL_LGUEST_INIT has not"
                + " registered yet (guest " + guest.name + ")");
        }
        if (slot < 0 || slot >= LguestData.RING_SIZE) {
            throw new IllegalArgumentException("ring slot " + slot + "; the ring has slots 0.." + (LguestData.RING_SIZE - 1));
        }
        return slot;
    }

    @Override
    public boolean initialized() {
        return guest.lguestData != Guest.NO_DATA;
    }

    /** LHCALL_LGUEST_INIT: the guest names its lguest_data; the host fills in what it owns. */
    @Override
    public void initialize(int data) {
        if (!guest.memory.contains(data, LguestData.SIZE)) {
            throw new GuestFault(String.format("LHCALL_LGUEST_INIT names lguest_data at 0x%08X, outside its memory", data));
        }
        guest.lguestData = data;
        guest.shadow.setKernelPart(new KernelPart(guest.memory.read32(data + LguestData.USER_ADDRESS),
            guest.memory.read32(data + LguestData.KERNEL_ADDRESS)));
        guest.memory.write32(data + LguestData.RESERVE_MEM, LguestData.RESERVED_FOR_SWITCHER);
        guest.memory.write32(data + LguestData.TSC_KHZ, (int) (Apic.CORE_HZ / 1000));
        for (int slot = 0; slot < LguestData.RING_SIZE; slot++) {
            guest.memory.write8(data + LguestData.HCALL_STATUS + slot, LguestData.SLOT_DONE);
        }
    }

    @Override
    public void shutdown(int message, int how) {
        guest.shutDown(message == 0 ? "(no message)" : guest.virtual.string(message, SHUTDOWN_MESSAGE_MAX),
            how == Hypercalls.SHUTDOWN_RESTART);
    }

    @Override
    public void newPageTable(int pgdir) {
        guest.shadow.switchTo(pgdir);
        pinStack();
    }

    @Override
    public void flushTlb(boolean all) {
        guest.shadow.flush(all);
        pinStack();
    }

    @Override
    public void setPte(int pgdir, int linear, int pte) {
        guest.shadow.setPte(pgdir, linear, pte);
    }

    @Override
    public void setPgd(int pgdir, int index) {
        guest.shadow.setPgd(pgdir, index);
    }

    @Override
    public void setTaskSwitched(boolean taskSwitched) {
        guest.taskSwitched = taskSwitched;
    }

    @Override
    public void setClockEvent(int nanoseconds) {
        irqs.setClockEvent(guest.now(), Integer.toUnsignedLong(nanoseconds));
    }

    @Override
    public void halt() {
        guest.halted = true;
    }

    @Override
    public void notifyDevice(int address) {
        console.notify(address);
    }

    @Override
    public void kill(String reason) {
        throw new GuestFault(reason);
    }

    /**
     * LHCALL_LOAD_IDT_ENTRY (facts C.4): the host keeps the gate as the guest wrote it, for
     * reflecting traps later, and puts into the real IDT either the guest's own gate (a trap
     * gate for an exception or the system call, which may then reach the guest directly) or the
     * Switcher's stub with the guest's DPL. The guest may not take 2, 8, 15 or 0x1F: ignored.
     */
    @Override
    public void loadIdtEntry(int vector, int low, int high) {
        if (vector < 0 || vector >= SwitcherLayout.IDT_ENTRIES) {
            throw new GuestFault("LHCALL_LOAD_IDT_ENTRY for vector " + vector);
        }
        if (vector == 2 || vector == 8 || vector == 15 || vector == Hypercalls.TRAP_ENTRY) {
            return;
        }
        guest.idtLow[vector] = low;
        guest.idtHigh[vector] = high;
        GateDescriptor gate = GuestGates.decode(low, high);
        if (gate != null && goesDirect(vector, gate)) {
            guest.switcher.setGuestIdt(vector, gate);
        } else {
            guest.switcher.setGuestIdt(vector, SwitcherPages.defaultGate(vector, gate != null ? gate.dpl() : 0));
        }
    }

    /** A present trap gate for an exception the host need not see, or for the system call. */
    private boolean goesDirect(int vector, GateDescriptor gate) {
        boolean hostsVector = vector == 7 || vector == 13 || vector == 14 || vector == Hypercalls.TRAP_ENTRY;
        boolean hardware = vector >= 32 && vector != syscallVector();
        return gate.type() == GateType.TRAP32 && !hostsVector && !hardware;
    }

    private int syscallVector() {
        int vector = guest.memory.read32(guest.lguestData + LguestData.SYSCALL_VEC);
        return vector == 0 ? 0x80 : vector;
    }

    /**
     * LHCALL_LOAD_GDT_ENTRY: a ring-0 descriptor becomes ring 1, the accessed bit is set; the
     * TSS and the Switcher's segments are the host's.
     */
    @Override
    public void loadGdtEntry(int index, int low, int high) {
        if (index < 0 || index >= SwitcherLayout.GUEST_GDT_ENTRIES || index == SwitcherLayout.GUEST_TSS_INDEX
            || index == SwitcherLayout.LGUEST_CS_INDEX || index == SwitcherLayout.LGUEST_DS_INDEX) {
            throw new GuestFault("LHCALL_LOAD_GDT_ENTRY may not set GDT entry " + index);
        }
        SegmentDescriptor d = SegmentDescriptor.decode(Integer.toUnsignedLong(low) | (long) high << 32);
        if (d.s() && d.dpl() == 0) {
            d = new SegmentDescriptor(d.base(), d.limit(), d.type(), d.s(), GuestLayout.GUEST_RING, d.present(), d.avl(),
                d.defaultBig(), d.granularity());
        }
        guest.switcher.setGuestGdt(index, d.s() ? SwitcherPages.accessed(d) : d);
    }

    /** LHCALL_SET_STACK: the guest kernel's stack for traps from its ring 3; its RPL must be 1. */
    @Override
    public void setStack(int segment, int pointer) {
        if ((segment & 3) != GuestLayout.GUEST_RING) {
            throw new GuestFault(String.format("LHCALL_SET_STACK with segment 0x%X, not ring 1", segment));
        }
        guest.stackSegment = segment;
        guest.stackPointer = pointer;
        guest.switcher.writeGuestTss(segment, pointer);
        pinStack();
    }

    /**
     * lguest's pin_stack_pages: the guest kernel's stack (the two pages below ESP1) is put into
     * the shadow tables at once, and again after every flush, because a page fault while the
     * processor pushes an interrupt frame there would be a double fault.
     */
    private void pinStack() {
        if (guest.stackPointer == 0) {
            return;
        }
        for (int page = 1; page <= 2; page++) {
            int linear = guest.stackPointer - page * GuestMemory.PAGE;
            if (!guest.shadow.demandPage(linear, Paging.ERR_WRITE)) {
                throw new GuestFault(String.format("its kernel stack at 0x%08X is not mapped writable", linear));
            }
        }
    }
}
