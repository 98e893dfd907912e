package eduscc.machine.x86;

import eduscc.machine.cpu.Core;
import eduscc.machine.cpu.CpuFault;
import eduscc.machine.cpu.LogicalMemory;
import eduscc.machine.cpu.Registers;
import eduscc.machine.cpu.SegmentRegister;
import eduscc.machine.cpu.StackOps;

/**
 * Everything one instruction needs while it executes on one core (SDM Vol. 2 §2.1 "Instruction
 * Format", §2.1.1 "Instruction Prefixes"): the prefixes seen, the operand and address size they
 * leave, the decoded ModR/M operand, and whether the instruction moved EIP itself.
 *
 * <p>There is one context per core, reused for every instruction: the hot path allocates nothing.
 * It is per core, not per interpreter, because a core can be paused in the middle of an
 * instruction (a shared-memory access waits for its turn) while another core runs.
 */
final class InstructionContext {
    /** Returned by a handler that charged its own cycles (HLT charges before it sleeps). */
    static final int CHARGED = -1;

    final Core core;
    final Registers regs;
    final LogicalMemory memory;
    final StackOps stack;
    final CodeFetcher code;
    final Operand rm;
    final AluOps alu = new AluOps();
    final ShiftOps shifts = new ShiftOps();
    /** Scratch space for POPA, so it can read all eight words before it writes one register. */
    final int[] popped = new int[8];
    /** SS before an INT or IRET that may switch stacks, to put back if the instruction faults half way. */
    final SegmentRegister savedSs = new SegmentRegister("ss");

    /** Operand size 32 (else 16): the code segment's D bit, toggled by 0x66. */
    boolean operand32;
    /** Address size 32 (else 16): the code segment's D bit, toggled by 0x67. */
    boolean address32;
    /** The segment register a 26/2E/36/3E/64/65 prefix named, or -1. */
    int segmentOverride;
    /** 0xF3 (REP/REPE), 0xF2 (REPNE) or 0. */
    int repeat;
    boolean lock;
    /** The ModR/M reg field of the last {@link #decodeModRm()}: a register, an opcode extension or a Sreg. */
    int reg;
    /** TR when the instruction started: a different TR afterwards means a task switch happened. */
    int taskAtStart;
    /** Set by an instruction that loaded EIP itself (a taken branch, INT, IRET, HLT, a far transfer). */
    boolean transferred;

    InstructionContext(Core core) {
        this.core = core;
        this.regs = core.regs();
        this.memory = core.memory();
        this.stack = core.stack();
        this.code = new CodeFetcher(regs, memory);
        this.rm = new Operand(regs, memory);
    }

    /**
     * Resets the per-instruction state; the default sizes come from CS.D in protected mode, 16
     * bits in real mode. Code is only fetched from a code segment: every load of CS checks that,
     * so this #GP is a guard against a corrupted descriptor cache rather than a path code can take.
     */
    void begin() {
        boolean protectedMode = regs.protectedMode();
        if (protectedMode && (regs.cs().access() & 0x18) != 0x18) {
            throw CpuFault.gp(0, "CS " + regs.cs() + " does not hold a code segment");
        }
        boolean big = protectedMode && regs.cs().big();
        operand32 = big;
        address32 = big;
        segmentOverride = -1;
        repeat = 0;
        lock = false;
        transferred = false;
        taskAtStart = regs.tr.selector();
        memory.othersMayHaveRun();
        code.begin(regs.eip);
    }

    int operandSize() {
        return operand32 ? 4 : 2;
    }

    /** The segment a memory operand uses: the override if there is one, else {@code defaultSegment}. */
    int dataSegment(int defaultSegment) {
        return segmentOverride >= 0 ? segmentOverride : defaultSegment;
    }

    void decodeModRm() {
        ModRm.decode(this);
    }

    /** Decodes ModR/M for an instruction that only has a memory form (LEA, LGDT, far pointers). */
    void decodeMemoryOnly(String instruction) {
        ModRm.decode(this);
        if (rm.isRegister()) {
            throw CpuFault.ud(instruction + " needs a memory operand: " + code.fetchedBytes() + " at " + code.where());
        }
    }

    int readReg(int index, int size) {
        return Operand.readRegister(regs, index, size);
    }

    void writeReg(int index, int size, int value) {
        Operand.writeRegister(regs, index, size, value);
    }

    /** LOCK is only allowed on a read-modify-write of memory (SDM Vol. 2 "LOCK"). */
    void checkLock(boolean lockable) {
        if (lock && (!lockable || rm.isRegister())) {
            throw CpuFault.ud("LOCK is not allowed on " + code.fetchedBytes() + " at " + code.where());
        }
    }

    /** Moves EIP to the next instruction now, before an action that saves it (INT, HLT, a task switch). */
    void commitNextEip() {
        regs.eip = code.position();
        transferred = true;
    }

    CpuFault unknown() {
        return CpuFault.ud("unknown opcode " + code.fetchedBytes() + " at " + code.where());
    }

    CpuFault unsupported(String what) {
        return CpuFault.ud(what + " (" + code.fetchedBytes() + " at " + code.where() + ") is not in the interpreter's subset");
    }
}
