package eduscc.kernel.lguest;

import eduscc.kernel.arch.EntryStubs;
import eduscc.kernel.arch.KernelLayout;
import eduscc.kernel.boot.KernelResources;
import eduscc.machine.x86.asm.Assembler;
import eduscc.machine.x86.asm.Assembly;
import eduscc.machine.x86.asm.ListingLine;

/**
 * entry.asm as the kit's kernel runs it in an lguest guest: the instructions that touch the
 * interrupt flag are patched where they stand, as Linux patches its paravirtualized instructions
 * when it boots under lguest. The native kernel's copy is untouched; the guest's is entry.asm's
 * bytes with these changes, and paravirt.asm appended after its last byte:
 * <ul>
 *   <li>isrsyscall's STI becomes a NOP: a system call from ring 3 arrives through a trap gate,
 *       which leaves the virtual flag as the user had it, on; in ring 1 STI would fault.</li>
 *   <li>switch_context's {@code pushf; push cs} becomes a short jump to {@code save_flags}, which
 *       saves the virtual flag (lguest_data.irq_enabled) in the frame instead of the real IF.</li>
 *   <li>common_stub's and common_switch's {@code add esp, 8; iret} become a short jump to
 *       {@code drop_and_iret}, which restores the virtual flag from the frame (lguest_iret).</li>
 * </ul>
 * isrsyscall's own IRET stays: the system call left the virtual flag as it found it. A short
 * jump is two bytes, so each site's first two bytes become the jump and its rest NOPs, which
 * never run.
 */
final class ParavirtPatches {
    static final String SOURCE = "paravirt.asm";
    private static final int STI = 0xFB;
    private static final int PUSHF = 0x9C;
    private static final int ADD_ESP_8 = 0x83;
    private static final int NOP = 0x90;
    private static final int JMP_SHORT = 0xEB;

    private final byte[] entry;
    private final Assembly paravirt;

    private ParavirtPatches(byte[] entry, Assembly paravirt) {
        this.entry = entry;
        this.paravirt = paravirt;
    }

    /** The patched copy for a guest whose lguest_data lies at {@code lguestData} (guest-physical, identity-mapped). */
    static ParavirtPatches forGuest(int lguestData) {
        byte[] entry = EntryStubs.assembly().bytes().clone();
        int end = KernelLayout.HANDLERS + entry.length;
        int afterPushCs = EntryStubs.address("switch_context") + offsetOf("switch_context", "pushf") + 2;
        String header = String.format("bits 32%norg 0x%08X%nLGUEST_DATA equ 0x%08X%nAFTER_PUSH_CS equ 0x%08X%n", end, lguestData,
            afterPushCs);
        Assembly paravirt = Assembler.assemble(SOURCE, header + KernelResources.text(ParavirtPatches.class,
            "/eduscc/kernel/lguest/" + SOURCE));
        ParavirtPatches patches = new ParavirtPatches(entry, paravirt);
        patches.patch("isrsyscall", "sti", STI, 1, -1);
        patches.patch("switch_context", "pushf", PUSHF, 2, patches.symbol("save_flags"));
        patches.patch("common_stub", "add esp, 8", ADD_ESP_8, 4, patches.symbol("drop_and_iret"));
        patches.patch("common_switch", "add esp, 8", ADD_ESP_8, 4, patches.symbol("drop_and_iret"));
        return patches;
    }

    /** entry.asm, patched, then paravirt.asm: what the launcher loads at {@link KernelLayout#HANDLERS}. */
    byte[] bytes() {
        byte[] tail = paravirt.bytes();
        byte[] all = new byte[entry.length + tail.length];
        System.arraycopy(entry, 0, all, 0, entry.length);
        System.arraycopy(tail, 0, all, entry.length, tail.length);
        return all;
    }

    /** An address in paravirt.asm, e.g. {@code noirq_start}. */
    int symbol(String name) {
        return paravirt.symbols().get(name).intValue();
    }

    /**
     * Replaces the {@code length} bytes of the first line of routine {@code routine} that starts
     * with {@code instruction} (its first byte must be {@code opcode}): a short jump to
     * {@code target} and NOPs, or, for a target of -1, NOPs only.
     */
    private void patch(String routine, String instruction, int opcode, int length, int target) {
        int at = EntryStubs.address(routine) + offsetOf(routine, instruction) - KernelLayout.HANDLERS;
        if ((entry[at] & 0xFF) != opcode) {
            throw new IllegalStateException("entry.asm: " + routine + "'s '" + instruction + "' is not where the guest patches it");
        }
        for (int i = 0; i < length; i++) {
            entry[at + i] = (byte) NOP;
        }
        if (target != -1) {
            int displacement = target - (KernelLayout.HANDLERS + at + 2);
            if (displacement > Byte.MAX_VALUE) {
                throw new IllegalStateException("paravirt.asm's " + Integer.toHexString(target) + " is out of a short jump's reach");
            }
            entry[at] = (byte) JMP_SHORT;
            entry[at + 1] = (byte) displacement;
        }
    }

    /** Where the first line of {@code routine} that starts with {@code instruction} lies, from the routine's label. */
    private static int offsetOf(String routine, String instruction) {
        int from = EntryStubs.address(routine);
        for (ListingLine line : EntryStubs.assembly().listing()) {
            if (line.address() >= from && line.source().trim().startsWith(instruction)) {
                return (int) (line.address() - from);
            }
        }
        throw new IllegalStateException("entry.asm: " + routine + " has no '" + instruction + "' for the guest to patch");
    }
}
