package eduscc.machine.x86.reference;

import static eduscc.machine.x86.reference.UndefinedFlags.AF;
import static eduscc.machine.x86.reference.UndefinedFlags.CF;
import static eduscc.machine.x86.reference.UndefinedFlags.OF;
import static eduscc.machine.x86.reference.UndefinedFlags.PF;
import static eduscc.machine.x86.reference.UndefinedFlags.SF;
import static eduscc.machine.x86.reference.UndefinedFlags.ZF;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The generator's decimal adjustments (DAA, DAS, AAA, AAS, AAM, AAD) and, in protected mode, the
 * selector checks (LAR, LSL, VERR, VERW, ARPL) against the batch's four-entry GDT, with
 * selectors inside it, beyond it, null, or in an LDT there is none of. Each records the flags
 * its SDM Vol. 2 page leaves undefined; AAM never gets base 0 here (that #DE is an ending).
 */
final class DecimalAndSelectorFamilies {
    private final Random random;
    private final Mode mode;
    private final Operands ops;
    private final UndefinedFlags flags;
    private final ArithmeticFamilies arithmetic;
    private final List<String> out;

    DecimalAndSelectorFamilies(Random random, Mode mode, Operands ops, UndefinedFlags flags,
            ArithmeticFamilies arithmetic, List<String> out) {
        this.random = random;
        this.mode = mode;
        this.ops = ops;
        this.flags = flags;
        this.arithmetic = arithmetic;
        this.out = out;
    }

    void any() {
        if (mode == Mode.PROTECTED && random.nextBoolean()) {
            selectorCheck();
        } else {
            decimal();
        }
    }

    private void decimal() {
        switch (random.nextInt(6)) {
            case 0, 1 -> {
                if (flags.anyUndefined(CF | AF)) {
                    arithmetic.defineAll();
                }
                out.add(random.nextBoolean() ? "daa" : "das");
                flags.after(CF | AF | SF | ZF | PF, OF);
            }
            case 2, 3 -> {
                if (flags.anyUndefined(AF)) {
                    arithmetic.defineAll();
                }
                out.add(random.nextBoolean() ? "aaa" : "aas");
                flags.after(CF | AF, OF | SF | ZF | PF);
            }
            default -> {
                int base = random.nextBoolean() ? 10 : 1 + random.nextInt(255);
                out.add((random.nextBoolean() ? "aam " : "aad ") + Operands.hex(base));
                flags.after(SF | ZF | PF, OF | AF | CF);
            }
        }
    }

    /** A selector: mostly the GDT's own entries with any RPL, sometimes null, beyond the GDT or in the LDT. */
    private int selector() {
        return switch (random.nextInt(8)) {
            case 0 -> random.nextInt(4);
            case 1 -> random.nextInt(0x10000);
            case 2 -> 0x20 + random.nextInt(0x40);
            case 3 -> 0x04 | random.nextInt(0x10000);
            default -> 8 * random.nextInt(4) | random.nextInt(4);
        };
    }

    private String selectorSource() {
        String via = arithmetic.reg(2);
        int value = selector();
        if (random.nextBoolean()) {
            out.add("mov " + via + ", " + Operands.hex(value));
            return via;
        }
        List<String> setup = new ArrayList<>();
        String m = ops.memory(2, setup);
        out.addAll(setup);
        out.add("mov " + m + ", " + Operands.hex(value));
        return m.substring(m.indexOf('['));
    }

    private void selectorCheck() {
        switch (random.nextInt(4)) {
            case 0 -> {
                String source = selectorSource();
                out.add((random.nextBoolean() ? "lar " : "lsl ") + arithmetic.reg(2 << random.nextInt(2)) + ", " + source);
            }
            case 1 -> out.add((random.nextBoolean() ? "verr " : "verw ") + selectorSource());
            default -> {
                String source = arithmetic.reg(2);
                out.add("mov " + source + ", " + Operands.hex(selector()));
                String target = random.nextBoolean() ? arithmetic.reg(2) : memoryWord();
                out.add("arpl " + target + ", " + source);
            }
        }
        flags.after(ZF, 0);
    }

    private String memoryWord() {
        List<String> setup = new ArrayList<>();
        String m = ops.memory(2, setup);
        out.addAll(setup);
        return m;
    }
}
