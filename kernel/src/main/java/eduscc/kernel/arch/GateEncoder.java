package eduscc.kernel.arch;

/**
 * Exercise plug-in point {@code idt-gates}: how the kernel turns one IDT gate into its 8 bytes,
 * eduOS {@code configure_idt_entry} (arch/x86/kernel/idt.c; SDM Vol. 3A §6.11, Figure 6-2; facts
 * D.2). {@link Idt} calls it for every gate it writes: ring-0 interrupt gates for the exceptions
 * and the APIC's vectors, a ring-3 trap gate for INT 0x80. The kit's answer is
 * {@link KitGateEncoder}; a lab may name another through {@link GatePlugins}.
 *
 * <pre>
 *  byte:   7   6          5               4        3   2        1   0
 *       offset 31:16   P DPL 0 type   0 (reserved)  selector   offset 15:0
 * </pre>
 *
 * <p>The contract: given the handler's {@code offset} in its code segment, the code segment's
 * {@code selector}, the gate {@code type} (0xE a 32-bit interrupt gate, 0xF a 32-bit trap gate),
 * its {@code dpl} (0..3) and whether it is {@code present}, return a new array of exactly 8
 * bytes, byte 0 first, as they lie in memory. Byte 4 is 0. The method must not throw for any
 * such input.
 */
@FunctionalInterface
public interface GateEncoder {
    /** A 32-bit interrupt gate: IF is cleared on entry (SDM §6.12.1.2). */
    int INTERRUPT_GATE = 0xE;
    /** A 32-bit trap gate: IF is left as it was. */
    int TRAP_GATE = 0xF;

    /**
     * @param offset   the handler's entry point in the code segment
     * @param selector the code segment's selector, e.g. 0x08
     * @param type     {@link #INTERRUPT_GATE} or {@link #TRAP_GATE}
     * @param dpl      the outermost ring whose INT n may use the gate
     * @param present  the P flag
     * @return the gate's 8 bytes, byte 0 (offset 7:0) first
     */
    byte[] encode(int offset, int selector, int type, int dpl, boolean present);
}
