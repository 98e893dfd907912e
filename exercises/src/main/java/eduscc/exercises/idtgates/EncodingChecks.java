package eduscc.exercises.idtgates;

import eduscc.exercises.descriptors.EntryBytes;
import eduscc.exercises.observing.ObservedCheck;
import eduscc.exercises.observing.Observer;
import eduscc.kernel.arch.EntryStubs;
import eduscc.kernel.arch.GateEncoder;
import eduscc.kernel.arch.Idt;
import java.util.List;
import java.util.function.Supplier;

/**
 * The checks of the encoder one rule at a time: each asks for the bytes of a few gates and
 * records them; the grader compares them with the kit's. The expected bytes, written out by hand
 * from SDM Vol. 3A Figure 6-2, are in each method's comment. Handlers live at the kernel's
 * entry.asm stubs (0x0011xxxx) unless a check needs another offset.
 */
final class EncodingChecks {
    /** The kernel's code segment, where every handler of the kit's kernel lies. */
    static final int KERNEL_CODE = 0x08;
    /** Where lguest's host runs its own code (GDT entry 10; facts C). */
    static final int LGUEST_CS = 0x50;

    private EncodingChecks() {
    }

    static List<ObservedCheck> all(Supplier<GateEncoder> encoders) {
        return List.of(
            check("an interrupt gate, ring 0: the timer's (vector 123)", 15, o -> interruptGate(o, encoders.get())),
            check("a trap gate, ring 0: a handler that keeps interrupts on", 15, o -> trapGate(o, encoders.get())),
            check("the DPL: lguest's hypercall gate (ring 1) and the system call gate 0x80 (ring 3)", 15,
                o -> dpl(o, encoders.get())),
            check("the offset's high half in bytes 6 and 7, the selector in bytes 2 and 3", 15,
                o -> highHalf(o, encoders.get())),
            check("a gate that is not present (P clear)", 10, o -> notPresent(o, encoders.get())));
    }

    private static ObservedCheck check(String name, int points, ObservedCheck.Script script) {
        return new ObservedCheck(name, points, script, EntryBytes.judge(EntryBytes.GATE_FIELDS));
    }

    /** The stub isr123 at 0x0011xxxx: lo hi 08 00 00 8E 11 00. */
    private static void interruptGate(Observer o, GateEncoder encoder) {
        see(o, encoder, "the timer's gate", EntryStubs.stub(Idt.TIMER), KERNEL_CODE, GateEncoder.INTERRUPT_GATE, 0,
            true);
    }

    /** The stub isr3 (a breakpoint a debugger wants to take with interrupts on): lo hi 08 00 00 8F 11 00. */
    private static void trapGate(Observer o, GateEncoder encoder) {
        see(o, encoder, "a trap gate for vector 3", EntryStubs.stub(3), KERNEL_CODE, GateEncoder.TRAP_GATE, 0, true);
    }

    /** Byte 5: 0xAE for lguest's hypercall gate 0x1F (DPL 1, facts C), 0xEF for eduOS's INT 0x80 (DPL 3). */
    private static void dpl(Observer o, GateEncoder encoder) {
        see(o, encoder, "a gate for a guest kernel in ring 1 (as lguest's hypercall gate 0x1F)", 0x00118F1F,
            KERNEL_CODE, GateEncoder.INTERRUPT_GATE, 1, true);
        see(o, encoder, "the system call gate 0x80, for user code in ring 3", EntryStubs.stub(Idt.SYSCALL), KERNEL_CODE,
            GateEncoder.TRAP_GATE, 3, true);
    }

    /** 34 12 08 00 00 EF DE C0 and 78 56 50 00 00 EF 34 12. */
    private static void highHalf(Observer o, GateEncoder encoder) {
        see(o, encoder, "a system call gate whose handler lies at 0xC0DE1234", 0xC0DE1234, KERNEL_CODE,
            GateEncoder.TRAP_GATE, 3, true);
        see(o, encoder, "a system call gate whose handler lies at 0x12345678 in the segment 0x50", 0x12345678, LGUEST_CS,
            GateEncoder.TRAP_GATE, 3, true);
    }

    /** P clear: 40 8F 08 00 00 0E 11 00; an INT 40 through it would raise #NP. */
    private static void notPresent(Observer o, GateEncoder encoder) {
        see(o, encoder, "a gate for vector 40 that is not present yet", 0x00118F40, KERNEL_CODE,
            GateEncoder.INTERRUPT_GATE, 0, false);
    }

    private static void see(Observer o, GateEncoder encoder, String what, int offset, int selector, int type, int dpl,
                            boolean present) {
        String call = String.format("%s, encode(offset 0x%08X, selector 0x%04X, type 0x%X, DPL %d, present %s)", what,
            offset, selector, type, dpl, present);
        o.see(call, EntryBytes.show(encoder.encode(offset, selector, type, dpl, present)));
    }
}
