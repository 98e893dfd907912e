package eduscc.machine.x86;

import eduscc.machine.cost.InstructionCosts;
import eduscc.machine.cpu.Registers;

/**
 * INS and OUTS, the string forms of port I/O (SDM Vol. 2 "INS/INSB/INSW/INSD", "OUTS/OUTSB/
 * OUTSW/OUTSD"; Vol. 1 §18.2 "I/O Port Addressing"): INS reads port DX into ES:(E)DI, OUTS
 * writes DS:(E)SI (a segment override may replace DS) to port DX; each steps its index by the
 * element size in the direction of DF, and a REP prefix repeats them (E)CX times, as
 * {@link StringOps} does for the memory-to-memory strings.
 *
 * <p>In protected mode they need CPL ≤ IOPL, as IN and OUT do (#GP(0) otherwise; the TSS I/O
 * bitmap is not modelled). The check comes first, before any element moves, even for a REP
 * with a count of zero, which is what QEMU does and what the SDM's pseudo-code reads as.
 * Ports behave as for IN and OUT: port 0xE9 prints, the others are not connected.
 */
final class StringIo {
    private StringIo() {
    }

    /** 6C, 6D: INS stores what port DX gives at ES:(E)DI. */
    static int ins(InstructionContext c, int size) {
        int port = c.regs.get16(Registers.EDX);
        c.core.systemInstructions().requireIopl("INS");
        int delta = StringOps.delta(c, size);
        int element = c.regs.protectedMode() ? InstructionCosts.IN_PM : InstructionCosts.IN_REAL;
        return run(c, element, () -> {
            int value = c.core.systemInstructions().in(port, size);
            c.memory.write(Registers.ES, StringOps.index(c, Registers.EDI), size, value);
            StringOps.advance(c, Registers.EDI, delta);
        });
    }

    /** 6E, 6F: OUTS sends the element at DS:(E)SI to port DX. */
    static int outs(InstructionContext c, int size) {
        int port = c.regs.get16(Registers.EDX);
        c.core.systemInstructions().requireIopl("OUTS");
        int segment = c.dataSegment(Registers.DS);
        int delta = StringOps.delta(c, size);
        int element = c.regs.protectedMode() ? InstructionCosts.OUT_PM : InstructionCosts.OUT_REAL;
        return run(c, element, () -> {
            int value = c.memory.read(segment, StringOps.index(c, Registers.ESI), size);
            c.core.systemInstructions().out(port, value, size);
            StringOps.advance(c, Registers.ESI, delta);
        });
    }

    /**
     * One element, or under REP (F2 and F3 alike) up to {@link StringOps#CHUNK} of them per step
     * with the registers updated after each; charged the port cost per element, plus
     * {@link InstructionCosts#STRING_IO_BASE} once under REP (an ASSUMPTION, see there).
     */
    private static int run(InstructionContext c, int elementCost, Runnable element) {
        if (c.repeat == 0) {
            element.run();
            return elementCost;
        }
        int n = 0;
        while (StringOps.count(c) != 0) {
            if (n == StringOps.CHUNK) {
                c.transferred = true;
                break;
            }
            element.run();
            StringOps.decrementCount(c);
            n++;
        }
        return InstructionCosts.STRING_IO_BASE + n * elementCost;
    }
}
