package eduscc.machine.cpu;

import eduscc.machine.cost.InstructionCosts;

/**
 * Java code calls x86 code ({@link Operations#call}), for example the scheduler calling the
 * kernel's {@code switch_context}: the CALL pushes the Java code's resume address, and the x86
 * runs on the caller's thread until a RET brings CS:EIP back to that address with ESP where it
 * was before the CALL. (The other direction, x86 calling Java, is a routine binding left by
 * {@link Operations#ret}; see {@link Core.Binding}.)
 *
 * <p>The x86 may switch tasks the way eduOS's {@code switch_context} does: store ESP, load the
 * next task's stack and IRET into the frame on it. Execution then reaches a place that belongs
 * to another context, and this thread must not run it:
 * <ul>
 *   <li>the key of a parked context ({@link Core#contextKey}): the return address and stack of
 *       that task's own call into x86, where it parked when it was switched away from; or</li>
 *   <li>bound Java code that is not a routine: a new task's entry, where a new context starts.</li>
 * </ul>
 * This thread then parks at its own key, (return address, ESP after the return), and the pacer
 * hands the baton to the context the registers name ({@link Pacer#transfer}). When a later switch
 * brings the registers back to that key, this thread resumes, sees its return reached, and the
 * call returns. Every decision reads only architectural state and the engine's ordered
 * bookkeeping, so the run stays deterministic. An interrupt handler run for Java code makes the
 * same test ({@link Core#runUntilReturn}).
 */
final class CallIntoX86 {
    private final Core core;
    private final Registers regs;

    CallIntoX86(Core core) {
        this.core = core;
        this.regs = core.regs();
    }

    /** CALL rel32 to {@code target} from the Java code that stands at EIP now; returns after its RET. */
    void call(int target) {
        core.checkOwner();
        int returnEip = regs.eip;
        int returnCs = regs.cs().selector();
        int returnLinear = regs.cs().base() + returnEip;
        pushReturnAddress(returnEip, returnCs);
        int returnEsp = regs.esp() + 4;
        regs.eip = target;
        core.chargeInstruction(InstructionCosts.CALL);
        core.instructionBoundary();
        int world = regs.idtrBase;
        while (regs.eip != returnEip || regs.cs().selector() != returnCs || regs.esp() != returnEsp) {
            if (core.atAnotherContext() || core.leftWorld(world)) {
                core.handOver(world, Core.contextKey(returnLinear, returnEsp));
            } else {
                core.executeNext();
            }
        }
    }

    /**
     * The CALL's push of the return address. It may fault: a guest kernel's stack page may be
     * missing from the host's shadow page tables until the host fills it. The fault is delivered
     * as any operation's, and the CALL runs again.
     */
    private void pushReturnAddress(int returnEip, int returnCs) {
        while (true) {
            core.beginInstruction();
            try {
                core.stack().push(returnEip, 4);
                return;
            } catch (CpuFault fault) {
                core.ops().recoverFromFault(InstructionCosts.CALL, fault, returnEip, returnCs);
            }
        }
    }
}
