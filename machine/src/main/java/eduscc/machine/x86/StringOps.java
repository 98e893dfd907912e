package eduscc.machine.x86;

import eduscc.machine.cost.InstructionCosts;
import eduscc.machine.cpu.Eflags;
import eduscc.machine.cpu.Registers;

/**
 * MOVS, STOS, LODS, CMPS and SCAS with and without REP (SDM Vol. 1 §7.3.9 "String Operations",
 * Vol. 2 "REP/REPE/REPZ/REPNE/REPNZ"). The source is DS:(E)SI, a segment override may replace
 * DS; the destination is always ES:(E)DI. The address size picks SI/DI/CX or ESI/EDI/ECX, and DF
 * the direction. For MOVS, STOS and LODS, F2 and F3 both mean "repeat ECX times"; CMPS and SCAS
 * also stop after an element that leaves ZF clear (F3, REPE) or set (F2, REPNE), which is how
 * {@code repne scasb} finds the end of a C string and {@code repe cmpsb} compares two.
 *
 * <p>A repeated instruction updates the registers after every element, as the hardware does, so
 * a fault in the middle leaves a state from which the restarted instruction simply continues.
 * For the same reason a long REP runs {@link #CHUNK} elements per step and then ends the step
 * with EIP still on the instruction: pending interrupts get their boundary and a runaway count
 * cannot freeze the simulation. Each chunk is charged {@code REP_BASE + n}.
 */
final class StringOps {
    /** Elements a REP instruction moves in one step before it lets an instruction boundary happen. */
    static final int CHUNK = 4096;

    private StringOps() {
    }

    /** AA, AB: STOS stores AL/AX/EAX at ES:(E)DI. */
    static int stos(InstructionContext c, int size) {
        int value = c.readReg(Registers.EAX, size);
        int delta = delta(c, size);
        if (c.repeat == 0) {
            c.memory.write(Registers.ES, index(c, Registers.EDI), size, value);
            advance(c, Registers.EDI, delta);
            return InstructionCosts.STRING_SINGLE;
        }
        return repeated(c, () -> {
            c.memory.write(Registers.ES, index(c, Registers.EDI), size, value);
            advance(c, Registers.EDI, delta);
        });
    }

    /** AC, AD: LODS loads AL/AX/EAX from DS:(E)SI. */
    static int lods(InstructionContext c, int size) {
        int segment = c.dataSegment(Registers.DS);
        int delta = delta(c, size);
        if (c.repeat == 0) {
            c.writeReg(Registers.EAX, size, c.memory.read(segment, index(c, Registers.ESI), size));
            advance(c, Registers.ESI, delta);
            return InstructionCosts.STRING_SINGLE;
        }
        return repeated(c, () -> {
            c.writeReg(Registers.EAX, size, c.memory.read(segment, index(c, Registers.ESI), size));
            advance(c, Registers.ESI, delta);
        });
    }

    /** A4, A5: MOVS copies DS:(E)SI to ES:(E)DI. */
    static int movs(InstructionContext c, int size) {
        int segment = c.dataSegment(Registers.DS);
        int delta = delta(c, size);
        if (c.repeat == 0) {
            moveOne(c, segment, size, delta);
            return InstructionCosts.STRING_SINGLE;
        }
        return repeated(c, () -> moveOne(c, segment, size, delta));
    }

    /**
     * A6, A7: CMPS compares DS:(E)SI with ES:(E)DI, setting the flags as CMP [esi], [edi] would.
     * The first operand is the source string, so "below" means the source byte is the smaller.
     */
    static int cmps(InstructionContext c, int size) {
        int segment = c.dataSegment(Registers.DS);
        int delta = delta(c, size);
        Runnable element = () -> {
            int a = c.memory.read(segment, index(c, Registers.ESI), size);
            int b = c.memory.read(Registers.ES, index(c, Registers.EDI), size);
            c.alu.sub(a, b, 0, size, c.regs.eflags);
            c.regs.eflags = c.alu.eflags();
            advance(c, Registers.ESI, delta);
            advance(c, Registers.EDI, delta);
        };
        if (c.repeat == 0) {
            element.run();
            return InstructionCosts.COMPARE_STRING;
        }
        return repeatedWhile(c, element, c.repeat == 0xF3);
    }

    /** AE, AF: SCAS compares AL/AX/EAX with ES:(E)DI (CMP eax, [edi]); no override applies to ES. */
    static int scas(InstructionContext c, int size) {
        int delta = delta(c, size);
        Runnable element = () -> {
            int b = c.memory.read(Registers.ES, index(c, Registers.EDI), size);
            c.alu.sub(c.readReg(Registers.EAX, size), b, 0, size, c.regs.eflags);
            c.regs.eflags = c.alu.eflags();
            advance(c, Registers.EDI, delta);
        };
        if (c.repeat == 0) {
            element.run();
            return InstructionCosts.COMPARE_STRING;
        }
        return repeatedWhile(c, element, c.repeat == 0xF3);
    }

    /**
     * The REP loop: one element per count, registers updated after each, at most {@link #CHUNK}
     * elements per step (EIP stays on the instruction until the count reaches zero).
     */
    private static int repeated(InstructionContext c, Runnable element) {
        int n = 0;
        while (count(c) != 0) {
            if (n == CHUNK) {
                c.transferred = true;
                break;
            }
            element.run();
            decrementCount(c);
            n++;
        }
        return InstructionCosts.REP_BASE + n;
    }

    /**
     * The REPE/REPNE loop: as {@link #repeated}, but it also ends after an element whose ZF is not
     * {@code whileEqual} (the count has been decremented for that element, as on the hardware).
     */
    private static int repeatedWhile(InstructionContext c, Runnable element, boolean whileEqual) {
        int n = 0;
        while (count(c) != 0) {
            if (n == CHUNK) {
                c.transferred = true;
                break;
            }
            element.run();
            decrementCount(c);
            n++;
            if (((c.regs.eflags & Eflags.ZF) != 0) != whileEqual) {
                break;
            }
        }
        return InstructionCosts.REP_BASE + n;
    }

    private static void moveOne(InstructionContext c, int segment, int size, int delta) {
        int value = c.memory.read(segment, index(c, Registers.ESI), size);
        c.memory.write(Registers.ES, index(c, Registers.EDI), size, value);
        advance(c, Registers.ESI, delta);
        advance(c, Registers.EDI, delta);
    }

    static int delta(InstructionContext c, int size) {
        return (c.regs.eflags & Eflags.DF) != 0 ? -size : size;
    }

    static int index(InstructionContext c, int register) {
        return c.address32 ? c.regs.get(register) : c.regs.get16(register);
    }

    static void advance(InstructionContext c, int register, int delta) {
        if (c.address32) {
            c.regs.set(register, c.regs.get(register) + delta);
        } else {
            c.regs.set16(register, c.regs.get16(register) + delta);
        }
    }

    static int count(InstructionContext c) {
        return c.address32 ? c.regs.get(Registers.ECX) : c.regs.get16(Registers.ECX);
    }

    static void decrementCount(InstructionContext c) {
        advance(c, Registers.ECX, -1);
    }
}
