package eduscc.kernel.arch;

/**
 * The kit's answer to the {@code idt-gates} exercise, eduOS {@code configure_idt_entry}: the
 * handler's offset is cut in two, as Figure 6-2 of SDM Vol. 3A (§6.11) has it, because the
 * 80286's gate had a 16-bit offset in bytes 0-1 and reserved bytes 6-7, which the 80386 reused.
 */
public final class KitGateEncoder implements GateEncoder {
    /** Byte 5, bit 7 (eduOS IDT_FLAG_PRESENT). */
    static final int PRESENT = 0x80;

    @Override
    public byte[] encode(int offset, int selector, int type, int dpl, boolean present) {
        byte[] gate = new byte[8];
        gate[0] = (byte) offset;
        gate[1] = (byte) (offset >>> 8);
        gate[2] = (byte) selector;
        gate[3] = (byte) (selector >>> 8);
        gate[4] = 0;
        gate[5] = (byte) ((present ? PRESENT : 0) | dpl << 5 | type);
        gate[6] = (byte) (offset >>> 16);
        gate[7] = (byte) (offset >>> 24);
        return gate;
    }
}
