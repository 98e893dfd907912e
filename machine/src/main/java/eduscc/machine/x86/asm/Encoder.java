package eduscc.machine.x86.asm;

import java.util.Set;

/**
 * One family of instructions that share their encoding logic, the way the SDM's opcode map
 * groups them. The permitted list is the table of contents of the instruction set this assembler
 * knows.
 */
sealed interface Encoder permits MoveEncoder, AluEncoder, MultiplyEncoder, BitEncoder, StackEncoder,
        JumpEncoder, CallReturnEncoder, SystemEncoder, StringIoEncoder, FixedEncoder, ExchangeEncoder,
        PointerEncoder, DecimalEncoder {

    /** The lower-case mnemonics this family answers for. */
    Set<String> mnemonics();

    Encoding encode(Instruction instruction, Site site);
}
