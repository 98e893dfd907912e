package eduscc.machine.x86;

/**
 * Opcode FF, group 5 (SDM Vol. 2 Table A-6 "Opcode Extensions for One- and Two-byte Opcodes by
 * Group Number"): the reg field of the ModR/M byte picks INC, DEC, near CALL, far CALL, near JMP,
 * far JMP or PUSH of an r/m operand of the operand size. Only INC and DEC may carry LOCK.
 */
final class Group5 {
    private Group5() {
    }

    static int execute(InstructionContext c) {
        c.decodeModRm();
        int v = c.operandSize();
        if (c.reg > 1) {
            c.checkLock(false);
        }
        return switch (c.reg) {
            case 0 -> Arithmetic.incDecRm(c, true, v);
            case 1 -> Arithmetic.incDecRm(c, false, v);
            case 2 -> ControlFlow.callIndirect(c);
            case 3 -> FarTransfers.callFarMemory(c);
            case 4 -> ControlFlow.jmpIndirect(c);
            case 5 -> FarTransfers.jmpFarMemory(c);
            case 6 -> StackInstructions.pushRm(c);
            default -> throw c.unknown();
        };
    }
}
