package eduscc.machine.x86;

import eduscc.machine.cost.InstructionCosts;
import eduscc.machine.cpu.Core;
import eduscc.machine.cpu.CpuFault;
import eduscc.machine.cpu.InstructionSet;
import eduscc.machine.cpu.Registers;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The x86 interpreter for the 16/32-bit subset that boot code and students' reset code use
 * (DESIGN §2 "x86 code"). {@link #step} executes exactly one instruction at CS:EIP: it reads the
 * prefixes (SDM Vol. 2 §2.1.1), dispatches on the opcode (Vol. 2 Appendix A "Opcode Map") and
 * charges the instruction's cost from {@code InstructionCosts} when it has completed.
 *
 * <p>Faults follow the SDM's fault semantics (Vol. 3A §6.5 "Exception Classifications"): the
 * faulting instruction has not happened. A handler computes first and commits last, and if a
 * {@link CpuFault} escapes anyway, EIP goes back to the first prefix byte and ESP to its value
 * before the instruction, then the fault goes on to the core, which delivers it. The exception
 * is a fault after a hardware task switch: it belongs to the new task and its state is kept.
 *
 * <p>One interpreter may serve many cores: the per-instruction state lives in one
 * {@link InstructionContext} per core.
 */
public final class Interpreter implements InstructionSet {
    private final Map<Core, InstructionContext> contexts = new IdentityHashMap<>();
    private Core lastCore;
    private InstructionContext lastContext;

    @Override
    public void step(Core core) {
        InstructionContext c = contextFor(core);
        Registers regs = c.regs;
        int startEsp = regs.esp();
        c.begin();
        try {
            int cycles = execute(c);
            if (!c.transferred) {
                regs.eip = c.code.position();
            }
            int misaligned = c.rm.takeMisaligned() ? InstructionCosts.MISALIGNED : 0;
            if (cycles != InstructionContext.CHARGED) {
                core.chargeInstruction(cycles + misaligned);
            }
        } catch (CpuFault fault) {
            c.memory.takeLatency();
            c.rm.takeMisaligned();
            if (regs.tr.selector() == c.taskAtStart) {
                regs.eip = c.code.start();
                regs.setEsp(startEsp);
            }
            throw fault;
        }
    }

    private InstructionContext contextFor(Core core) {
        if (core != lastCore) {
            lastContext = contexts.computeIfAbsent(core, InstructionContext::new);
            lastCore = core;
        }
        return lastContext;
    }

    /** Reads prefixes until the opcode, then runs the instruction; returns the cycles to charge. */
    private static int execute(InstructionContext c) {
        boolean big = c.operand32;
        while (true) {
            int b = c.code.next8();
            switch (b) {
                case 0x66 -> c.operand32 = !big;
                case 0x67 -> c.address32 = !big;
                case 0x26 -> c.segmentOverride = Registers.ES;
                case 0x2E -> c.segmentOverride = Registers.CS;
                case 0x36 -> c.segmentOverride = Registers.SS;
                case 0x3E -> c.segmentOverride = Registers.DS;
                case 0x64 -> c.segmentOverride = Registers.FS;
                case 0x65 -> c.segmentOverride = Registers.GS;
                case 0xF0 -> c.lock = true;
                case 0xF2, 0xF3 -> c.repeat = b;
                default -> {
                    if (c.lock && !OneByteOpcodes.lockable(b)) {
                        throw CpuFault.ud("LOCK is not allowed on " + c.code.fetchedBytes() + " at " + c.code.where());
                    }
                    return OneByteOpcodes.execute(c, b);
                }
            }
        }
    }
}
