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
 * @param paging          turn paging on at boot: the kernel's identity map, the frame allocator
 *                        and the page-fault handler with demand-zero heap pages (kernel {@code mm})
 */
public record KernelConfig(int timerFreq, long stopAfterTicks, boolean haltWhenTasksFinish, boolean hardwareSwitch,
                           boolean paging) {
    /** What a lab gets when it chooses nothing: 100 Hz, hardware task switches, paging on. */
    public static final KernelConfig DEFAULT = new KernelConfig(Apic.DEFAULT_TIMER_FREQ, 0, false, true, true);

    public KernelConfig(int timerFreq, long stopAfterTicks) {
        this(timerFreq, stopAfterTicks, false, true);
    }

    /** Without paging, as every lab ran before the kernel had a memory manager. */
    public KernelConfig(int timerFreq, long stopAfterTicks, boolean haltWhenTasksFinish, boolean hardwareSwitch) {
        this(timerFreq, stopAfterTicks, haltWhenTasksFinish, hardwareSwitch, false);
    }

    /** The same choices with paging on or off. */
    public KernelConfig withPaging(boolean on) {
        return new KernelConfig(timerFreq, stopAfterTicks, haltWhenTasksFinish, hardwareSwitch, on);
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
