package eduscc.exercises.idtgates;

import eduscc.kernel.arch.GateEncoder;

/**
 * YOUR IDT gate encoder: eduOS's {@code configure_idt_entry} (arch/x86/kernel/idt.c). Read the
 * handout ({@code exercises/src/main/resources/eduscc/exercises/idtgates/HANDOUT.md}) and the
 * contract in {@link GateEncoder}, then replace the {@code throw new UnsupportedOperationException("TODO ...")}
 * with the real thing.
 *
 * <p>The kernel's {@code Idt} calls you for every gate it writes and stores your 8 bytes, byte 0
 * first, at {@code 0x00111000 + 8 * vector}; then LIDT makes the processor use them. SDM Vol. 3A
 * Figure 6-2, byte by byte:
 * <pre>
 *   byte 0   offset  7:0                byte 4   0 (reserved)
 *   byte 1   offset 15:8                byte 5   P (bit 7), DPL (bits 6..5), 0 (bit 4), type (bits 3..0)
 *   byte 2   selector 7:0               byte 6   offset 23:16
 *   byte 3   selector 15:8              byte 7   offset 31:24
 * </pre>
 *
 * <p>Grade it with {@code ./eduscc grade idt-gates}.
 */
public final class StudentIdtGates implements GateEncoder {

    @Override
    public byte[] encode(int offset, int selector, int type, int dpl, boolean present) {
        throw new UnsupportedOperationException("TODO encode: a new byte[8]; offset 15:0 in bytes 0-1, the selector in"
            + " bytes 2-3, 0 in byte 4, P DPL 0 type in byte 5, offset 31:16 in bytes 6-7; low byte first");
    }
}
