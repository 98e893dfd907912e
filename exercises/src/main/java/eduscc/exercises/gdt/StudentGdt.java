package eduscc.exercises.gdt;

import eduscc.kernel.arch.GdtEncoder;

/**
 * YOUR GDT entry encoder: eduOS's {@code configure_gdt_entry} (arch/x86/kernel/gdt.c). Read the
 * handout ({@code exercises/src/main/resources/eduscc/exercises/gdt/HANDOUT.md}) and the contract
 * in {@link GdtEncoder}, then replace the {@code throw new UnsupportedOperationException("TODO ...")}
 * with the real thing.
 *
 * <p>The kernel's {@code Gdt} calls you for every entry it writes and stores your 8 bytes, byte 0
 * first, at {@code 0x00110000 + 8 * index}; then LGDT and a far jump make the processor use them.
 * SDM Vol. 3A Figure 3-8, byte by byte:
 * <pre>
 *   byte 0   limit  7:0                 byte 4   base 23:16
 *   byte 1   limit 15:8                 byte 5   the access byte: P, DPL, S, type
 *   byte 2   base   7:0                 byte 6   G, D/B, L (0), AVL (0) in bits 7..4; limit 19:16 in bits 3..0
 *   byte 3   base  15:8                 byte 7   base 31:24
 * </pre>
 *
 * <p>Grade it with {@code ./eduscc grade gdt}.
 */
public final class StudentGdt implements GdtEncoder {

    @Override
    public byte[] encode(int base, int limit, int access, boolean granularity, boolean defaultBig) {
        throw new UnsupportedOperationException("TODO encode: a new byte[8]; limit 15:0 in bytes 0-1, base 23:0 in"
            + " bytes 2-4, the access byte in byte 5, G (bit 7) D/B (bit 6) and limit 19:16 (bits 3..0) in byte 6,"
            + " base 31:24 in byte 7; low byte first");
    }
}
