package eduscc.machine.x86.asm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a memory operand {@code [seg: expression]} and works out which registers become base and
 * index, checking them against what the two addressing schemes can express.
 *
 * <p>16-bit addressing (SDM Vol. 2A Table 2-1) only knows eight fixed combinations: BX or BP, plus
 * SI or DI, plus a displacement, with no scaling. 32-bit addressing (Table 2-2 and the SIB byte,
 * Table 2-3) takes any general register as base, any but ESP as index, and a scale of 1, 2, 4 or 8.
 *
 * <p>Like NASM, a lone register times 2, 3, 5 or 9 is written as base plus scaled index
 * ({@code [ebx*2]} becomes {@code [ebx+ebx]}), because an index without a base always costs a
 * 4-byte displacement; and ESP written as an unscaled index is swapped into the base, the only
 * place the hardware allows it.
 */
final class AddressParser {
    private AddressParser() {
    }

    /** Reads from {@code [} to {@code ]}; {@code segment} is an override already written before the bracket. */
    static Operand.Mem parse(TokenCursor in, Expression.Scope scope, int size, Register segment,
                             Operand.Distance distance) {
        in.expect("[");
        int addressHint = 0;
        if (in.acceptWord("dword")) {
            addressHint = 32;
        } else if (in.acceptWord("word")) {
            addressHint = 16;
        }
        Token first = in.peek();
        Token second = in.peek(1);
        if (first != null && first.isName() && second != null && second.is(":")) {
            Register override = Register.named(first.text());
            if (override == null || override.kind != Register.Kind.SEGMENT) {
                throw in.error("'" + first.text() + "' is not a segment register");
            }
            if (segment != null) {
                throw in.error("two segment overrides in one operand");
            }
            segment = override;
            in.next();
            in.next();
        }
        Expression.Linear sum = Expression.linear(in, scope);
        in.expect("]");
        return resolve(in, sum, size, segment, addressHint, distance);
    }

    private static Operand.Mem resolve(TokenCursor in, Expression.Linear sum, int size, Register segment,
                                       int addressHint, Operand.Distance distance) {
        List<Register> registers = new ArrayList<>();
        List<Long> scales = new ArrayList<>();
        int width = 0;
        for (Map.Entry<Register, Long> e : sum.registers().entrySet()) {
            Register r = e.getKey();
            if (!r.isGeneral() || r.bits == 8) {
                throw in.error("'" + r.lower() + "' cannot be used in an address");
            }
            if (e.getValue() < 0) {
                throw in.error("a register cannot be subtracted in an address");
            }
            if (width != 0 && width != r.bits) {
                throw in.error("an address cannot mix 16-bit and 32-bit registers");
            }
            width = r.bits;
            registers.add(r);
            scales.add(e.getValue());
        }
        Value displacement = sum.constant();
        if (registers.isEmpty()) {
            return new Operand.Mem(size, segment, null, null, 1, displacement, addressHint, distance);
        }
        if (addressHint != 0 && addressHint != width) {
            throw in.error("the address size keyword does not match the " + width + "-bit registers");
        }
        if (registers.size() > 2) {
            throw in.error("an address can use at most two registers");
        }
        return width == 16
                ? sixteenBit(in, registers, scales, size, segment, displacement, distance)
                : thirtyTwoBit(in, registers, scales, size, segment, displacement, distance);
    }

    private static Operand.Mem sixteenBit(TokenCursor in, List<Register> registers, List<Long> scales, int size,
                                          Register segment, Value displacement, Operand.Distance distance) {
        Register base = null;
        Register index = null;
        for (int i = 0; i < registers.size(); i++) {
            Register r = registers.get(i);
            if (scales.get(i) != 1) {
                throw in.error("16-bit addresses cannot scale a register; use 32-bit registers");
            }
            if ((r == Register.BX || r == Register.BP) && base == null) {
                base = r;
            } else if ((r == Register.SI || r == Register.DI) && index == null) {
                index = r;
            } else {
                throw in.error("not a valid 16-bit address: only bx or bp, plus si or di, can be combined");
            }
        }
        return new Operand.Mem(size, segment, base, index, 1, displacement, 16, distance);
    }

    private static Operand.Mem thirtyTwoBit(TokenCursor in, List<Register> registers, List<Long> scales, int size,
                                            Register segment, Value displacement, Operand.Distance distance) {
        Register base;
        Register index;
        long scale;
        if (registers.size() == 1) {
            Register r = registers.get(0);
            long k = scales.get(0);
            if (k == 1) {
                base = r;
                index = null;
                scale = 1;
            } else if (k == 2 || k == 3 || k == 5 || k == 9) {
                base = r;
                index = r;
                scale = k - 1;
            } else {
                base = null;
                index = r;
                scale = k;
            }
        } else if (scales.get(0) == 1) {
            base = registers.get(0);
            index = registers.get(1);
            scale = scales.get(1);
            if (index == Register.ESP && scale == 1) {
                index = base;
                base = Register.ESP;
            }
        } else if (scales.get(1) == 1) {
            base = registers.get(1);
            index = registers.get(0);
            scale = scales.get(0);
        } else {
            throw in.error("only one register in an address can be scaled");
        }
        if (scale != 1 && scale != 2 && scale != 4 && scale != 8) {
            throw in.error("scale must be 1, 2, 4 or 8, not " + scale);
        }
        if (index == Register.ESP) {
            throw in.error("esp cannot be an index register");
        }
        return new Operand.Mem(size, segment, base, index, (int) scale, displacement, 32, distance);
    }
}
