package eduscc.exercises.apictimer;

import eduscc.kernel.arch.ApicTimerSetup;
import eduscc.machine.cpu.Operations;

/**
 * YOUR local APIC set-up: eduOS's {@code lapic_reset} (arch/x86/kernel/apic.c). Read the handout
 * ({@code exercises/src/main/resources/eduscc/exercises/apictimer/HANDOUT.md}) and the contract in
 * {@link ApicTimerSetup}, then replace the {@code throw new UnsupportedOperationException("TODO ...")}
 * with the real thing.
 *
 * <p>The kernel calls you once at boot, after its IDT has gates for vectors 123 to 127 and before
 * it enables interrupts. You write the APIC's registers with {@code ops.write32(address, value)}:
 * the APIC answers at {@code 0xFEE00000} ({@code LocalApic.BASE}), each register at its offset
 * (SDM Vol. 3A Table 10-1; {@code LocalApic} has the offsets as constants). Each store is a machine
 * operation and costs what the cost table says, so the kernel's timing is yours too.
 * <pre>
 *   0x0F0  SVR             bit 8 APIC software enable; bits 7..0 the spurious vector
 *   0x080  TPR             task priority: 0 lets every priority class through
 *   0x350  LVT LINT0       bits 7..0 vector; bit 16 mask        (the SCC's GLCFG INTR bit)
 *   0x360  LVT LINT1       bits 7..0 vector; bit 16 mask        (the SCC's GLCFG NMI bit)
 *   0x370  LVT error       bits 7..0 vector; bit 16 mask
 *   0x3E0  divide config   bits 3, 1, 0 select the divider (Figure 10-10)
 *   0x320  LVT timer       bits 7..0 vector; bit 16 mask; bit 17 periodic (0: one-shot)
 *   0x380  initial count   writing it starts the timer
 * </pre>
 *
 * <p>Grade it with {@code ./eduscc grade apic-timer}; watch the kernel tick with it with
 * {@code ./eduscc run interrupts --apic-timer student}.
 */
public final class StudentApicTimer implements ApicTimerSetup {

    @Override
    public void start(Operations ops, int timerFreq) {
        throw new UnsupportedOperationException("TODO start: eight write32s to 0xFEE00000 + offset: SVR (enable,"
            + " spurious vector 127), TPR 0, LINT0 124, LINT1 125, error 126, divide by 1, the timer's LVT (periodic,"
            + " vector 123), and last the initial count: the core clocks per tick at timerFreq Hz");
    }
}
