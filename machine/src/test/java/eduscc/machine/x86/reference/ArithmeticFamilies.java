package eduscc.machine.x86.reference;

import static eduscc.machine.x86.reference.UndefinedFlags.AF;
import static eduscc.machine.x86.reference.UndefinedFlags.ALL;
import static eduscc.machine.x86.reference.UndefinedFlags.CF;
import static eduscc.machine.x86.reference.UndefinedFlags.OF;
import static eduscc.machine.x86.reference.UndefinedFlags.PF;
import static eduscc.machine.x86.reference.UndefinedFlags.SF;
import static eduscc.machine.x86.reference.UndefinedFlags.ZF;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The computing instructions of the generator: ALU, INC/DEC/NEG/NOT, shifts and rotates, MUL,
 * IMUL, DIV, IDIV, BT, BSF, BSR. Each records the flags its SDM Vol. 2 page leaves undefined.
 * In "simple" mode (the body of a loop or of a skipped block) only register forms that read no
 * flag are made, and CX is left alone for LOOP.
 */
final class ArithmeticFamilies {
    private static final String[] ALU = {"add", "or", "adc", "sbb", "and", "sub", "xor", "cmp"};
    private static final String[] SHIFT = {"rol", "ror", "rcl", "rcr", "shl", "shr", "sal", "sar"};

    private final Random random;
    private final Operands ops;
    private final UndefinedFlags flags;
    private final List<String> out;
    boolean simple;

    ArithmeticFamilies(Random random, Operands ops, UndefinedFlags flags, List<String> out) {
        this.random = random;
        this.ops = ops;
        this.flags = flags;
        this.out = out;
    }

    int size() {
        return 1 << random.nextInt(3);
    }

    /** A register of {@code size}; in simple mode never part of ECX, which LOOP counts with. */
    String reg(int size) {
        while (true) {
            String r = ops.register(size);
            if (!simple || r.charAt(r.length() - 2) != 'c') {
                return r;
            }
        }
    }

    /** Emits a CMP that defines all six arithmetic flags, where an instruction must read one. */
    void defineAll() {
        out.add("cmp " + reg(4) + ", " + ops.immediate(4));
        flags.after(ALL, 0);
    }

    private String memory(int size, String... keep) {
        List<String> setup = new ArrayList<>();
        String m = ops.memory(size, setup, keep);
        out.addAll(setup);
        return m;
    }

    void alu() {
        int op = random.nextInt(8);
        if (simple && (op == 2 || op == 3)) {
            op = 0;
        }
        if ((op == 2 || op == 3) && flags.anyUndefined(CF)) {
            defineAll();
        }
        int size = size();
        String operands = switch (simple ? random.nextInt(2) : random.nextInt(5)) {
            case 0 -> reg(size) + ", " + reg(size);
            case 1 -> reg(size) + ", " + ops.immediate(size);
            case 2 -> reg(size) + ", " + memory(size);
            case 3 -> memory(size) + ", " + reg(size);
            default -> memory(size) + ", " + ops.immediate(size);
        };
        out.add(ALU[op] + " " + operands);
        boolean logical = op == 1 || op == 4 || op == 6;
        flags.after(logical ? ALL & ~AF : ALL, logical ? AF : 0);
    }

    void test() {
        int size = size();
        String operands = switch (random.nextInt(3)) {
            case 0 -> reg(size) + ", " + reg(size);
            case 1 -> reg(size) + ", " + ops.immediate(size);
            default -> memory(size) + ", " + reg(size);
        };
        out.add("test " + operands);
        flags.after(ALL & ~AF, AF);
    }

    void unary() {
        int size = size();
        String target = simple || random.nextBoolean() ? reg(size) : memory(size);
        switch (random.nextInt(4)) {
            case 0 -> {
                out.add("inc " + target);
                flags.after(ALL & ~CF, 0);
            }
            case 1 -> {
                out.add("dec " + target);
                flags.after(ALL & ~CF, 0);
            }
            case 2 -> {
                out.add("neg " + target);
                flags.after(ALL, 0);
            }
            default -> out.add("not " + target);
        }
    }

    void shift() {
        int op = random.nextInt(8);
        if (simple && (op == 2 || op == 3)) {
            op = 0;
        }
        if ((op == 2 || op == 3) && flags.anyUndefined(CF)) {
            defineAll();
        }
        int size = size();
        String target = simple || random.nextBoolean() ? reg(size) : memory(size, "ecx");
        int form = random.nextInt(simple ? 2 : 3);
        int count = form == 0 ? 1 : random.nextInt(5) == 0 ? random.nextInt(256) : random.nextInt(2 * 8 * size + 1);
        if (form == 2) {
            out.add("mov cl, " + Operands.hex(count));
        }
        out.add(SHIFT[op] + " " + target + ", " + (form == 0 ? "1" : form == 1 ? Operands.hex(count) : "cl"));
        int masked = count & 31;
        if (masked == 0) {
            return;
        }
        int overflow = masked == 1 ? OF : 0;
        if (op < 4) {
            flags.after(CF | overflow, OF & ~overflow);
        } else {
            boolean carryLost = (op == 4 || op == 5 || op == 6) && masked >= 8 * size;
            flags.after(CF | SF | ZF | PF | overflow, AF | (OF & ~overflow) | (carryLost ? CF : 0));
        }
    }

    void multiply() {
        int size = size();
        switch (random.nextInt(3)) {
            case 0 -> out.add((random.nextBoolean() ? "mul " : "imul ") + (random.nextBoolean() ? reg(size) : memory(size)));
            case 1 -> {
                size = 2 << random.nextInt(2);
                out.add("imul " + reg(size) + ", " + (random.nextBoolean() ? reg(size) : memory(size)));
            }
            default -> {
                size = 2 << random.nextInt(2);
                out.add("imul " + reg(size) + ", " + (random.nextBoolean() ? reg(size) : memory(size)) + ", " + ops.immediate(size));
            }
        }
        flags.after(CF | OF, SF | ZF | AF | PF);
    }

    /**
     * DIV or IDIV with operands chosen so the quotient fits (no #DE): an unsigned divisor with its
     * top bit set over a high half with its top bit clear, or a signed divisor other than -1, 0
     * and 1 over a sign-extended dividend.
     */
    void divide() {
        int size = size();
        boolean signed = random.nextBoolean();
        String[] accumulator = {null, "al ah", "ax dx", null, "eax edx"};
        String divisor;
        long mask = size == 4 ? 0xFFFFFFFFL : (1L << (8 * size)) - 1;
        long value = random.nextLong() & mask;
        if (signed) {
            if (value == 0 || value == 1 || value == mask) {
                value = 2 + random.nextInt(100);
            }
        } else {
            value |= (mask >>> 1) + 1;
        }
        if (random.nextBoolean()) {
            do {
                divisor = reg(size);
            } while (accumulator[size].contains(divisor));
            out.add("mov " + divisor + ", " + Operands.hex(value));
        } else {
            divisor = memory(size, "eax", "edx");
            out.add("mov " + divisor + ", " + Operands.hex(value));
        }
        if (signed) {
            out.add(new String[] {null, "cbw", "cwd", null, "cdq"}[size]);
        } else {
            out.add(new String[] {null, "and ah, 0x7f", "and dx, 0x7fff", null, "and edx, 0x7fffffff"}[size]);
        }
        out.add((signed ? "idiv " : "div ") + divisor);
        flags.after(0, ALL);
    }

    void bitTest() {
        int size = 2 << random.nextInt(2);
        switch (random.nextInt(3)) {
            case 0 -> out.add("bt " + reg(size) + ", " + reg(size));
            case 1 -> out.add("bt " + reg(size) + ", " + Operands.hex(random.nextInt(256)));
            default -> out.add("bt " + memory(size) + ", " + Operands.hex(random.nextInt(256)));
        }
        flags.after(CF, OF | SF | AF | PF);
    }

    /** BSF/BSR of a source made non-zero first: with a zero source the SDM leaves the destination undefined. */
    void bitScan() {
        int size = 2 << random.nextInt(2);
        String source = random.nextBoolean() ? reg(size) : memory(size);
        out.add("or " + source + ", " + Operands.hex(1L << random.nextInt(8 * size)));
        out.add((random.nextBoolean() ? "bsf " : "bsr ") + reg(size) + ", " + source);
        flags.after(ZF, CF | OF | SF | AF | PF);
    }
}
