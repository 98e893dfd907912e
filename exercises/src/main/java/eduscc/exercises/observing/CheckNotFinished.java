package eduscc.exercises.observing;

import eduscc.machine.MachineConfig;

/**
 * Why a check that runs in a kernel task on a booted core did not finish, in words: either the
 * boot never got as far as the check's task, or the task ran and never came back. The first is
 * what a student sees when another part of the boot is not done yet; in the student edition
 * every boot runs the student's reset stub, GDT, IDT gates, APIC set-up, frame allocator and
 * ready queues, so an exercise's checks wait for those.
 */
public final class CheckNotFinished {
    private CheckNotFinished() {
    }

    /**
     * @param started     whether the kernel started the check's task
     * @param untilCycles the core cycles the check's machine ran
     */
    public static IllegalStateException of(boolean started, long untilCycles) {
        long millis = untilCycles / 533_333;
        if (!started) {
            return new IllegalStateException("core 0's boot did not reach the check's task within " + millis + " ms of"
                + " simulated time. The boot runs the kernel's parts, yours among them: in the student edition also"
                + " the reset stub, GDT, IDT gates, APIC set-up, frame allocator and ready queues of the other"
                + " exercises, so do those first (./eduscc grade lists them) and see where the boot stops with"
                + " ./eduscc gui boot");
        }
        return new IllegalStateException("the check did not finish within " + millis + " ms of simulated time, or your"
            + " code ran Java for " + MachineConfig.DEFAULT.hangMillis() + " ms without a machine operation: an endless"
            + " loop?");
    }
}
