package eduscc.kernel.arch;

import eduscc.machine.cpu.LocalApic;
import eduscc.machine.cpu.Operations;

/**
 * The kit's local APIC set-up, eduOS {@code lapic_reset} (the contract is {@link ApicTimerSetup}):
 * software-enable the APIC with spurious vector 127, route the LINT pins to 124 and 125 (on the
 * SCC the INTR and NMI bits of the core's GLCFG register) and errors to 126, then the timer: divide
 * by 1, periodic on vector 123, and the initial count last, since writing it starts the timer.
 * There is no PIT on the SCC to calibrate against, so the count comes from the known core clock
 * (eduOS facts §11.3).
 */
public final class KitApicTimer implements ApicTimerSetup {
    /** Divide configuration bits 3, 1, 0 = 1, 1, 1: divide by 1 (SDM §10.5.4, Figure 10-10). */
    private static final int DIVIDE_BY_ONE = 0xB;

    @Override
    public void start(Operations ops, int timerFreq) {
        write(ops, LocalApic.SVR, LocalApic.SVR_ENABLE | Idt.SPURIOUS);
        write(ops, LocalApic.TPR, 0);
        write(ops, LocalApic.LVT_LINT0, Idt.LINT0);
        write(ops, LocalApic.LVT_LINT1, Idt.LINT1);
        write(ops, LocalApic.LVT_ERROR, Idt.APIC_ERROR);
        write(ops, LocalApic.TIMER_DIVIDE, DIVIDE_BY_ONE);
        write(ops, LocalApic.LVT_TIMER, LocalApic.LVT_PERIODIC | Idt.TIMER);
        write(ops, LocalApic.TIMER_INITIAL, (int) (Apic.CORE_HZ / timerFreq));
    }

    private static void write(Operations ops, int register, int value) {
        ops.write32(LocalApic.BASE + register, value);
    }
}
