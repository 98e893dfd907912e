package eduscc.kernel.arch;

import eduscc.machine.cpu.Operations;

/**
 * Exercise plug-in point {@code apic-timer}: how the kernel sets up its local APIC at boot, eduOS
 * {@code lapic_reset} (arch/x86/kernel/apic.c; SDM Vol. 3A §10.4.7 "Local APIC State", §10.5.1
 * "Local Vector Table", §10.5.4 "APIC Timer"). {@link Apic#start} calls it once, after the IDT has
 * its APIC gates and before interrupts are enabled. The kit's answer is {@link KitApicTimer}; a lab
 * may name another through {@link ApicTimerPlugins}.
 *
 * <p>The contract: with eight 32-bit stores through {@code ops} into the APIC's registers at
 * {@code LocalApic.BASE + offset}, and nothing else, in this order: the spurious-interrupt vector
 * register (APIC software-enabled, spurious vector 127), the task priority (0: let every class
 * through), LINT0 (vector 124), LINT1 (vector 125), the error LVT (vector 126), the timer's divide
 * configuration (divide by 1), the timer's LVT (periodic, vector 123, not masked) and last the
 * timer's initial count, the core clocks between two ticks at {@code timerFreq} Hz: the SCC's core
 * clock divided by {@code timerFreq}, the remainder dropped. Writing the initial count starts the
 * timer, so it comes last. {@code timerFreq} is already checked: 1 to the core clock.
 */
@FunctionalInterface
public interface ApicTimerSetup {

    /**
     * @param ops       the core's machine operations: every store is charged as the cost table says
     * @param timerFreq timer ticks per second (eduOS TIMER_FREQ, 100 by default)
     */
    void start(Operations ops, int timerFreq);
}
