package eduscc.machine.x86;

import eduscc.machine.cost.InstructionCosts;
import eduscc.machine.cpu.ControlBits;
import eduscc.machine.cpu.CpuFault;
import eduscc.machine.cpu.Eflags;
import eduscc.machine.cpu.Registers;
import eduscc.machine.cpu.SystemInstructions;

/**
 * The system instructions of SDM Vol. 3A §2.7 "System Instruction Summary" as the interpreter
 * decodes them: descriptor-table registers (group 7: SGDT SIDT LGDT LIDT SMSW LMSW INVLPG; group
 * 6: SLDT STR LLDT LTR), MOV to and from control registers, CLTS, INVD, WBINVD, HLT, CLI/STI,
 * IN/OUT, the flag instructions, RDTSC, CPUID and the SCC's CL1INVMB. What they do to the machine
 * is {@link SystemInstructions}, shared with the kernel's machine operations; this class decodes
 * operands, checks what only the encoding decides, and charges.
 */
final class SystemOps {
    private static final String[] GROUP6_NAMES = {"SLDT", "STR", "LLDT", "LTR"};

    private SystemOps() {
    }

    private static SystemInstructions sys(InstructionContext c) {
        return c.core.systemInstructions();
    }

    /** F4: HLT. EIP moves past HLT first, so the interrupt that wakes the core returns after it. */
    static int hlt(InstructionContext c) {
        sys(c).requireRing0("HLT");
        c.commitNextEip();
        c.core.chargeInstruction(InstructionCosts.HLT);
        c.core.halt();
        return InstructionContext.CHARGED;
    }

    static int cli(InstructionContext c) {
        sys(c).cli();
        return InstructionCosts.CLI;
    }

    /** FB: STI; the processor takes no interrupt until after the next instruction (done by SystemInstructions). */
    static int sti(InstructionContext c) {
        sys(c).sti();
        return InstructionCosts.STI;
    }

    /** F5 CMC, F8 CLC, F9 STC, FC CLD, FD STD. */
    static int flagInstruction(InstructionContext c, int opcode) {
        Registers regs = c.regs;
        switch (opcode) {
            case 0xF5 -> regs.eflags ^= Eflags.CF;
            case 0xF8 -> regs.eflags &= ~Eflags.CF;
            case 0xF9 -> regs.eflags |= Eflags.CF;
            case 0xFC -> regs.eflags &= ~Eflags.DF;
            default -> regs.eflags |= Eflags.DF;
        }
        return InstructionCosts.FLAG_OP;
    }

    /** E4, E5 (port imm8) and EC, ED (port DX): IN into AL/AX/EAX. */
    static int in(InstructionContext c, int port, int size) {
        c.writeReg(Registers.EAX, size, sys(c).in(port, size));
        return c.regs.protectedMode() ? InstructionCosts.IN_PM : InstructionCosts.IN_REAL;
    }

    /** E6, E7 (port imm8) and EE, EF (port DX): OUT from AL/AX/EAX; port 0xE9 is the debug console. */
    static int out(InstructionContext c, int port, int size) {
        sys(c).out(port, c.readReg(Registers.EAX, size), size);
        return c.regs.protectedMode() ? InstructionCosts.OUT_PM : InstructionCosts.OUT_REAL;
    }

    /** 0F 20: MOV r32, CRn. The mod field is ignored: the operand is always a register. */
    static int movFromControl(InstructionContext c) {
        int modrm = c.code.next8();
        c.regs.set(modrm & 7, sys(c).readControl((modrm >>> 3) & 7));
        return InstructionCosts.MOV_FROM_CR;
    }

    /** 0F 22: MOV CRn, r32. Setting CR0.PE is how a boot stub enters protected mode. */
    static int movToControl(InstructionContext c) {
        int modrm = c.code.next8();
        sys(c).writeControl((modrm >>> 3) & 7, c.regs.get(modrm & 7));
        return InstructionCosts.MOV_TO_CR;
    }

    /** 0F 06: CLTS clears CR0.TS, which a task switch set. */
    static int clts(InstructionContext c) {
        sys(c).clts();
        return InstructionCosts.CLTS;
    }

    /**
     * 0F 08 INVD and 0F 09 WBINVD: privileged; every cache is emptied. The caches hold no data in
     * the model, so WBINVD's write-back changes no bytes and costs only the table's figure.
     */
    static int invalidateCaches(InstructionContext c, boolean writeBack) {
        sys(c).requireRing0(writeBack ? "WBINVD" : "INVD");
        c.memory.caches().invalidateCaches();
        return writeBack ? InstructionCosts.WBINVD : InstructionCosts.INVD;
    }

    /**
     * 0F 0A: CL1INVMB invalidates the L1 lines tagged MPBT, without writing them back (facts
     * A.3). It is not privileged: RCCE runs it in user programs.
     */
    static int cl1invmb(InstructionContext c) {
        c.memory.caches().invalidateMessageBufferLines();
        return InstructionCosts.CL1INVMB;
    }

    /** 0F 31: RDTSC loads EDX:EAX with the time stamp counter; with CR4.TSD only ring 0 may. */
    static int rdtsc(InstructionContext c) {
        Registers regs = c.regs;
        if ((regs.cr4 & ControlBits.CR4_TSD) != 0 && regs.cpl() != 0) {
            throw CpuFault.gp(0, "RDTSC with CR4.TSD set at CPL " + regs.cpl());
        }
        long tsc = c.core.cycles();
        regs.set(Registers.EAX, (int) tsc);
        regs.set(Registers.EDX, (int) (tsc >>> 32));
        return InstructionCosts.RDTSC;
    }

    /** 0F 00, group 6: /0 SLDT, /1 STR, /2 LLDT, /3 LTR, /4 VERR, /5 VERW. None of them exists in real mode (#UD). */
    static int group6(InstructionContext c) {
        c.decodeModRm();
        int op = c.reg;
        if (op > 3) {
            if (op > 5) {
                throw c.unknown();
            }
            return SelectorChecks.verify(c, op == 5);
        }
        String name = GROUP6_NAMES[op];
        Registers regs = c.regs;
        if (!regs.protectedMode()) {
            throw CpuFault.ud(name + " is not recognised in real mode (" + c.code.fetchedBytes() + " at " + c.code.where() + ")");
        }
        switch (op) {
            case 0 -> {
                storeSelector(c, regs.ldtr.selector());
                return InstructionCosts.SLDT;
            }
            case 1 -> {
                storeSelector(c, regs.tr.selector());
                return InstructionCosts.STR;
            }
            case 2 -> {
                sys(c).requireRing0(name);
                sys(c).lldt(c.rm.read(2));
                return InstructionCosts.LLDT;
            }
            default -> {
                sys(c).requireRing0(name);
                sys(c).ltr(c.rm.read(2));
                return InstructionCosts.LTR;
            }
        }
    }

    /** SLDT, STR, SMSW: 16 bits to memory; into a register zero-extended to the operand size. */
    private static void storeSelector(InstructionContext c, int value) {
        if (c.rm.isRegister()) {
            c.writeReg(c.rm.index(), c.operandSize(), value & 0xFFFF);
        } else {
            c.rm.write(2, value);
        }
    }

    /**
     * 0F 01, group 7: /0 SGDT, /1 SIDT, /2 LGDT, /3 LIDT, /4 SMSW, /6 LMSW, /7 INVLPG. The table
     * operand is 6 bytes, limit then base; with a 16-bit operand size only 24 bits of the base
     * are used (and SGDT stores a zero top byte), the 80286 layout.
     */
    static int group7(InstructionContext c) {
        c.decodeModRm();
        Registers regs = c.regs;
        int op = c.reg;
        switch (op) {
            case 0, 1 -> {
                requireMemory(c, op == 0 ? "SGDT" : "SIDT");
                int limit = op == 0 ? regs.gdtrLimit : regs.idtrLimit;
                int base = op == 0 ? regs.gdtrBase : regs.idtrBase;
                c.rm.writeAt(0, 2, limit);
                c.rm.writeAt(2, 4, c.operand32 ? base : base & 0xFFFFFF);
                return InstructionCosts.SGDT;
            }
            case 2, 3 -> {
                String name = op == 2 ? "LGDT" : "LIDT";
                requireMemory(c, name);
                sys(c).requireRing0(name);
                int limit = c.rm.readAt(0, 2) & 0xFFFF;
                int base = c.rm.readAt(2, 4);
                if (!c.operand32) {
                    base &= 0xFFFFFF;
                }
                if (op == 2) {
                    sys(c).lgdt(base, limit);
                } else {
                    sys(c).lidt(base, limit);
                }
                return InstructionCosts.LGDT;
            }
            case 4 -> {
                storeSelector(c, regs.cr0 & 0xFFFF);
                return InstructionCosts.SMSW;
            }
            case 6 -> {
                sys(c).requireRing0("LMSW");
                int msw = c.rm.read(2);
                // LMSW writes PE, MP, EM and TS; it can set PE but never clear it.
                int cr0 = (regs.cr0 & ~0xF) | (msw & 0xF) | (regs.cr0 & ControlBits.CR0_PE);
                sys(c).writeControl(0, cr0);
                return InstructionCosts.LMSW;
            }
            case 7 -> {
                requireMemory(c, "INVLPG");
                sys(c).requireRing0("INVLPG");
                // INVLPG drops the one page's translation from the TLBs (SDM Vol. 2 "INVLPG").
                int linear = regs.segment(c.rm.segment()).base() + c.rm.offset();
                c.memory.caches().invalidatePage(linear >>> 12);
                return InstructionCosts.INVLPG;
            }
            default -> throw c.unknown();
        }
    }

    private static void requireMemory(InstructionContext c, String instruction) {
        if (c.rm.isRegister()) {
            throw CpuFault.ud(instruction + " needs a memory operand: " + c.code.fetchedBytes() + " at " + c.code.where());
        }
    }
}
