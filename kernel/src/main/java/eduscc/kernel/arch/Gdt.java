package eduscc.kernel.arch;

import eduscc.machine.cpu.Operations;
import eduscc.machine.cpu.Registers;
import eduscc.machine.cpu.tables.SegmentDescriptor;

/**
 * The kernel's Global Descriptor Table (eduOS {@code gdt_install}; SDM Vol. 3A §3.5.1): written
 * as real descriptor bytes at {@link KernelLayout#GDT} and loaded with LGDT, both through the
 * hardware layer ({@link Hardware}). After LGDT the CPU still uses the cached descriptors of the
 * boot GDT, so the kernel reloads every segment register: CS with a far jump, the data segments
 * with moves. Each entry's 8 bytes come from a {@link GdtEncoder}, the exercise {@code gdt}'s
 * plug-in point (the kit's {@link KitGdtEncoder} unless a lab chooses another).
 */
public final class Gdt {
    private final Hardware hardware;
    private final Operations ops;
    /** Turns an entry into its 8 bytes: the {@code gdt} exercise's plug-in point. */
    private GdtEncoder encoder = new KitGdtEncoder();
    private int entries;

    public Gdt(Hardware hardware, Operations ops) {
        this.hardware = hardware;
        this.ops = ops;
    }

    /** Null, kernel code and data (ring 0), user code and data (ring 3), then room for TSSs. */
    public void install() {
        set(0, SegmentDescriptor.nullDescriptor());
        set(1, SegmentDescriptor.flatCode(0));
        set(2, SegmentDescriptor.flatData(0));
        set(3, SegmentDescriptor.flatCode(3));
        set(4, SegmentDescriptor.flatData(3));
        entries = Selectors.FIRST_TSS_INDEX;
        hardware.loadGdt(KernelLayout.GDT, KernelLayout.GDT_ENTRIES * 8 - 1);
        reloadSegments();
    }

    /**
     * The far jump lands where this Java code already is: only CS's hidden cache changes. The
     * selectors carry the kernel's ring as RPL (SS must: its RPL has to equal CPL).
     */
    private void reloadSegments() {
        int ring = hardware.kernelRing();
        ops.farJump(Selectors.KERNEL_CODE | ring, ops.currentEip());
        for (int segment : new int[] {Registers.DS, Registers.ES, Registers.FS, Registers.GS, Registers.SS}) {
            ops.loadSegment(segment, Selectors.KERNEL_DATA | ring);
        }
    }

    /** Writes the descriptor for TSS slot {@code slot} (type 9, available) and returns its selector. */
    public int addTss(int slot, int base) {
        set(Selectors.FIRST_TSS_INDEX + slot, SegmentDescriptor.tss32(base, 0x67, 0));
        entries = Math.max(entries, Selectors.FIRST_TSS_INDEX + slot + 1);
        return Selectors.tss(slot);
    }

    /** Entry {@code index} becomes {@code descriptor}, in the bytes the encoder makes of it (eduOS {@code gdt_set_gate}). */
    public void set(int index, SegmentDescriptor descriptor) {
        if (index < 0 || index >= KernelLayout.GDT_ENTRIES) {
            throw new IllegalArgumentException("GDT index " + index + " is outside 0.." + (KernelLayout.GDT_ENTRIES - 1));
        }
        byte[] bytes = encoder.encode(descriptor.base(), descriptor.limit(), descriptor.accessByte(),
            descriptor.granularity(), descriptor.defaultBig());
        hardware.writeGdtEntry(KernelLayout.GDT, index, EncodedEntry.of(bytes, encoder, "GDT entry " + index));
    }

    /** Who encodes the entries from now on (the kit's {@link KitGdtEncoder} until a lab chooses). */
    public void setEncoder(GdtEncoder encoder) {
        this.encoder = encoder;
    }

    /** How many entries are in use (for the debugger's GDT view). */
    public int entries() {
        return entries;
    }
}
