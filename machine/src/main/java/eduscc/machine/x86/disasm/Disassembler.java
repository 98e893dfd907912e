package eduscc.machine.x86.disasm;

import java.util.ArrayList;
import java.util.List;

/**
 * The kit's x86 disassembler: the inverse of {@code eduscc.machine.x86.asm.Assembler} for the
 * instruction subset the interpreter runs, so that a student sees which instruction sits at an
 * address of a raw reset image, and the debugger which one a core is about to execute.
 *
 * <p>Decoding follows SDM Vol. 2A §2.1: prefixes, then the opcode through the one-byte map (Table
 * A-2) or after 0F the two-byte map (Table A-3), then ModR/M, SIB, displacement and immediate,
 * each read by the opcode's family. The text is what the kit's assembler reads back into the same
 * bytes (see the package comment for where that cannot hold). Bytes that are not an instruction
 * come back as an invalid {@link Instruction} spelled {@code db ...}, never as an exception.
 */
public final class Disassembler {
    private Disassembler() {
    }

    /**
     * Decodes the one instruction at {@code address}.
     *
     * @param bits32 whether the code runs with 32-bit default operand and address size (CS.D set,
     *               NASM's {@code bits 32}); false for real mode and 16-bit code
     * @throws IllegalArgumentException if {@code code} has no byte at {@code address}
     */
    public static Instruction decode(ByteSource code, long address, boolean bits32) {
        Decoding d = new Decoding(code, address, bits32);
        try {
            int opcode = d.prefixesThenOpcode();
            Spelling spelling = OneByteMap.decode(d, opcode);
            d.checkLock();
            return new Instruction(address, d.bytes(), d.prefixWords() + spelling.mnemonic(), spelling.operands(), true);
        } catch (NotAnInstruction e) {
            byte[] read = d.bytes();
            if (read.length == 0) {
                throw new IllegalArgumentException(String.format("no code at 0x%08X", address));
            }
            // The bytes read until the decoder knew better: the next instruction starts after them.
            return Instruction.undecodable(address, read);
        }
    }

    /**
     * Decodes instructions one after the other from {@code from} up to {@code to} (exclusive).
     * No byte at or beyond {@code to} is read: an instruction cut off there is returned as the
     * undecodable bytes before {@code to}.
     *
     * @throws IllegalArgumentException if {@code from > to}, or a byte inside the range is missing
     */
    public static List<Instruction> decodeRange(ByteSource code, long from, long to, boolean bits32) {
        if (from > to) {
            throw new IllegalArgumentException(String.format("range 0x%08X..0x%08X ends before it starts", from, to));
        }
        ByteSource range = code.within(from, to);
        List<Instruction> instructions = new ArrayList<>();
        for (long address = from; address < to; ) {
            Instruction instruction = decode(range, address, bits32);
            instructions.add(instruction);
            address = instruction.next();
        }
        return instructions;
    }
}
