package eduscc.labs.scenario;

/**
 * The kernel part a lab is compared on ({@code eduscc gui LAB --compare student}): the plug-in
 * point the lab is about, once with the kit's implementation and once with the named one. A lab
 * with an lguest guest is about the hypercall dispatcher, one that messages between cores about
 * send and receive, one that runs x86 programs (whose pages fault in on demand and copy on write)
 * about the page-fault resolver, and any other about the ready queues; the lab's other plug-ins
 * stay the kit's in both runs.
 *
 * @param part    the part, in the student's words ("ready queues")
 * @param plugin  the plug-in compared with the kit's, by its registered name
 * @param kit     the lab with the kit's implementation of the part
 * @param student the lab with {@code plugin} in its place
 */
public record ComparedPart(String part, String plugin, Scenario kit, Scenario student) {

    /**
     * @throws ScenarioException naming the lab and the kernel field when nobody registered {@code plugin}
     */
    public static ComparedPart of(Scenario lab, String plugin) {
        KernelPart k = lab.kernel();
        String kitName = "kit";
        ComparedPart compared;
        if (lab.cores().stream().flatMap(c -> c.tasks().stream()).anyMatch(t -> t.guest() != null)) {
            compared = new ComparedPart("hypercall dispatcher", plugin, lab.withKernel(k.withHypercalls(kitName)),
                lab.withKernel(k.withHypercalls(plugin)));
        } else if (lab.usesMessaging()) {
            compared = new ComparedPart("send and receive", plugin, lab.withKernel(k.withMessaging(kitName)),
                lab.withKernel(k.withMessaging(plugin)));
        } else if (lab.cores().stream().flatMap(c -> c.tasks().stream()).anyMatch(t -> t.program() != null)) {
            compared = new ComparedPart("page-fault resolver", plugin, lab.withKernel(k.withPageFaults(kitName)),
                lab.withKernel(k.withPageFaults(plugin)));
        } else {
            compared = new ComparedPart("ready queues", plugin, lab.withKernel(k.withReadyQueues(kitName)),
                lab.withKernel(k.withReadyQueues(plugin)));
        }
        CrossReferences.check(lab.name(), compared.student());
        return compared;
    }
}
