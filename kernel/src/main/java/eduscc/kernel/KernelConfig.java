package eduscc.kernel;

import eduscc.kernel.arch.Apic;

/**
 * The choices a lab makes for every core's kernel.
 *
 * @param timerFreq       APIC timer ticks per second (eduOS TIMER_FREQ)
 * @param stopAfterTicks  after this many timer ticks the idle loop halts the core for good
 *                        (0: never), so that a headless run ends by itself
 * @param haltWhenTasksFinish the idle loop halts the core for good once every task has finished
 * @param hardwareSwitch  switch tasks by the processor's task switch (one TSS per task) rather
 *                        than by switching kernel stacks in software
 */
public record KernelConfig(int timerFreq, long stopAfterTicks, boolean haltWhenTasksFinish, boolean hardwareSwitch) {
    public static final KernelConfig DEFAULT = new KernelConfig(Apic.DEFAULT_TIMER_FREQ, 0, false, true);

    public KernelConfig(int timerFreq, long stopAfterTicks) {
        this(timerFreq, stopAfterTicks, false, true);
    }

    public KernelConfig {
        if (timerFreq <= 0) {
            throw new IllegalArgumentException("timerFreq must be positive, got " + timerFreq);
        }
        if (stopAfterTicks < 0) {
            throw new IllegalArgumentException("stopAfterTicks must not be negative, got " + stopAfterTicks);
        }
    }
}
