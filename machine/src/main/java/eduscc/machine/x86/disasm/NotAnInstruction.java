package eduscc.machine.x86.disasm;

/**
 * Thrown inside the decoder when the bytes read so far cannot start any instruction: an opcode or
 * ModR/M reg field the P54C does not define, a register form where only memory makes sense, LOCK
 * where the SDM raises #UD, more than 15 bytes, or code that ends mid-instruction. It never leaves
 * the package: {@link Disassembler} turns it into an undecodable {@link Instruction}.
 */
final class NotAnInstruction extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotAnInstruction() {
        // Thrown often on data and random bytes; a stack trace would cost more than the decoding.
        super(null, null, false, false);
    }
}
