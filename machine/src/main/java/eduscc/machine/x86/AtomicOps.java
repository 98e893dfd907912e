package eduscc.machine.x86;

import eduscc.machine.cost.InstructionCosts;
import eduscc.machine.cpu.CpuFault;
import eduscc.machine.cpu.Eflags;
import eduscc.machine.cpu.Registers;

/**
 * The read-modify-write instructions that locks and atomic counters are built from (SDM Vol. 2
 * "XADD", "CMPXCHG", "CMPXCHG8B"; Vol. 3A §8.1.2.2 "Software Controlled Bus Locking"). With a
 * LOCK prefix on a memory operand no other core sees memory between the read and the write,
 * which the model gives for free (one instruction is one step); what LOCK changes here is the
 * cost, the SCC's measured price of a locked access.
 *
 * <p>CMPXCHG writes its destination even when the comparison fails (it writes back the value
 * it read), as the SDM says the processor does so that the locked bus cycle always ends in a
 * write. A read-only page therefore faults even for a failing compare.
 */
final class AtomicOps {
    private AtomicOps() {
    }

    /** 0F C0, C1: XADD r/m, reg: the sum goes to r/m, the old r/m value to reg; flags as ADD. */
    static int xadd(InstructionContext c, int size) {
        c.decodeModRm();
        c.checkLock(true);
        int destination = c.rm.read(size);
        int source = c.readReg(c.reg, size);
        int sum = c.alu.add(destination, source, 0, size, c.regs.eflags);
        if (c.rm.isRegister()) {
            // Source first: XADD eax, eax must leave the sum, as the SDM's order (SRC then DEST) does.
            c.writeReg(c.reg, size, destination);
            c.rm.write(size, sum);
        } else {
            c.rm.write(size, sum);
            c.writeReg(c.reg, size, destination);
        }
        c.regs.eflags = c.alu.eflags();
        if (c.rm.isRegister()) {
            return InstructionCosts.XADD;
        }
        return c.lock ? InstructionCosts.LOCKED_RMW_SCC : InstructionCosts.XADD_MEM;
    }

    /**
     * 0F B0, B1: CMPXCHG r/m, reg compares the accumulator with r/m (flags as CMP acc, r/m). Equal:
     * r/m takes reg. Not equal: the accumulator takes r/m.
     */
    static int cmpxchg(InstructionContext c, int size) {
        c.decodeModRm();
        c.checkLock(true);
        int destination = c.rm.read(size);
        int accumulator = c.readReg(Registers.EAX, size);
        c.alu.sub(accumulator, destination, 0, size, c.regs.eflags);
        if ((c.alu.eflags() & Eflags.ZF) != 0) {
            c.rm.write(size, c.readReg(c.reg, size));
        } else {
            c.rm.write(size, destination);
            c.writeReg(Registers.EAX, size, destination);
        }
        c.regs.eflags = c.alu.eflags();
        if (c.rm.isRegister()) {
            return InstructionCosts.CMPXCHG;
        }
        return c.lock ? InstructionCosts.LOCK_CMPXCHG : InstructionCosts.CMPXCHG_MEM;
    }

    /**
     * 0F C7 /1: CMPXCHG8B m64 compares EDX:EAX with the quadword. Equal: ZF = 1 and m64 takes
     * ECX:EBX. Not equal: ZF = 0 and EDX:EAX takes m64. Only ZF changes. A register operand, or
     * another reg field, is #UD.
     */
    static int cmpxchg8b(InstructionContext c) {
        c.decodeModRm();
        if (c.reg != 1) {
            throw c.unknown();
        }
        if (c.rm.isRegister()) {
            throw CpuFault.ud("CMPXCHG8B needs a memory operand: " + c.code.fetchedBytes() + " at " + c.code.where());
        }
        c.checkLock(true);
        int low = c.rm.readAt(0, 4);
        int high = c.rm.readAt(4, 4);
        boolean equal = low == c.regs.get(Registers.EAX) && high == c.regs.get(Registers.EDX);
        if (equal) {
            c.rm.writeAt(0, 4, c.regs.get(Registers.EBX));
            c.rm.writeAt(4, 4, c.regs.get(Registers.ECX));
            c.regs.eflags |= Eflags.ZF;
        } else {
            c.rm.writeAt(0, 4, low);
            c.rm.writeAt(4, 4, high);
            c.regs.set(Registers.EAX, low);
            c.regs.set(Registers.EDX, high);
            c.regs.eflags &= ~Eflags.ZF;
        }
        return c.lock ? InstructionCosts.LOCK_CMPXCHG : InstructionCosts.CMPXCHG8B;
    }
}
