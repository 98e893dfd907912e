package eduscc.kernel.arch;

/**
 * Exercise plug-in point {@code gdt}: how the kernel turns one GDT entry into its 8 bytes, eduOS
 * {@code configure_gdt_entry} (arch/x86/kernel/gdt.c; SDM Vol. 3A §3.4.5, Figure 3-8; facts D.1).
 * {@link Gdt} calls it for every entry it writes: the null descriptor, the flat code and data
 * segments of rings 0 and 3, and one TSS descriptor per slot. The kit's answer is
 * {@link KitGdtEncoder}; a lab may name another through {@link GdtPlugins}.
 *
 * <pre>
 *  byte:   7          6                     5                   4          3   2       1   0
 *       base 31:24  G D/B L AVL limit 19:16  P DPL S type  base 23:16  base 15:0    limit 15:0
 * </pre>
 *
 * <p>The contract: given the 32-bit {@code base}, the 20-bit {@code limit} field (0..0xFFFFF:
 * bytes when {@code granularity} is false, 4 KiB pages when it is true), the access byte (P, DPL,
 * S and type, e.g. 0x9A for ring-0 code) and the two flags, return a new array of exactly 8
 * bytes, byte 0 first, as they lie in memory. L and AVL are 0: the kernel uses neither. The
 * method must not throw for any such input, the null descriptor (all zero) included.
 */
@FunctionalInterface
public interface GdtEncoder {

    /**
     * @param base        the segment's linear base address
     * @param limit       the raw 20-bit limit field
     * @param access      byte 5 as it is stored: P, DPL, S and type
     * @param granularity the G flag: the limit counts 4 KiB pages (eduOS GDT_FLAG_4K_GRAN)
     * @param defaultBig  the D/B flag: a 32-bit segment (eduOS GDT_FLAG_32_BIT)
     * @return the descriptor's 8 bytes, byte 0 (limit 7:0) first
     */
    byte[] encode(int base, int limit, int access, boolean granularity, boolean defaultBig);
}
