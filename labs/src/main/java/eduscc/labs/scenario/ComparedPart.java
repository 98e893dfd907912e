package eduscc.labs.scenario;

import java.util.List;
import java.util.function.BiFunction;

/**
 * The kernel part a lab is compared on ({@code eduscc gui LAB --compare student [--part PART]}):
 * one plug-in point, once with the kit's implementation and once with the named one; the lab's
 * other plug-ins stay as the lab names them in both runs. Without {@code --part} it is the part
 * the lab is about: a lab with an lguest guest is about the hypercall dispatcher, one that
 * messages between cores about send and receive, one that runs x86 programs (whose pages fault in
 * on demand and copy on write) about the page-fault resolver, and any other about the ready queues.
 *
 * @param part    the part, in the student's words ("ready queues")
 * @param plugin  the plug-in compared with the kit's, by its registered name
 * @param kit     the lab with the kit's implementation of the part
 * @param student the lab with {@code plugin} in its place
 */
public record ComparedPart(String part, String plugin, Scenario kit, Scenario student) {

    /**
     * A part that can be compared: its name on the command line (the one {@code eduscc run} takes as
     * an option, {@code --sleep}), the exercise that asks for it, its words, and how a lab names it.
     */
    public record Part(String name, String exercise, String words, BiFunction<KernelPart, String, KernelPart> in) {
    }

    /** Every part, in the order of the lab file's kernel fields. */
    public static final List<Part> PARTS = List.of(
        new Part("ready-queues", "ready-queues", "ready queues", KernelPart::withReadyQueues),
        new Part("page-faults", "page-faults", "page-fault resolver", KernelPart::withPageFaults),
        new Part("hypercalls", "hypercalls", "hypercall dispatcher", KernelPart::withHypercalls),
        new Part("messaging", "messaging", "send and receive", KernelPart::withMessaging),
        new Part("gdt", "gdt", "GDT encoder", KernelPart::withGdt),
        new Part("idt-gates", "idt-gates", "IDT gate encoder", KernelPart::withIdtGates),
        new Part("semaphores", "semaphores", "semaphores", KernelPart::withSemaphores),
        new Part("sleep", "sleep", "timer list", KernelPart::withSleep),
        new Part("elf-loader", "elf-loader", "ELF loader", KernelPart::withElfLoader),
        new Part("apic-timer", "apic-timer", "APIC timer set-up", KernelPart::withApicTimer),
        new Part("context-switch", "switch-context", "software context switch", KernelPart::withContextSwitch),
        new Part("page-frames", "page-frames", "page-frame allocator", KernelPart::withPageFrames),
        new Part("syscalls", "syscall", "system calls", KernelPart::withSyscalls),
        new Part("reset-stub", "reset-stub", "reset stub", KernelPart::withResetStub));

    /**
     * The part the lab is about, compared with {@code plugin}.
     *
     * @throws ScenarioException naming the lab and the kernel field when nobody registered {@code plugin}
     */
    public static ComparedPart of(Scenario lab, String plugin) {
        return of(lab, plugin, null);
    }

    /**
     * The part named {@code partName} (as {@link #PARTS} names it, or by its exercise's name), or
     * the part the lab is about when it is null, compared with {@code plugin}.
     *
     * @throws IllegalArgumentException for a part no one can compare, listing those there are
     * @throws ScenarioException        naming the lab and the kernel field when nobody registered
     *                                  {@code plugin} for the part, or the lab cannot use it
     */
    public static ComparedPart of(Scenario lab, String plugin, String partName) {
        Part part = partName == null ? aboutPart(lab) : part(partName);
        KernelPart k = lab.kernel();
        ComparedPart compared = new ComparedPart(part.words(), plugin, lab.withKernel(part.in().apply(k, "kit")),
            lab.withKernel(part.in().apply(k, plugin)));
        CrossReferences.check(lab.name(), compared.student());
        return compared;
    }

    /** The part named {@code name} on the command line or by its exercise. */
    public static Part part(String name) {
        for (Part p : PARTS) {
            if (p.name().equals(name) || p.exercise().equals(name)) {
                return p;
            }
        }
        throw new IllegalArgumentException("no part '" + name + "' to compare; the parts: "
            + String.join(", ", PARTS.stream().map(Part::name).toList()));
    }

    private static Part aboutPart(Scenario lab) {
        if (lab.cores().stream().flatMap(c -> c.tasks().stream()).anyMatch(t -> t.guest() != null)) {
            return part("hypercalls");
        } else if (lab.usesMessaging()) {
            return part("messaging");
        } else if (lab.cores().stream().flatMap(c -> c.tasks().stream()).anyMatch(t -> t.program() != null)) {
            return part("page-faults");
        }
        return part("ready-queues");
    }
}
