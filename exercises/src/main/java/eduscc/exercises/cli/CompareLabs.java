package eduscc.exercises.cli;

import java.util.Map;
import java.util.Optional;

/**
 * The shipped lab in which each exercise's part can be watched beside the kit's
 * ({@code eduscc gui LAB --compare student --part EXERCISE}, which marks the first position where
 * the two runs differ). The grader names it under a report with a failed check that wrote no
 * replay file: a unit check calls the student's code outside any lab, so there is no step of a
 * run to stop at, but the same mistake usually shows in the lab the part works in.
 *
 * <p>Each lab is one the exercise's own lab check runs, or for an exercise whose lab check runs a
 * lab of its own, the shipped lab that uses the part most. Two exercises have none: no shipped lab
 * makes the system calls the syscall exercise adds, and messaging's grader compares its labs
 * itself (a failed check replays the first that differs, or says that none does).
 */
final class CompareLabs {
    private static final Map<String, String> LABS = Map.ofEntries(
        Map.entry("ready-queues", "scheduling"),
        Map.entry("page-faults", "paging"),
        Map.entry("hypercalls", "lguest"),
        Map.entry("gdt", "boot"),
        Map.entry("idt-gates", "boot"),
        Map.entry("semaphores", "locks"),
        Map.entry("sleep", "scheduling"),
        Map.entry("reset-stub", "boot"),
        Map.entry("elf-loader", "fork"),
        Map.entry("apic-timer", "interrupts"),
        Map.entry("switch-context", "switch-side-by-side"),
        Map.entry("page-frames", "fork"));

    private CompareLabs() {
    }

    /** The lab that shows {@code exercise}'s part, if there is one. */
    static Optional<String> lab(String exercise) {
        return Optional.ofNullable(LABS.get(exercise));
    }

    /** The command that opens the debugger on {@code exercise}'s lab, the student's part beside the kit's. */
    static Optional<String> command(String exercise) {
        return lab(exercise).map(lab -> "./eduscc gui " + lab + " --compare student --part " + exercise);
    }
}
