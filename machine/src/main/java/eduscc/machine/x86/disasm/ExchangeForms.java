package eduscc.machine.x86.disasm;

/**
 * The exchanging read-modify-write instructions of the 486 and the Pentium (SDM Vol. 2 "XADD",
 * "CMPXCHG", "CMPXCHG8B", "BSWAP"): the first three are what spinlocks and atomic counters are
 * made of, and may carry LOCK with a memory destination.
 */
final class ExchangeForms {
    private ExchangeForms() {
    }

    /** 0F C0/C1 XADD and 0F B0/B1 CMPXCHG: r/m, reg; bit 0 selects bytes or the operand size. */
    static Spelling exchange(Decoding d, String name, int opcode) {
        int size = (opcode & 1) == 0 ? 1 : d.operandSize();
        if (size != 1) {
            d.sizeShown();
        }
        ModRm m = ModRm.read(d);
        if (!m.isRegister()) {
            d.lockable();
        }
        return Spelling.of(name, m.operand(size, false), m.regOperand(size));
    }

    /** 0F C7, group 9: /1 CMPXCHG8B m64 is the only member on the P54C; a register operand is #UD. */
    static Spelling group9(Decoding d) {
        ModRm m = ModRm.read(d);
        if (m.reg != 1) {
            throw new NotAnInstruction();
        }
        String memory = m.memory();
        d.lockable();
        return Spelling.of("cmpxchg8b", memory);
    }

    /**
     * 0F C8+r: BSWAP r32. With a 16-bit operand size the SDM leaves the result undefined; it is
     * spelled with the 16-bit register ({@code bswap ax}) so that the bytes still read back.
     */
    static Spelling bswap(Decoding d, int code) {
        d.sizeShown();
        return Spelling.of("bswap", OperandText.register(code, d.operandSize()));
    }
}
