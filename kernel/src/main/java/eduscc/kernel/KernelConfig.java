package eduscc.kernel;

import eduscc.kernel.arch.Apic;

/**
 * The choices a lab makes for every core's kernel.
 *
 * @param timerFreq       APIC timer ticks per second (eduOS TIMER_FREQ)
 * @param stopAfterTicks  after this many timer ticks the idle loop halts the core for good
 *                        (0: never), so that a headless run ends by itself
 */
public record KernelConfig(int timerFreq, long stopAfterTicks) {
    public static final KernelConfig DEFAULT = new KernelConfig(Apic.DEFAULT_TIMER_FREQ, 0);

    public KernelConfig {
        if (timerFreq <= 0) {
            throw new IllegalArgumentException("timerFreq must be positive, got " + timerFreq);
        }
        if (stopAfterTicks < 0) {
            throw new IllegalArgumentException("stopAfterTicks must not be negative, got " + stopAfterTicks);
        }
    }
}
