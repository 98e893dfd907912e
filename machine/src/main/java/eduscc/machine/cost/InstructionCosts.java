package eduscc.machine.cost;

/**
 * The P54C half of the kit's cost table: core clocks per instruction or machine operation, each
 * with its source from {@code facts/p54c-costs.md}. The mesh and memory half is
 * MeshLatency. Where a source gives a range, the constant says which end we take and why.
 *
 * <p>Sources: [NG] Norton Guide (Intel's Pentium column), [MAME] MAME i386 cycles.h Pentium
 * column, [86B] 86Box Pentium timings, [BF] Barrelfish TN-005 measured on the SCC, [OS2] IBM
 * OS/2 ALP reference.
 */
public final class InstructionCosts {
    /** MOV r,r / r,imm / r,m / m,r: 1 [NG][MAME]. */
    public static final int MOV = 1;
    /** ALU r,r or r,imm: 1 [NG]. */
    public static final int ALU = 1;
    /** ALU r,m / CMP m: 2 [NG]. */
    public static final int ALU_LOAD = 2;
    /** ALU m,r and INC/DEC m, read-modify-write: 3 [NG]. */
    public static final int ALU_RMW = 3;
    /** INC/DEC r, LEA: 1 [NG]. */
    public static final int INC_LEA = 1;
    /** MOVZX/MOVSX: 3 [MAME]. */
    public static final int MOVX = 3;
    /** XCHG r,r or r,m: 3 [NG]. */
    public static final int XCHG = 3;
    /** PUSH r/imm and POP r: 1 [NG]. */
    public static final int PUSH_POP = 1;
    /** PUSH m: 2, POP m: 3 [NG]. */
    public static final int PUSH_MEM = 2;
    public static final int POP_MEM = 3;
    /** PUSHAD / POPAD: 5 [NG][MAME]. */
    public static final int PUSHA_POPA = 5;
    /** PUSHFD / POPFD: 9 / 6 in real mode, 3 / 4 in protected mode [NG]. */
    public static final int PUSHF_REAL = 9;
    public static final int POPF_REAL = 6;
    public static final int PUSHF_PM = 3;
    public static final int POPF_PM = 4;
    /** CALL near rel: 1; CALL r/m: 2 [NG]. */
    public static final int CALL = 1;
    public static final int CALL_INDIRECT = 2;
    /** RET: 2; RET imm16: 3 [NG]. */
    public static final int RET = 2;
    public static final int RET_IMM = 3;
    /** JMP near rel: 1; JMP r/m: 2 [NG]. */
    public static final int JMP = 1;
    public static final int JMP_INDIRECT = 2;
    /** Jcc correctly predicted: 1 [NG][MAME]; the model assumes every prediction hits. */
    public static final int JCC = 1;
    /** LOOP not jumped / jumped: 5 / 6 [NG]. */
    public static final int LOOP = 5;
    public static final int LOOP_TAKEN = 6;
    /** SHL/SHR/SAR r,1 or imm: 1; by CL: 4 [NG]. */
    public static final int SHIFT = 1;
    public static final int SHIFT_CL = 4;
    /** RCL/RCR: 7 (the low end of 7-24) [NG]. */
    public static final int ROTATE_CARRY = 7;
    /**
     * BSF: 6-42 [NG]; charged 6 + 1 per bit scanned as MAME models it [MAME] (no per-bit rate fits
     * 6-42 exactly, so BSF keeps MAME's model). BSR: 7-71 for r32, 7-39 for r16 [NG]; charged 7 + 2
     * per bit scanned, which fits both ends of both ranges (facts/p54c-costs.md, "Corrections and
     * open parameters"); MAME's 7 + 1 per bit tops out at 39 and contradicts the r32 range.
     */
    public static final int BSF_BASE = 6;
    public static final int BSR_BASE = 7;
    /** BT r: 4; BTS/BTR/BTC: 7 [MAME]. */
    public static final int BT = 4;
    /** MUL/IMUL 32-bit: 10 [NG][MAME]. */
    public static final int MUL = 10;
    /** DIV r32: 41; IDIV r32: 46 [NG][MAME]. */
    public static final int DIV = 41;
    public static final int IDIV = 46;
    /** REP MOVS / REP STOS: 3 + n [NG]. */
    public static final int REP_BASE = 3;
    /** NOP: 1 [NG] (the SCC measurement of 2 [BF] includes loop overhead). */
    public static final int NOP = 1;
    /** CLI / STI: 7; HLT: 4 to enter the halt [NG][MAME]. */
    public static final int CLI = 7;
    public static final int STI = 7;
    public static final int HLT = 4;
    /** LGDT / LIDT: 6; SGDT / SIDT: 4 [NG][MAME]. */
    public static final int LGDT = 6;
    public static final int SGDT = 4;
    /** LLDT: 9; LTR: 10; STR: 2 [NG]. */
    public static final int LLDT = 9;
    public static final int LTR = 10;
    public static final int STR = 2;
    /** LMSW: 8; SMSW: 4; CLTS: 10 [NG]. */
    public static final int LMSW = 8;
    public static final int SMSW = 4;
    public static final int CLTS = 10;
    /** MOV r32,CRn: 4 [NG]. */
    public static final int MOV_FROM_CR = 4;
    /** MOV CRn,r32: 12-22 [NG]; the split per register is not given, so we take the low end, 12. */
    public static final int MOV_TO_CR = 12;
    /** INVLPG is not documented [NG]; 86Box charges 11 for the whole 0F 01 group [86B]. */
    public static final int INVLPG = 11;
    /** RDTSC: 14, measured on the SCC [BF]. */
    public static final int RDTSC = 14;
    /** CPUID: 14 [NG][MAME]. */
    public static final int CPUID = 14;
    /** CL1INVMB: 1, measured on the SCC [BF]. */
    public static final int CL1INVMB = 1;
    /**
     * XCHG r32,m32 (locked without a prefix): 35, measured on the SCC [BF]. The P5 table says 3
     * [NG]; on the SCC a locked access is far dearer, and the measured figure is what a spinlock pays.
     */
    public static final int XCHG_MEM = 35;
    /** LOCK CMPXCHG m32,r32: 39, measured on the SCC [BF] (the P5 table: 6 + 1 for LOCK [NG]). */
    public static final int LOCK_CMPXCHG = 39;
    /** IN / OUT at CPL ≤ IOPL in protected mode: 4 / 9; in real mode 7 / 12 [NG]. */
    public static final int IN_PM = 4;
    public static final int OUT_PM = 9;
    public static final int IN_REAL = 7;
    public static final int OUT_REAL = 12;
    /** INT n in real mode: 16 [NG][MAME]. */
    public static final int INT_REAL = 16;
    /** INT n in protected mode, same privilege: 6 + 25 [86B]. */
    public static final int INT_SAME_PRIVILEGE = 31;
    /** INT n from ring 3 to ring 0 with the TSS stack switch: 6 + 42 [86B]. */
    public static final int INT_TO_INNER = 48;
    /** Exception or hardware interrupt entry: no Intel figure; 86Box charges 70 + 25 or 70 + 42 [86B]. */
    public static final int EXCEPTION_SAME_PRIVILEGE = 95;
    public static final int EXCEPTION_TO_INNER = 112;
    /** IRET in real mode: 8 [NG][MAME]. */
    public static final int IRET_REAL = 8;
    /** IRETD in protected mode: 10 to the same privilege, 27 to an outer one [NG][86B]. */
    public static final int IRET_SAME = 10;
    public static final int IRET_OUTER = 27;
    /** Hardware task switch to a 32-bit TSS: 85 [OS2]; the far JMP's own base is not found, so 0 is added. */
    public static final int TASK_SWITCH = 85;
    /** JMP far ptr: 3; JMP far m: 4, real and protected mode, same privilege [NG][MAME]. */
    public static final int JMP_FAR = 3;
    public static final int JMP_FAR_MEM = 4;
    /** CALL far ptr: 4 [NG][MAME]. */
    public static final int CALL_FAR = 4;
    /** RETF: 4 real and same privilege [NG]. */
    public static final int RETF = 4;
    /** MOV Sreg,r16: 2 in real mode; protected mode adds 8 for a new descriptor (+6 more for SS) [NG]. */
    public static final int MOV_SREG_REAL = 2;
    public static final int MOV_SREG_PM = 10;
    public static final int MOV_SS_PM = 16;
    /** MOV r,Sreg / PUSH Sreg: 1 [NG]. */
    public static final int MOV_FROM_SREG = 1;
    /** POP Sreg: 3 real; 3-12 PM, we take 12 as for a new descriptor [NG]. */
    public static final int POP_SREG_REAL = 3;
    public static final int POP_SREG_PM = 12;
    /** Misaligned access: +3 [86B]. */
    public static final int MISALIGNED = 3;
    /** Locked read-modify-write measured on the SCC: XCHG 35, LOCK CMPXCHG 39, LOCK DEC 36 [BF]. */
    public static final int XCHG_MEM_SCC = 35;
    /** A LOCK-prefixed ALU m,r / INC / DEC / NOT / NEG on memory: LOCK DEC measured 36 on the SCC [BF]. */
    public static final int LOCKED_RMW_SCC = 36;

    // Rows of facts/p54c-costs.md that the x86 interpreter needs beyond the machine operations.

    /** XCHG EAX,r: 2 [NG]. */
    public static final int XCHG_EAX = 2;
    /** MUL/IMUL with an 8- or 16-bit operand: 11 [NG][MAME]. */
    public static final int MUL_NARROW = 11;
    /** DIV r8 / r16: 17 / 25 (r32 is {@link #DIV}) [NG][MAME]. */
    public static final int DIV8 = 17;
    public static final int DIV16 = 25;
    /** IDIV r8 / r16: 22 / 30 (r32 is {@link #IDIV}) [NG][MAME]. */
    public static final int IDIV8 = 22;
    public static final int IDIV16 = 30;
    /** LOOPE / LOOPNE not jumped / jumped: 7 / 8 [NG]. */
    public static final int LOOPCC = 7;
    public static final int LOOPCC_TAKEN = 8;
    /** JECXZ (and JCXZ) not jumped / jumped: 5 / 6 [NG]. */
    public static final int JCXZ = 5;
    public static final int JCXZ_TAKEN = 6;
    /** RCR: 8 (the low end of 8-25) [NG]; RCL is {@link #ROTATE_CARRY}. */
    public static final int ROTATE_CARRY_RIGHT = 8;
    /** BT m,r (the "bit-op m,r" row): 13 [MAME]. BT m,imm is charged as {@link #BT}. */
    public static final int BT_MEM = 13;
    /** INTO when OF is clear: 4 [NG][MAME]; when taken, the delivery charges INT n. */
    public static final int INTO = 4;
    /** INVD: 15 [MAME]. WBINVD depends on dirty lines; the model keeps no cache lines, so it costs the same. */
    public static final int INVD = 15;
    public static final int WBINVD = INVD;
    /** POP SS in protected mode: 8-17 [NG]; we take 17, as for a new descriptor (like POP_SREG_PM). */
    public static final int POP_SS_PM = 17;
    /** RETF imm16 is charged as {@link #RETF}: the table has no separate row. */
    public static final int RETF_IMM = RETF;

    /**
     * SETcc: 1 when the condition holds, 2 when it does not [NG] (facts/p54c-costs.md gives the
     * pair as true/false; memory and register forms are charged alike).
     */
    public static final int SETCC_TRUE = 1;
    public static final int SETCC_FALSE = 2;
    /** ENTER imm16, 0: 11; LEAVE: 3 [NG]. */
    public static final int ENTER = 11;
    public static final int LEAVE = 3;
    /** CMPXCHG r / m: 5 / 6; CMPXCHG8B: 10; XADD r / m: 3 / 4 [NG]. LOCKed memory forms pay the SCC figures above. */
    public static final int CMPXCHG = 5;
    public static final int CMPXCHG_MEM = 6;
    public static final int CMPXCHG8B = 10;
    public static final int XADD = 3;
    public static final int XADD_MEM = 4;
    /** BTS / BTR / BTC r: 7 [MAME]; their m,r form is the "bit-op m,r" row, {@link #BT_MEM}. */
    public static final int BIT_MODIFY = 7;
    /** SHLD / SHRD: 4, and 5 for m,CL [NG]. */
    public static final int SHIFT_DOUBLE = 4;
    public static final int SHIFT_DOUBLE_MEM_CL = 5;
    /** LDS / LES / LFS / LGS / LSS: 4 [NG][MAME]. */
    public static final int LOAD_FAR_POINTER = 4;
    /** LAR / LSL: 8; VERR / VERW: 7; ARPL: 7 [NG][MAME]. */
    public static final int LAR = 8;
    public static final int LSL = 8;
    public static final int VERIFY = 7;
    public static final int ARPL = 7;

    // Instructions the interpreter runs that facts/p54c-costs.md has no row for. Until a source is
    // found they are charged like the nearest row, and the constant says which.

    /** CLC, STC, CMC, CLD, STD: no row; charged like ALU r (1). */
    public static final int FLAG_OP = ALU;
    /** CBW, CWDE, CWD, CDQ: no row; charged like ALU r (1). */
    public static final int CONVERT = ALU;
    /** SLDT: no row; charged like STR (2). */
    public static final int SLDT = STR;
    /** MOVS, STOS or LODS without REP: no row; charged as REP with n = 1, {@link #REP_BASE} + 1. */
    public static final int STRING_SINGLE = REP_BASE + 1;
    /** A shift or rotate of a memory operand: no row; its register cost plus 2, as ALU m,r (3) is to ALU r (1). */
    public static final int SHIFT_MEMORY_EXTRA = ALU_RMW - ALU;

    /**
     * CMPS and SCAS: no row (the table has REP MOVS / REP STOS only). ASSUMPTION: charged as MOVS
     * and STOS, {@link #STRING_SINGLE} alone and {@link #REP_BASE} + n under REPE/REPNE.
     */
    public static final int COMPARE_STRING = STRING_SINGLE;
    /** INS / OUTS: no row. ASSUMPTION: the IN / OUT cost of the mode per element, plus {@link #REP_BASE} once under REP. */
    public static final int STRING_IO_BASE = REP_BASE;
    /** ENTER imm16, level > 0: no row. ASSUMPTION: {@link #ENTER} plus 2 per nesting level (one read, one push each). */
    public static final int ENTER_PER_LEVEL = 2;
    /** BTS / BTR / BTC m,imm8: no row. ASSUMPTION: {@link #BIT_MODIFY} plus the 2 clocks a read-modify-write adds to ALU r. */
    public static final int BIT_MODIFY_MEM_IMM = BIT_MODIFY + SHIFT_MEMORY_EXTRA;
    /** BSWAP: no row. ASSUMPTION: charged like ALU r (1), a register-only rearrangement. */
    public static final int BSWAP = ALU;
    /** LAHF / SAHF: no row. ASSUMPTION: charged like ALU r (1); they move flags through AH without memory. */
    public static final int FLAGS_AH = ALU;
    /** XLAT: no row. ASSUMPTION: charged like ALU r,m (2), one table read addressed by (E)BX + AL. */
    public static final int XLAT = ALU_LOAD;
    /**
     * DAA, DAS, AAA, AAS: no row. ASSUMPTION: 3, like MOVZX, for a short microcoded adjustment of AL.
     * AAM: no row. ASSUMPTION: {@link #DIV8} (17), since it divides AL by an immediate byte.
     * AAD: no row. ASSUMPTION: {@link #MUL_NARROW} (11), since it multiplies AH by an immediate byte.
     */
    public static final int DECIMAL_ADJUST = MOVX;
    public static final int AAM = DIV8;
    public static final int AAD = MUL_NARROW;
    /** BOUND within the bounds: no row. ASSUMPTION: 2 x ALU r,m (4): two comparisons with memory. #BR then charges its delivery. */
    public static final int BOUND = 2 * ALU_LOAD;

    private InstructionCosts() {
    }

    /** BSR costs 7 plus the clocks per bit it scans from the top down to the highest set bit. */
    public static final int BSR_PER_BIT = 2;

    /**
     * BSR of a {@code size}-byte operand (2 or 4): 7 plus 2 per bit above the highest set bit,
     * all of them for a zero source (7 for the top bit, 71 or 39 for zero).
     */
    public static int bsr(int value, int size) {
        int bits = 8 * size;
        int operand = bits == 32 ? value : value & ((1 << bits) - 1);
        int scanned = operand == 0 ? bits : Integer.numberOfLeadingZeros(operand) - (32 - bits);
        return BSR_BASE + BSR_PER_BIT * scanned;
    }

    /** BSF costs 6 plus one clock per bit it scans from the bottom up to the lowest set bit. */
    public static int bsf(int value) {
        return BSF_BASE + (value == 0 ? 32 : Integer.numberOfTrailingZeros(value) + 1);
    }
}
