package eduscc.kernel.lguest;

import eduscc.kernel.arch.Gdt;
import eduscc.kernel.arch.KernelLayout;
import eduscc.kernel.arch.TaskStateSegment;
import eduscc.kernel.mm.AddressSpace;
import eduscc.kernel.mm.FrameAllocator;
import eduscc.machine.cpu.CycleLedger;
import eduscc.machine.cpu.Operations;
import eduscc.machine.cpu.Paging;
import eduscc.machine.cpu.tables.DescriptorType;
import eduscc.machine.cpu.tables.GateDescriptor;
import eduscc.machine.cpu.tables.SegmentDescriptor;
import eduscc.machine.cpu.tables.Selector;
import eduscc.machine.cpu.tables.Tss32;

/**
 * This core's Switcher and lguest_pages, set up once when the core first hosts a guest (lguest's
 * {@code init} and {@code lguest_arch_host_init}, facts C.3): three frames from the host's frame
 * pool, the Switcher's code copied into the first, all three mapped at 0xFFC00000 in the host's
 * address space (the code read-only), the host-only segments LGUEST_CS and LGUEST_DS in the
 * host's GDT, and the read-only state page filled with what does not change from run to run:
 * the host's CR3, GDT, IDT, the guest's TSS, GDT and default IDT.
 */
public final class SwitcherPages {
    /** The cycle ledger's parts of the Switcher page: the host's call, the way in, the way out (stubs included). */
    public static final String RUN_GUEST_ONCE = "run_guest_once";
    public static final String WAY_IN = "Switcher in";
    public static final String WAY_OUT = "Switcher out";

    private final Operations ops;
    private final int codeFrame;
    private final int regsFrame;
    private final int stateFrame;

    private SwitcherPages(Operations ops, int codeFrame, int regsFrame, int stateFrame) {
        this.ops = ops;
        this.codeFrame = codeFrame;
        this.regsFrame = regsFrame;
        this.stateFrame = stateFrame;
    }

    /**
     * Sets the Switcher up in {@code host} (the kernel's address space, whose directory is
     * {@code hostCr3}). Fails with a GuestFault if the frame pool is exhausted.
     */
    public static SwitcherPages install(Operations ops, FrameAllocator frames, AddressSpace host, Gdt gdt, CycleLedger ledger) {
        int code = frames.allocate();
        int regs = frames.allocate();
        int state = frames.allocate();
        if (code == FrameAllocator.NO_FRAME || regs == FrameAllocator.NO_FRAME || state == FrameAllocator.NO_FRAME
            || !host.map(SwitcherLayout.CODE, code, 0) || !host.map(SwitcherLayout.REGS_PAGE, regs, Paging.RW)
            || !host.map(SwitcherLayout.STATE_PAGE, state, Paging.RW)) {
            throw new GuestFault("the host's frame pool cannot hold the Switcher's pages");
        }
        frames.zero(regs);
        frames.zero(state);
        SwitcherPages pages = new SwitcherPages(ops, code, regs, state);
        pages.copyCode();
        gdt.set(SwitcherLayout.LGUEST_CS_INDEX, lguestSegment(DescriptorType.CODE | DescriptorType.READABLE));
        gdt.set(SwitcherLayout.LGUEST_DS_INDEX, lguestSegment(DescriptorType.WRITABLE));
        pages.writeHostState(host.directory());
        pages.writeGuestGdt();
        pages.writeGuestTss(0, 0);
        pages.writeDefaultIdt();
        mapCode(ledger);
        return pages;
    }

    private static void mapCode(CycleLedger ledger) {
        int end = SwitcherLayout.CODE + SwitcherCode.assembly().bytes().length;
        ledger.mapCode(SwitcherLayout.CODE, SwitcherCode.address("switch_to_guest"), RUN_GUEST_ONCE);
        ledger.mapCode(SwitcherCode.address("switch_to_guest"), SwitcherCode.address("switch_to_host"), WAY_IN);
        ledger.mapCode(SwitcherCode.address("switch_to_host"), end, WAY_OUT);
    }

    /** A flat 4 GiB ring-0 segment, accessed bit set: 0xC09B for code, 0xC093 for data. */
    static SegmentDescriptor lguestSegment(int type) {
        return new SegmentDescriptor(0, SegmentDescriptor.MAX_LIMIT, type | DescriptorType.ACCESSED, true, 0, true,
            false, true, true);
    }

    /** lguest copies the Switcher's text into its page at load time; so does the kit, a word at a time. */
    private void copyCode() {
        byte[] bytes = SwitcherCode.assembly().bytes();
        for (int i = 0; i < bytes.length; i += 4) {
            int word = 0;
            for (int b = 0; b < 4 && i + b < bytes.length; b++) {
                word |= (bytes[i + b] & 0xFF) << (8 * b);
            }
            ops.write32(codeFrame + i, word);
        }
    }

    private void writeHostState(int hostCr3) {
        ops.write32(SwitcherLayout.HOST_CR3, hostCr3);
        writeDescriptorPointer(SwitcherLayout.HOST_IDT_DESC, KernelLayout.IDT, KernelLayout.IDT_ENTRIES * 8 - 1);
        writeDescriptorPointer(SwitcherLayout.HOST_GDT_DESC, KernelLayout.GDT, KernelLayout.GDT_ENTRIES * 8 - 1);
        writeDescriptorPointer(SwitcherLayout.GUEST_IDT_DESC, SwitcherLayout.GUEST_IDT, SwitcherLayout.IDT_ENTRIES * 8 - 1);
        writeDescriptorPointer(SwitcherLayout.GUEST_GDT_DESC, SwitcherLayout.GUEST_GDT, SwitcherLayout.GUEST_GDT_ENTRIES * 8 - 1);
    }

    /** struct desc_ptr: the 16-bit limit, then the 32-bit base, packed (what LGDT and LIDT read). */
    private void writeDescriptorPointer(int at, int base, int limit) {
        ops.write16(at, limit);
        ops.write32(at + 2, base);
    }

    /**
     * The guest's GDT before the guest changes it: the kit kernel's flat segments, the kernel's
     * moved to ring 1 (lguest turns DPL 0 into 1), every accessed bit set (the guest cannot write
     * its GDT), the guest's TSS and the Switcher's two segments.
     */
    private void writeGuestGdt() {
        setGuestGdt(1, accessed(SegmentDescriptor.flatCode(GuestLayout.GUEST_RING)));
        setGuestGdt(2, accessed(SegmentDescriptor.flatData(GuestLayout.GUEST_RING)));
        setGuestGdt(3, accessed(SegmentDescriptor.flatCode(3)));
        setGuestGdt(4, accessed(SegmentDescriptor.flatData(3)));
        setGuestGdt(SwitcherLayout.GUEST_TSS_INDEX, SegmentDescriptor.tss32(SwitcherLayout.GUEST_TSS, 0x67, 0));
        setGuestGdt(SwitcherLayout.LGUEST_CS_INDEX, lguestSegment(DescriptorType.CODE | DescriptorType.READABLE));
        setGuestGdt(SwitcherLayout.LGUEST_DS_INDEX, lguestSegment(DescriptorType.WRITABLE));
    }

    static SegmentDescriptor accessed(SegmentDescriptor d) {
        return new SegmentDescriptor(d.base(), d.limit(), d.type() | DescriptorType.ACCESSED, d.s(), d.dpl(), d.present(),
            d.avl(), d.defaultBig(), d.granularity());
    }

    void setGuestGdt(int index, SegmentDescriptor descriptor) {
        long bits = descriptor.encode();
        ops.write32(SwitcherLayout.GUEST_GDT + 8 * index, (int) bits);
        ops.write32(SwitcherLayout.GUEST_GDT + 8 * index + 4, (int) (bits >>> 32));
    }

    /**
     * The guest's TSS: ESP0 at the end of the regs page on LGUEST_DS, so a trap lands in the
     * Switcher with its frame in struct lguest_regs; ESP1 and SS1 the guest kernel's stack
     * (LHCALL_SET_STACK), for traps that go straight from the guest's ring 3 to its ring 1; an
     * I/O bitmap base past the end: no I/O ports.
     */
    void writeGuestTss(int ss1, int esp1) {
        TaskStateSegment.write(ops, SwitcherLayout.GUEST_TSS, new Tss32(0, SwitcherLayout.REGS_END, SwitcherLayout.LGUEST_DS,
            esp1, ss1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, false, Tss32.SIZE));
    }

    /** Every vector to its Switcher stub through an interrupt gate; only the hypercall's gate admits ring 1. */
    private void writeDefaultIdt() {
        for (int vector = 0; vector < SwitcherLayout.IDT_ENTRIES; vector++) {
            setGuestIdt(vector, defaultGate(vector, vector == Hypercalls.TRAP_ENTRY ? GuestLayout.GUEST_RING : 0));
        }
    }

    static GateDescriptor defaultGate(int vector, int dpl) {
        return GateDescriptor.interruptGate(Selector.of(SwitcherLayout.LGUEST_CS), SwitcherCode.stub(vector), dpl);
    }

    void setGuestIdt(int vector, GateDescriptor gate) {
        long bits = gate.encode();
        ops.write32(SwitcherLayout.GUEST_IDT + 8 * vector, (int) bits);
        ops.write32(SwitcherLayout.GUEST_IDT + 8 * vector + 4, (int) (bits >>> 32));
    }

    /** The physical frames of the code, regs and state pages, for the guest's shadow page tables. */
    public int codeFrame() {
        return codeFrame;
    }

    public int regsFrame() {
        return regsFrame;
    }

    public int stateFrame() {
        return stateFrame;
    }
}
