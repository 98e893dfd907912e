package eduscc.machine.cpu;

import eduscc.machine.cpu.tables.GateDescriptor;
import eduscc.machine.cpu.tables.SegmentDescriptor;
import eduscc.machine.cpu.tables.Selector;
import eduscc.machine.trace.Trace;

/**
 * A core already in protected mode with an eduOS-shaped GDT in memory: null, kernel code 0x08,
 * kernel data 0x10, user code 0x1B, user data 0x23, and two TSS descriptors 0x28 and 0x30.
 */
final class ProtectedModeFixture {
    static final int GDT = 0x1000;
    static final int IDT = 0x2000;
    static final int TSS_A = 0x3000;
    static final int TSS_B = 0x3100;
    static final int KERNEL_CODE = 0x08;
    static final int KERNEL_DATA = 0x10;
    static final int USER_CODE = 0x1B;
    static final int USER_DATA = 0x23;
    static final int TSS_A_SELECTOR = 0x28;
    static final int TSS_B_SELECTOR = 0x30;
    static final int KERNEL_STACK = 0x9000;
    static final int USER_STACK = 0x7000;

    final FlatMemory memory = new FlatMemory();
    final Trace trace = new Trace();
    final Core core = new Core(0, memory, 30, trace);
    final Registers regs = core.regs();

    ProtectedModeFixture() {
        core.releaseFromReset(0);
        descriptor(0, SegmentDescriptor.nullDescriptor());
        descriptor(1, SegmentDescriptor.flatCode(0));
        descriptor(2, SegmentDescriptor.flatData(0));
        descriptor(3, SegmentDescriptor.flatCode(3));
        descriptor(4, SegmentDescriptor.flatData(3));
        descriptor(5, SegmentDescriptor.tss32(TSS_A, 0x67, 0));
        descriptor(6, SegmentDescriptor.tss32(TSS_B, 0x67, 0));
        regs.gdtrBase = GDT;
        regs.gdtrLimit = 7 * 8 - 1;
        regs.idtrBase = IDT;
        regs.idtrLimit = 256 * 8 - 1;
        regs.cr0 |= ControlBits.CR0_PE;
        regs.eflags = Eflags.RESERVED_ONE;
        core.segmentation().loadCodeAt(Selector.of(KERNEL_CODE), 0, 0x100000);
        core.segmentation().loadData(Registers.DS, KERNEL_DATA);
        core.segmentation().loadData(Registers.ES, KERNEL_DATA);
        core.segmentation().loadData(Registers.SS, KERNEL_DATA);
        regs.setEsp(KERNEL_STACK);
        regs.eip = 0x100000;
    }

    void descriptor(int index, SegmentDescriptor d) {
        memory.write64(GDT + index * 8, d.encode());
    }

    SegmentDescriptor descriptor(int index) {
        return SegmentDescriptor.decode(Integer.toUnsignedLong(memory.read(GDT + index * 8, 4))
            | Integer.toUnsignedLong(memory.read(GDT + index * 8 + 4, 4)) << 32);
    }

    void gate(int vector, GateDescriptor gate) {
        memory.write64(IDT + vector * 8, gate.encode());
    }

    /** Drops to ring 3 the way IRET would leave it: user CS and SS, ESP0 ready in TSS A. */
    void enterRing3(int eip) {
        if (regs.tr.selector() != TSS_A_SELECTOR) {
            core.systemInstructions().ltr(TSS_A_SELECTOR);
        }
        memory.write(TSS_A + 0x04, 4, KERNEL_STACK);
        memory.write(TSS_A + 0x08, 2, KERNEL_DATA);
        core.segmentation().loadCodeAt(Selector.of(USER_CODE), 3, eip);
        core.segmentation().loadStack(Selector.of(USER_DATA), 3);
        core.segmentation().loadData(Registers.DS, USER_DATA);
        regs.setEsp(USER_STACK);
        regs.eip = eip;
    }

    int stackWord(int address) {
        return memory.read(address, 4);
    }
}
