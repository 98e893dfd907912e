package eduscc.kernel.lguest;

import eduscc.kernel.arch.Apic;
import eduscc.machine.cpu.Paging;
import eduscc.machine.cpu.tables.GateDescriptor;
import eduscc.machine.cpu.tables.GateType;
import eduscc.machine.cpu.tables.SegmentDescriptor;

/**
 * lguest's hypercalls.c on the host side (facts C.1): the guest's INT 0x1F arrives as trap 0x1F
 * with the call in the saved EAX and its arguments in EBX, ECX, EDX and ESI. Before every
 * synchronous call, and on every pass of the launcher's loop, the host runs the calls the guest
 * queued in lguest_data's asynchronous ring. LHCALL_LGUEST_INIT must come first; a number lguest
 * does not know kills the guest.
 */
final class HypercallHandler {
    private final Guest guest;
    private final VirtualInterrupts irqs;
    private final VirtioConsole console;
    private int nextAsync;

    HypercallHandler(Guest guest, VirtualInterrupts irqs, VirtioConsole console) {
        this.guest = guest;
        this.irqs = irqs;
        this.console = console;
    }

    /** Trap 0x1F: the synchronous hypercall in the regs page. Its result goes back in EAX. */
    void handle() {
        GuestRegisters regs = guest.regs;
        int call = regs.get(SwitcherLayout.EAX);
        guest.hypercalls++;
        if (guest.lguestData == Guest.NO_DATA) {
            if (call != Hypercalls.LGUEST_INIT) {
                throw new GuestFault(Hypercalls.name(call) + " before LHCALL_LGUEST_INIT");
            }
            initialize(regs.get(SwitcherLayout.EBX));
        } else {
            runAsync();
            run(call, regs.get(SwitcherLayout.EBX), regs.get(SwitcherLayout.ECX), regs.get(SwitcherLayout.EDX));
        }
        regs.set(SwitcherLayout.EAX, 0);
    }

    /** The asynchronous ring: slots from where the host stopped last, while their status says pending. */
    void runAsync() {
        if (guest.lguestData == Guest.NO_DATA) {
            return;
        }
        for (int done = 0; done < LguestData.RING_SIZE; done++) {
            int status = guest.lguestData + LguestData.HCALL_STATUS + nextAsync;
            if (guest.memory.read8(status) != LguestData.SLOT_PENDING) {
                return;
            }
            int args = guest.lguestData + LguestData.HCALLS + LguestData.HCALL_ARGS_SIZE * nextAsync;
            run(guest.memory.read32(args), guest.memory.read32(args + 4), guest.memory.read32(args + 8),
                guest.memory.read32(args + 12));
            guest.memory.write8(status, LguestData.SLOT_DONE);
            nextAsync = (nextAsync + 1) % LguestData.RING_SIZE;
        }
    }

    /** LHCALL_LGUEST_INIT: the guest names its lguest_data; the host fills in what it owns. */
    private void initialize(int data) {
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

    private void run(int call, int arg1, int arg2, int arg3) {
        switch (call) {
            case Hypercalls.FLUSH_ASYNC, Hypercalls.SEND_INTERRUPTS -> {
                // nothing to do: the exit itself was the point (the ring ran, interrupts get their chance)
            }
            case Hypercalls.LGUEST_INIT -> throw new GuestFault("LHCALL_LGUEST_INIT a second time");
            case Hypercalls.SHUTDOWN -> guest.shutDown(arg1 == 0 ? "(no message)" : guest.virtual.string(arg1, 256),
                arg2 == Hypercalls.SHUTDOWN_RESTART);
            case Hypercalls.NEW_PGTABLE -> {
                guest.shadow.switchTo(arg1);
                pinStack();
            }
            case Hypercalls.FLUSH_TLB -> {
                guest.shadow.flush(arg1 != 0);
                pinStack();
            }
            case Hypercalls.SET_PTE -> guest.shadow.setPte(arg1, arg2, arg3);
            case Hypercalls.SET_PGD -> guest.shadow.setPgd(arg1, arg2);
            case Hypercalls.LOAD_IDT_ENTRY -> loadIdtEntry(arg1, arg2, arg3);
            case Hypercalls.LOAD_GDT_ENTRY -> loadGdtEntry(arg1, arg2, arg3);
            case Hypercalls.SET_STACK -> setStack(arg1, arg2);
            case Hypercalls.TS -> guest.taskSwitched = arg1 != 0;
            case Hypercalls.HALT -> guest.halted = true;
            case Hypercalls.SET_CLOCKEVENT -> irqs.setClockEvent(guest.now(), Integer.toUnsignedLong(arg1));
            case Hypercalls.NOTIFY -> console.notify(arg1);
            case Hypercalls.LOAD_TLS ->
                throw new GuestFault(Hypercalls.name(call) + " is not in the kit's lguest yet");
            default -> throw new GuestFault("unknown hypercall " + call);
        }
    }

    /**
     * LHCALL_LOAD_IDT_ENTRY (facts C.4): the host keeps the gate as the guest wrote it, for
     * reflecting traps later, and puts into the real IDT either the guest's own gate (a trap
     * gate for an exception or the system call, which may then reach the guest directly) or the
     * Switcher's stub with the guest's DPL. The guest may not take 2, 8, 15 or 0x1F: ignored.
     */
    private void loadIdtEntry(int vector, int low, int high) {
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
    private void loadGdtEntry(int index, int low, int high) {
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
    private void setStack(int segment, int pointer) {
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
