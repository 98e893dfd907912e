package eduscc.machine.cpu;

/**
 * Java code took an interrupt (at the boundary after an operation), a fault (in an operation)
 * or made INT n: the gate sent CS:EIP to a handler, which runs on the interrupted code's thread,
 * Java where the address is bound and x86 otherwise, until its IRET brings CS:EIP back to the
 * interrupted code's resume address. Then the Java code simply continues (after a fault, the
 * operation is tried again).
 *
 * <p>The handler may leave for another context instead, as a hypervisor's trap stub does: it
 * stores the guest's frame, loads the host's stack and returns into the host's own call into x86
 * ({@link CallIntoX86}), where the host's thread is parked. This thread must not run the host's
 * code. As a call into x86 does, it hands over whenever CS:EIP and ESP name another context (a
 * parked one, or bound Java that is not a routine, where a new context begins), parking at its
 * own key: the interrupted code's resume address with the ESP it had before the delivery.
 *
 * <pre>
 *   guest's thread                                 host's thread
 *   Java, ring 1: INT 0x1F                         parked in its call into x86 (run the guest)
 *     trap stub (x86, ring 0): store the frame,
 *     load the host's ESP, RET  ----------------->  its call returns; the host handles the trap,
 *   parked at (resume EIP, ESP before the INT)      then calls x86 that IRETs through the frame
 *   INT returns  <--------------------------------  (the IRET loads the guest's key again)
 * </pre>
 * The context parked there resumes, sees its return reached, and the operation returns. The
 * handler's own first instruction is exempt from the binding test: a gate may point straight at
 * bound Java, which runs nested here as the handler.
 */
final class InterruptedJava {
    private final Core core;
    private final Registers regs;

    InterruptedJava(Core core) {
        this.core = core;
        this.regs = core.regs();
    }

    /**
     * Runs the handler that CS:EIP points at now until it returns to {@code resumeEip} in
     * {@code resumeCs}, handing over to other contexts on the way (parked at {@code resumeKey}
     * in {@code resumeWorld}, the IDT base the interrupted code runs under).
     */
    void runHandler(int resumeEip, int resumeCs, int resumeWorld, long resumeKey) {
        boolean handlerEntry = true;
        while (true) {
            boolean parkedHere = core.parkedAt(regs.cs().base() + regs.eip);
            if (!parkedHere && regs.eip == resumeEip && regs.cs().selector() == resumeCs) {
                return;
            }
            Core.Binding binding = core.bindingAt(regs.cs().base() + regs.eip);
            if (parkedHere || !handlerEntry && binding != null && !binding.routine()) {
                core.handOver(resumeWorld, resumeKey);
            } else {
                core.execute(binding);
            }
            handlerEntry = false;
        }
    }
}
