package eduscc.machine.x86.disasm;

import java.util.Arrays;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * One decoded instruction: where it starts, its bytes, and how it is written in the kit's
 * assembly syntax (see the package comment for the spelling rules).
 *
 * <p>{@code mnemonic} carries the prefix words in front of the instruction name when the operands
 * cannot show a prefix ({@code rep movsb}, {@code o32 lgdt}, {@code lock add}). An undecodable
 * byte sequence is an instruction too, {@code valid == false}, spelled as the data directive that
 * would put the same bytes back: {@code db 0x0f, 0x37}.
 *
 * @param address  the address of the first byte (the first prefix)
 * @param bytes    the instruction's bytes, prefixes included; at least one
 * @param mnemonic prefix words and the instruction name, for example {@code o32 lgdt}, or {@code db}
 * @param operands the operands separated by ", ", or "" when there are none
 * @param valid    false for bytes that are not an instruction the P54C would execute
 */
public record Instruction(long address, byte[] bytes, String mnemonic, String operands, boolean valid) {

    public Instruction {
        bytes = bytes.clone();
        if (bytes.length == 0) {
            throw new IllegalArgumentException("an instruction has at least one byte");
        }
    }

    /** The bytes as data: what the disassembler answers for a sequence that is not an instruction. */
    static Instruction undecodable(long address, byte[] bytes) {
        StringJoiner list = new StringJoiner(", ");
        for (byte b : bytes) {
            list.add(String.format(Locale.ROOT, "0x%02x", b & 0xFF));
        }
        return new Instruction(address, bytes, "db", list.toString(), false);
    }

    /** A copy of the bytes. */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public int length() {
        return bytes.length;
    }

    /** The address of the next instruction in memory (not the branch target). */
    public long next() {
        return address + bytes.length;
    }

    /** The instruction as one line of assembly: {@code mov byte [bx+si+0x10], 0x5}. */
    public String text() {
        return operands.isEmpty() ? mnemonic : mnemonic + " " + operands;
    }

    /** The bytes as hex pairs, {@code 0F20C0}, as the assembler's listing shows them. */
    public String hex() {
        StringBuilder s = new StringBuilder();
        for (byte b : bytes) {
            s.append(String.format(Locale.ROOT, "%02X", b & 0xFF));
        }
        return s.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Instruction i && address == i.address && Arrays.equals(bytes, i.bytes)
                && mnemonic.equals(i.mnemonic) && operands.equals(i.operands) && valid == i.valid;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(address) * 31 + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%08X %s %s", address, hex(), text());
    }
}
