package eduscc.machine.cpu;

import eduscc.machine.cost.InstructionCosts;
import java.util.function.IntSupplier;

/**
 * The machine operations: everything kernel and task Java code may do to the hardware (DESIGN §3).
 * Each one is an instruction boundary. It does what the x86 instruction does, charges that
 * instruction's cost from {@link InstructionCosts} plus any mesh latency, and then lets pending
 * interrupts in. A fault is delivered through the IDT exactly as for an x86 instruction; if the
 * handler returns, the operation is restarted, as the faulting instruction would be.
 *
 * <p>While Java code runs, EIP holds that code's resume address in the kernel text, so an
 * interrupt pushes it and IRET brings execution back to it.
 *
 * <p>An operation has no instruction bytes in simulated memory (the Java code stands for
 * compiled kernel code that the kit does not have), so it fetches nothing: it costs no code TLB
 * or L1 instruction cache access, only its data accesses go through the caches. Interpreted x86
 * fetches every byte through the L1 instruction cache.
 */
public final class Operations {
    private final Core core;
    private final Registers regs;
    private final SystemInstructions sys;
    private final CallIntoX86 callIntoX86;

    Operations(Core core) {
        this.core = core;
        this.regs = core.regs();
        this.sys = core.systemInstructions();
        this.callIntoX86 = new CallIntoX86(core);
    }

    /**
     * One operation: {@link #begin}, the body, {@link #end}; a fault in the body is delivered and,
     * once its handler returns, the body runs again ({@link #recover}). The hottest operations
     * (read32, write32, rdtsc) spell this loop out themselves, so they allocate no lambda.
     */
    private void run(int cost, Runnable body) {
        core.checkOwner();
        while (true) {
            begin();
            int resumeEip = regs.eip;
            int resumeCs = regs.cs().selector();
            try {
                body.run();
                end(cost, resumeEip, resumeCs);
                return;
            } catch (CpuFault fault) {
                recover(cost, fault, resumeEip, resumeCs);
            }
        }
    }

    private int value(int cost, IntSupplier body) {
        core.checkOwner();
        while (true) {
            begin();
            int resumeEip = regs.eip;
            int resumeCs = regs.cs().selector();
            try {
                int result = body.getAsInt();
                end(cost, resumeEip, resumeCs);
                return result;
            } catch (CpuFault fault) {
                recover(cost, fault, resumeEip, resumeCs);
            }
        }
    }

    /** An operation starts at an instruction boundary: a new step for the cache counters, its charge booked by its address. */
    private void begin() {
        core.memory().caches().beginStep();
        core.beginInstruction();
    }

    /** It completed: charge it, then the boundary, where interrupts come in. */
    private void end(int cost, int resumeEip, int resumeCs) {
        core.chargeInstruction(cost);
        continueOrLeave(resumeEip, resumeCs);
        core.boundary();
    }

    /**
     * A machine step that Java code makes outside {@link #run} faulted (the CALL of a call into x86
     * pushing its return address): handled as any operation's fault, so the caller tries again.
     */
    void recoverFromFault(int cost, CpuFault fault, int resumeEip, int resumeCs) {
        recover(cost, fault, resumeEip, resumeCs);
    }

    /** It faulted: charge it, deliver the fault and run the handler until it returns here (or switches tasks). */
    private void recover(int cost, CpuFault fault, int resumeEip, int resumeCs) {
        core.chargeInstruction(cost);
        long resumeKey = Core.contextKey(regs.cs().base() + resumeEip, regs.esp());
        int resumeWorld = regs.idtrBase;
        core.interrupts().deliverFault(fault);
        if (!core.switchTasksIfRequested()) {
            core.runUntilReturn(resumeEip, resumeCs, resumeWorld, resumeKey);
        }
    }

    /**
     * After a successful operation: a task switch parks this Java code until it is switched back
     * to (then it simply continues); any other change of CS:EIP means this Java code is done.
     */
    private void continueOrLeave(int resumeEip, int resumeCs) {
        if (core.switchTasksIfRequested()) {
            return;
        }
        if (regs.eip != resumeEip || regs.cs().selector() != resumeCs) {
            throw new JumpedAway();
        }
    }

    // Memory, through DS with the current privilege (flat in the kit's kernel).

    public int read32(int address) {
        core.checkOwner();
        while (true) {
            begin();
            int resumeEip = regs.eip;
            int resumeCs = regs.cs().selector();
            try {
                int value = core.memory().read(Registers.DS, address, 4);
                end(InstructionCosts.MOV, resumeEip, resumeCs);
                return value;
            } catch (CpuFault fault) {
                recover(InstructionCosts.MOV, fault, resumeEip, resumeCs);
            }
        }
    }

    public int read16(int address) {
        return value(InstructionCosts.MOV, () -> core.memory().read(Registers.DS, address, 2));
    }

    public int read8(int address) {
        return value(InstructionCosts.MOV, () -> core.memory().read(Registers.DS, address, 1));
    }

    public void write32(int address, int value) {
        core.checkOwner();
        while (true) {
            begin();
            int resumeEip = regs.eip;
            int resumeCs = regs.cs().selector();
            try {
                core.memory().write(Registers.DS, address, 4, value);
                end(InstructionCosts.MOV, resumeEip, resumeCs);
                return;
            } catch (CpuFault fault) {
                recover(InstructionCosts.MOV, fault, resumeEip, resumeCs);
            }
        }
    }

    public void write16(int address, int value) {
        run(InstructionCosts.MOV, () -> core.memory().write(Registers.DS, address, 2, value));
    }

    public void write8(int address, int value) {
        run(InstructionCosts.MOV, () -> core.memory().write(Registers.DS, address, 1, value));
    }

    // Locked read-modify-write: what spinlocks are made of. The kit runs one core's code at a
    // time, so the read and the write cannot be split by another core; the cost is the SCC's.

    /** XCHG m32, r32: stores {@code value} and returns the old contents, locked (SDM Vol. 2 "XCHG"). */
    public int xchg32(int address, int value) {
        return value(InstructionCosts.XCHG_MEM, () -> {
            int old = core.memory().read(Registers.DS, address, 4);
            core.memory().write(Registers.DS, address, 4, value);
            return old;
        });
    }

    /**
     * LOCK CMPXCHG m32, r32: if the word equals {@code expected} it becomes {@code value}; returns
     * the old contents either way (the caller compares, as code tests ZF).
     */
    public int lockCmpxchg32(int address, int expected, int value) {
        return value(InstructionCosts.LOCK_CMPXCHG, () -> {
            int old = core.memory().read(Registers.DS, address, 4);
            if (old == expected) {
                core.memory().write(Registers.DS, address, 4, value);
            }
            return old;
        });
    }

    /**
     * The address this Java code stands at (its EIP): known at link time in a real kernel, so it
     * costs nothing. A far jump to it only reloads CS.
     */
    public int currentEip() {
        return regs.eip;
    }

    /** MOV r32, imm32: Java code puts a value where the calling convention wants it (EAX..EDI). */
    public void setRegister(int register, int value) {
        run(InstructionCosts.MOV, () -> regs.set(register, value));
    }

    /** MOV r32, r32: reads a general register (e.g. a system call's number and arguments). */
    public int getRegister(int register) {
        return value(InstructionCosts.MOV, () -> regs.get(register));
    }

    /**
     * MOV r32, [ESP + 4 + 4n]: argument {@code n} of a C-level routine that x86 code CALLed, as
     * the cdecl convention leaves it above the return address (eduOS {@code irq_handler(struct state*)}).
     */
    public int stackArgument(int n) {
        return value(InstructionCosts.MOV, () -> core.memory().read(Registers.SS, regs.esp() + 4 + 4 * n, 4));
    }

    /** MOV r32, ESP: where the stack is now (the kernel reads interrupt frames from there). */
    public int currentEsp() {
        return value(InstructionCosts.MOV, regs::esp);
    }

    // The stack, through SS:ESP as PUSH, POP and ADD ESP do.

    public void push32(int value) {
        run(InstructionCosts.PUSH_POP, () -> core.stack().push(value, 4));
    }

    public int pop32() {
        return value(InstructionCosts.PUSH_POP, () -> core.stack().pop(4));
    }

    /** PUSHAD: EAX, ECX, EDX, EBX, the original ESP, EBP, ESI, EDI, in that order (SDM Vol. 2 "PUSHA"). */
    public void pushad() {
        run(InstructionCosts.PUSHA_POPA, () -> {
            int originalEsp = regs.esp();
            for (int r = Registers.EAX; r <= Registers.EDI; r++) {
                core.stack().push(r == Registers.ESP ? originalEsp : regs.get(r), 4);
            }
        });
    }

    /** POPAD: the reverse of PUSHAD; the saved ESP is skipped, not loaded. */
    public void popad() {
        run(InstructionCosts.PUSHA_POPA, () -> {
            for (int r = Registers.EDI; r >= Registers.EAX; r--) {
                int value = core.stack().pop(4);
                if (r != Registers.ESP) {
                    regs.set(r, value);
                }
            }
        });
    }

    /** MOV ESP, r32: the kernel moves to another stack (the heart of a software context switch). */
    public void loadEsp(int esp) {
        run(InstructionCosts.MOV, () -> regs.setEsp(esp));
    }

    /**
     * CALL rel32 from Java code into x86 code at {@code target} (for example the kernel's
     * {@code switch_context}): pushes this code's resume address and runs the x86 until its RET
     * returns here with ESP as before the call. If the x86 switches tasks, this Java code waits
     * until a later switch returns into it (see {@link CallIntoX86}).
     */
    public void call(int target) {
        callIntoX86.call(target);
    }

    /**
     * RET: a routine that x86 code CALLed returns to it; the Java code ends here. The boundary
     * after it shows the caller's next instruction, as after an x86 RET.
     */
    public void ret() {
        core.checkOwner();
        regs.eip = popReturnAddress();
        core.chargeInstruction(InstructionCosts.RET);
        core.instructionBoundary();
        throw new JumpedAway();
    }

    /**
     * RET's pop. It may fault: a guest kernel's stack page may be missing from the host's shadow
     * page tables (a new page directory empties them). The fault is delivered as any operation's,
     * and the RET runs again.
     */
    private int popReturnAddress() {
        while (true) {
            core.beginInstruction();
            int resumeEip = regs.eip;
            int resumeCs = regs.cs().selector();
            try {
                return core.stack().pop(4);
            } catch (CpuFault fault) {
                recover(InstructionCosts.RET, fault, resumeEip, resumeCs);
            }
        }
    }

    /** ADD ESP, n: drops (or, negative, reserves) stack bytes, e.g. an exception's error code. */
    public void addEsp(int bytes) {
        run(InstructionCosts.ALU, () -> regs.setEsp(regs.esp() + bytes));
    }

    /** Plain computation the Java code stands for: {@code cycles} clocks of work. */
    public void work(int cycles) {
        run(Math.max(0, cycles), NOTHING);
    }

    private static final Runnable NOTHING = () -> { };

    // Registers a kernel loads.

    public void lgdt(int base, int limit) {
        run(InstructionCosts.LGDT, () -> sys.lgdt(base, limit));
    }

    public void lidt(int base, int limit) {
        run(InstructionCosts.LGDT, () -> sys.lidt(base, limit));
    }

    public void ltr(int selector) {
        run(InstructionCosts.LTR, () -> sys.ltr(selector));
    }

    public void lldt(int selector) {
        run(InstructionCosts.LLDT, () -> sys.lldt(selector));
    }

    public int readCr(int n) {
        return value(InstructionCosts.MOV_FROM_CR, () -> sys.readControl(n));
    }

    public void writeCr(int n, int value) {
        run(InstructionCosts.MOV_TO_CR, () -> sys.writeControl(n, value));
    }

    /** INVLPG m: drops the translation of the page holding {@code linear} from both TLBs (SDM Vol. 2 "INVLPG"); ring 0 only. */
    public void invlpg(int linear) {
        run(InstructionCosts.INVLPG, () -> {
            sys.requireRing0("INVLPG");
            core.memory().caches().invalidatePage(linear >>> 12);
        });
    }

    public void loadSegment(int segment, int selector) {
        int cost = !regs.protectedMode() ? InstructionCosts.MOV_SREG_REAL
            : segment == Registers.SS ? InstructionCosts.MOV_SS_PM : InstructionCosts.MOV_SREG_PM;
        run(cost, () -> core.segmentation().loadData(segment, selector));
    }

    /** Far JMP to a code segment, a TSS or a task gate (the hardware task switch). */
    public void farJump(int selector, int offset) {
        run(InstructionCosts.JMP_FAR, () -> sys.farJump(selector, offset, true));
    }

    // Interrupts.

    public void cli() {
        run(InstructionCosts.CLI, sys::cli);
    }

    /** PUSHFD; POP r32: EFLAGS as a number (eduOS's irq_nested_disable reads IF this way). */
    public int readEflags() {
        return value(InstructionCosts.PUSHF_PM + InstructionCosts.PUSH_POP, () -> regs.eflags);
    }

    public void sti() {
        run(InstructionCosts.STI, sys::sti);
    }

    /** INT n: the software interrupt, with the gate DPL check; returns after the handler's IRET. */
    public void intN(int vector) {
        run(0, () -> {
            int resumeEip = regs.eip;
            int resumeCs = regs.cs().selector();
            long resumeKey = core.currentContextKey();
            int resumeWorld = regs.idtrBase;
            core.interrupts().deliver(vector, CpuFault.NO_ERROR_CODE, Interrupts.Source.SOFTWARE);
            if (!core.switchTasksIfRequested()) {
                core.runUntilReturn(resumeEip, resumeCs, resumeWorld, resumeKey);
            }
        });
    }

    /** IRET with the operand size of the code that runs it (IRETD in 32-bit code). */
    public void iret() {
        run(0, () -> core.interrupts().gates().iret(regs.protectedMode() && regs.cs().big()));
    }

    /** HLT: stop until an interrupt arrives; with IF clear this core stops for good. */
    public void hlt() {
        run(InstructionCosts.HLT, () -> {
            sys.requireRing0("HLT");
            core.halt();
        });
    }

    // Timing and the SCC's own instruction.

    /**
     * RDTSC: the counter as the instruction executes (SDM Vol. 2 "RDTSC"), read before its own
     * cost is charged, as the x86 interpreter does. An interrupt taken at the boundary after it
     * runs later and must not show in the value.
     */
    /** RDTSC: the counter as it stands when the instruction starts, before its own clocks and the boundary after it. */
    public long rdtsc() {
        core.checkOwner();
        begin();
        int resumeEip = regs.eip;
        int resumeCs = regs.cs().selector();
        long counter = core.cycles();
        end(InstructionCosts.RDTSC, resumeEip, resumeCs);
        return counter;
    }

    /** CL1INVMB: drops the L1 lines of MPBT type without writing them back (facts A.3). */
    public void cl1invmb() {
        run(InstructionCosts.CL1INVMB, () -> core.memory().caches().invalidateMessageBufferLines());
    }

    /** BSR: index of the most significant set bit; ZF (here: -1) when the source is zero. */
    public int bsr(int value) {
        return value(InstructionCosts.bsr(value, 4), () -> value == 0 ? -1 : 31 - Integer.numberOfLeadingZeros(value));
    }

    public void out8(int port, int value) {
        run(regs.protectedMode() ? InstructionCosts.OUT_PM : InstructionCosts.OUT_REAL, () -> sys.out(port, value, 1));
    }

    public int in8(int port) {
        return value(regs.protectedMode() ? InstructionCosts.IN_PM : InstructionCosts.IN_REAL, () -> sys.in(port, 1));
    }
}
