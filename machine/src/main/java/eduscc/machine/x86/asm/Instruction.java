package eduscc.machine.x86.asm;

import java.util.List;

/** A mnemonic with its parsed operands, ready for the {@link Encoder} of its family. */
record Instruction(String mnemonic, List<Operand> operands) {

    int count() {
        return operands.size();
    }

    Operand get(int i) {
        return operands.get(i);
    }

    /** Fails unless the instruction has one of the allowed numbers of operands. */
    void expectOperands(Site site, int... allowed) {
        for (int n : allowed) {
            if (n == count()) {
                return;
            }
        }
        String expected = switch (allowed.length == 1 ? allowed[0] : -1) {
            case 0 -> "no operands";
            case 1 -> "one operand";
            case 2 -> "two operands";
            case 3 -> "three operands";
            default -> "a different number of operands";
        };
        throw site.error("'" + mnemonic + "' takes " + expected + ", not " + count());
    }

    AssemblyException invalid(Site site) {
        return site.error("invalid operands for '" + mnemonic + "'");
    }
}
