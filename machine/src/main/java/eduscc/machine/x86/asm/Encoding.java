package eduscc.machine.x86.asm;

import java.io.ByteArrayOutputStream;

/**
 * The bytes of one instruction as an encoder builds them: prefixes, opcode, ModRM/SIB,
 * displacement, immediate, and possibly a relative branch target that can only be filled in once
 * the instruction's own length is known.
 *
 * <p>Prefixes come out in a fixed order, the one NASM uses: LOCK/REP as written, then the segment
 * override, then 0x66 (operand size), then 0x67 (address size). The CPU accepts prefixes in any
 * order (SDM Vol. 2A §2.1.1); a fixed one keeps listings comparable with NASM's.
 *
 * <p>0x66 and 0x67 are not chosen by the encoders directly: they state the operand and address
 * size the instruction needs, and the prefix appears exactly when that differs from the
 * {@code bits} mode, which is what makes {@code mov eax, 1} cost an extra byte in real mode.
 */
final class Encoding {
    private final Site site;
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private int operandSize;
    private int addressSize;
    private Register segment;
    private Value target;
    private int targetAt = -1;
    private int targetBytes;

    Encoding(Site site) {
        this.site = site;
    }

    /** The operand size in bits; 8 needs no prefix, 16 and 32 need 0x66 outside their own mode. */
    Encoding operandSize(int bits) {
        this.operandSize = bits;
        return this;
    }

    Encoding addressSize(int bits) {
        this.addressSize = bits;
        return this;
    }

    Encoding segment(Register override) {
        this.segment = override;
        return this;
    }

    Encoding opcode(int... bytes) {
        for (int b : bytes) {
            body.write(b);
        }
        return this;
    }

    /** Appends ModRM (and SIB and displacement) for a reg field and a register-or-memory operand. */
    Encoding modrm(int reg, Operand rm) {
        ModRm.encode(this, reg, rm, site);
        return this;
    }

    /** An immediate of {@code bits} bits; 8- and 16-bit fields must hold the value. */
    Encoding imm(Value value, int bits) {
        if (value.known() && !value.fits(bits)) {
            site.problem("value " + value.shown() + " does not fit in " + bits + " bits");
        }
        return raw(value.number(), bits / 8);
    }

    /** An immediate byte that the CPU sign-extends to {@code operandBits} (opcodes 83, 6A, 6B). */
    Encoding signExtendedImm8(Value value, int operandBits) {
        if (value.known() && (!value.fits(operandBits) || !value.fitsSignExtendedByte(operandBits))) {
            site.problem("value " + value.shown() + " does not fit in a sign-extended byte");
        }
        return raw(value.number(), 1);
    }

    /** Little-endian, as every multi-byte field of an x86 instruction is. */
    Encoding raw(long value, int bytes) {
        for (int i = 0; i < bytes; i++) {
            body.write((int) (value >>> (8 * i)) & 0xFF);
        }
        return this;
    }

    /** A branch displacement of {@code bytes} bytes, measured from the end of this instruction. */
    Encoding relative(Value destination, int bytes) {
        target = destination;
        targetAt = body.size();
        targetBytes = bytes;
        return raw(0, bytes);
    }

    int length() {
        return prefixes().length + body.size();
    }

    /** The distance a relative field would hold, from the end of the instruction to the target. */
    long displacement() {
        return target.number() - (site.address() + length());
    }

    byte[] bytes() {
        byte[] prefixes = prefixes();
        byte[] code = body.toByteArray();
        if (targetAt >= 0 && target.known()) {
            long distance = displacement();
            if (targetBytes == 1 && (distance < -128 || distance > 127)) {
                site.problem("short jump out of range (" + distance + " bytes, a short jump reaches -128..127)");
            }
            for (int i = 0; i < targetBytes; i++) {
                code[targetAt + i] = (byte) (distance >>> (8 * i));
            }
        }
        byte[] all = new byte[prefixes.length + code.length];
        System.arraycopy(prefixes, 0, all, 0, prefixes.length);
        System.arraycopy(code, 0, all, prefixes.length, code.length);
        return all;
    }

    private byte[] prefixes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int forcedOperand = 0;
        int forcedAddress = 0;
        for (String prefix : site.prefixes()) {
            switch (prefix) {
                case "lock" -> out.write(0xF0);
                case "rep", "repe", "repz" -> out.write(0xF3);
                case "repne", "repnz" -> out.write(0xF2);
                case "o16" -> forcedOperand = 16;
                case "o32" -> forcedOperand = 32;
                case "a16" -> forcedAddress = 16;
                case "a32" -> forcedAddress = 32;
                default -> throw site.error("unknown prefix '" + prefix + "'");
            }
        }
        if (segment != null) {
            out.write(segment.overridePrefix());
        }
        if (sizePrefixNeeded(effective(operandSize, forcedOperand, "o"))) {
            out.write(0x66);
        }
        if (sizePrefixNeeded(effective(addressSize, forcedAddress, "a"))) {
            out.write(0x67);
        }
        return out.toByteArray();
    }

    /** An {@code o32}/{@code a32} style prefix may decide a size, but not contradict the operands. */
    private int effective(int fromOperands, int forced, String prefixLetter) {
        if (forced == 0) {
            return fromOperands;
        }
        if (fromOperands != 0 && fromOperands != 8 && fromOperands != forced) {
            throw site.error(prefixLetter + forced + " contradicts the " + fromOperands + "-bit operands");
        }
        return forced;
    }

    private boolean sizePrefixNeeded(int size) {
        return (size == 16 || size == 32) && size != site.bits();
    }
}
