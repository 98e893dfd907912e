package eduscc.machine.x86.disasm;

/**
 * An instruction's name and operands as an opcode family spells them, before the prefix words
 * that only the whole decoding knows about are put in front.
 */
record Spelling(String mnemonic, String operands) {

    static Spelling of(String mnemonic, String... operands) {
        return new Spelling(mnemonic, String.join(", ", operands));
    }
}
