package eduscc.kernel.arch;

import eduscc.machine.cpu.LocalApic;
import eduscc.machine.cpu.Operations;
import java.util.Objects;

/**
 * The kernel's local APIC driver (eduOS apic.c, {@code lapic_reset}): software-enable the APIC
 * with spurious vector 127, route the timer to vector 123 in periodic mode, and the LINT pins to
 * 124 and 125, which on the SCC are the INTR and NMI bits of the core's GLCFG register. There is
 * no PIT on the SCC to calibrate against, so the timer's count comes from the known core clock
 * (eduOS facts §11.3). The kernel reaches it through its hardware layer ({@link NativeHardware}).
 * The set-up itself is the plug-in point {@code apic-timer} ({@link ApicTimerSetup}): the kit's
 * {@link KitApicTimer} unless a lab names another.
 */
public final class Apic {
    /** eduOS TIMER_FREQ: 100 ticks per second. */
    public static final int DEFAULT_TIMER_FREQ = 100;
    /** The SCC's tiles run at 1600 MHz / 3 (facts A.2, Tile533). */
    public static final long CORE_HZ = 1_600_000_000L / 3;

    private final Operations ops;
    /** Who writes the registers at {@link #start} (the kit's, or a student's). */
    private ApicTimerSetup setup = new KitApicTimer();

    public Apic(Operations ops) {
        this.ops = ops;
    }

    /** Starts the periodic timer at {@code timerFreq} Hz and opens LINT0/LINT1. */
    public void start(int timerFreq) {
        if (timerFreq <= 0 || timerFreq > CORE_HZ) {
            throw new IllegalArgumentException("timer frequency must be 1.." + CORE_HZ + " Hz, got " + timerFreq);
        }
        setup.start(ops, timerFreq);
    }

    /** Chooses who writes the registers at {@link #start} (a lab's {@code apic-timer} plug-in). */
    public void setTimerSetup(ApicTimerSetup setup) {
        this.setup = Objects.requireNonNull(setup, "setup");
    }

    /** Core clocks between two ticks: the initial count with the divider at 1. */
    public static long countFor(int timerFreq) {
        return CORE_HZ / timerFreq;
    }

    /** End of interrupt: the in-service bit clears and lower-priority vectors may come in. */
    public void eoi() {
        write(LocalApic.EOI, 0);
    }

    private void write(int register, int value) {
        ops.write32(LocalApic.BASE + register, value);
    }
}
