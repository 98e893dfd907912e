package eduscc.kernel;

import eduscc.kernel.arch.Apic;
import java.util.List;

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
 * @param messagingCores  the cores that talk over the message-passing buffers, RCCE's units of
 *                        execution in rank order (kernel {@code ipc}); empty: no messaging, and
 *                        the boot maps nothing for it
 */
public record KernelConfig(int timerFreq, long stopAfterTicks, boolean haltWhenTasksFinish, boolean hardwareSwitch,
                           boolean paging, List<Integer> messagingCores) {
    /** What a lab gets when it chooses nothing: 100 Hz, hardware task switches, paging on. */
    public static final KernelConfig DEFAULT = new KernelConfig(Apic.DEFAULT_TIMER_FREQ, 0, false, true, true);

    /** Without messaging. */
    public KernelConfig(int timerFreq, long stopAfterTicks, boolean haltWhenTasksFinish, boolean hardwareSwitch,
                        boolean paging) {
        this(timerFreq, stopAfterTicks, haltWhenTasksFinish, hardwareSwitch, paging, List.of());
    }

    public KernelConfig(int timerFreq, long stopAfterTicks) {
        this(timerFreq, stopAfterTicks, false, true);
    }

    /** Without paging, as every lab ran before the kernel had a memory manager. */
    public KernelConfig(int timerFreq, long stopAfterTicks, boolean haltWhenTasksFinish, boolean hardwareSwitch) {
        this(timerFreq, stopAfterTicks, haltWhenTasksFinish, hardwareSwitch, false);
    }

    /** The same choices with paging on or off. */
    public KernelConfig withPaging(boolean on) {
        return new KernelConfig(timerFreq, stopAfterTicks, haltWhenTasksFinish, hardwareSwitch, on, messagingCores);
    }

    /**
     * The same choices with {@code cores} talking over the MPBs (RCCE_init sorts the pids it is
     * given, so a core's rank is its place in that order: facts B.2). Messaging needs paging.
     */
    public KernelConfig withMessaging(List<Integer> cores) {
        return new KernelConfig(timerFreq, stopAfterTicks, haltWhenTasksFinish, hardwareSwitch, paging,
            cores.stream().sorted().distinct().toList());
    }

    /** Whether the kernel maps the MPBs and the lock registers at boot. */
    public boolean messaging() {
        return !messagingCores.isEmpty();
    }

    public KernelConfig {
        if (timerFreq <= 0) {
            throw new IllegalArgumentException("timerFreq must be positive, got " + timerFreq);
        }
        if (stopAfterTicks < 0) {
            throw new IllegalArgumentException("stopAfterTicks must not be negative, got " + stopAfterTicks);
        }
        messagingCores = List.copyOf(messagingCores);
        if (!messagingCores.isEmpty() && !paging) {
            throw new IllegalArgumentException("messaging needs paging (the MPBs are mapped with the MPBT page type)");
        }
    }
}
