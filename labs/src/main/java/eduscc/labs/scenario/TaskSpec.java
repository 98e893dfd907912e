package eduscc.labs.scenario;

import eduscc.kernel.lguest.ShippedGuests;
import java.util.ArrayList;
import java.util.List;

/**
 * A task of a lab: its name (unique on its core), its priority 1..31 (1 low, 8 normal, 16 high, 31
 * realtime) and the steps it runs. A task whose steps run out exits with code 0, as eduOS's
 * {@code leave_kernel_task} does. A task may instead name an x86 {@code program} of the ramdisk
 * (such as {@code "/bin/hello"}): it then runs that program in a process of its own, in ring 3,
 * and has no steps; that needs paging. Or it may name a {@code guest} the kit ships (such as
 * {@code "hello"}): it is then lguest's launcher, which runs that guest in ring 1 until it shuts
 * down (issue 12); that needs paging and software task switching. The guest {@code "eduscc"} is
 * the kit's own kernel, which runs the task's {@code program} in a process in its ring 3.
 */
public record TaskSpec(String name, Integer priority, List<Step> steps, String program, String guest) {
    public static final String IDLE = "idle";

    /** A task that runs steps. */
    public TaskSpec(String name, Integer priority, List<Step> steps) {
        this(name, priority, steps, null, null);
    }

    public TaskSpec {
        FieldError.name(name, "name");
        if (name.equals(IDLE)) {
            throw new FieldError("name", "\"idle\" is the idle task's name; choose another");
        }
        FieldError.required(priority, "priority", "1 (low) .. 8 (normal) .. 16 (high) .. 31 (realtime)");
        FieldError.inRange(priority, 1, 31, "priority");
        steps = steps == null ? List.of() : steps;
        if (program != null && (!program.startsWith("/") || program.length() > 127)) {
            throw new FieldError("program", "must be a path in the ramdisk such as \"/bin/hello\", got \"" + program + "\"");
        }
        if (program != null && !steps.isEmpty()) {
            throw new FieldError("steps", "a task that runs a program has no steps (the program is what it runs)");
        }
        if (guest != null) {
            checkGuest(guest, program, steps);
        }
        for (int i = 0; i < steps.size(); i++) {
            FieldError.required(steps.get(i), "steps[" + i + "]", "a step such as {\"type\":\"yield\"}");
            if (steps.get(i) instanceof Step.Exit && i != steps.size() - 1) {
                throw new FieldError("steps[" + i + "]", "exit must be the last step: the task never runs the "
                    + (steps.size() - 1 - i) + " step(s) after it");
            }
        }
        steps = List.copyOf(new ArrayList<>(steps));
    }

    /** A shipped x86 guest runs alone; the kit's kernel as the guest runs the one program named. */
    private static void checkGuest(String guest, String program, List<Step> steps) {
        boolean kitKernel = guest.equals(ShippedGuests.KIT_KERNEL);
        if (!kitKernel && !ShippedGuests.NAMES.contains(guest)) {
            throw new FieldError("guest", "no shipped guest named \"" + guest + "\"; shipped: "
                + String.join(", ", ShippedGuests.NAMES) + ", and \"" + ShippedGuests.KIT_KERNEL
                + "\" (the kit's own kernel, with a \"program\" for its ring 3)");
        }
        if (!steps.isEmpty()) {
            throw new FieldError("steps", "a guest's launcher task runs the guest and nothing else: no steps");
        }
        if (kitKernel && program == null) {
            throw new FieldError("program", "the guest \"" + ShippedGuests.KIT_KERNEL
                + "\" runs a program of the ramdisk in its ring 3: name one, such as \"/bin/hello\"");
        }
        if (!kitKernel && program != null) {
            throw new FieldError("program", "the guest \"" + guest + "\" is a program of its own; only the guest \""
                + ShippedGuests.KIT_KERNEL + "\" runs one");
        }
    }
}
