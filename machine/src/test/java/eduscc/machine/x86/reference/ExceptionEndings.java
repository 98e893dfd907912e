package eduscc.machine.x86.reference;

import static eduscc.machine.x86.reference.UndefinedFlags.AF;
import static eduscc.machine.x86.reference.UndefinedFlags.ALL;
import static eduscc.machine.x86.reference.UndefinedFlags.OF;

import java.util.List;
import java.util.Random;

/**
 * How a generated program may end in an exception on purpose, so that delivery (vector, frame,
 * error code, the EFLAGS image) is compared too: #UD (UD2 and the undefined forms of real
 * opcodes), INT3, INT n, INTO, #DE (DIV and AAM 0), BOUND's #BR, the TF single-step trap,
 * POPF's RF (which must not reach the frame), and in protected mode a selector beyond the GDT
 * or a null SS (#GP with its error code).
 */
final class ExceptionEndings {
    private final Random random;
    private final Mode mode;
    private final ArithmeticFamilies arithmetic;
    private final UndefinedFlags flags;
    private final List<String> out;
    private final PointerAndStringFamilies pointersAndStrings;

    ExceptionEndings(Random random, Mode mode, ArithmeticFamilies arithmetic, PointerAndStringFamilies pointersAndStrings,
            UndefinedFlags flags, List<String> out) {
        this.pointersAndStrings = pointersAndStrings;
        this.random = random;
        this.mode = mode;
        this.arithmetic = arithmetic;
        this.flags = flags;
        this.out = out;
    }

    /** POPF sets TF: the instruction after it completes, then #DB (SDM Vol. 3B §17.3.1.4). */
    private void singleStep() {
        int size = mode.bits / 8;
        out.add("push " + Operands.sizeWord(size) + " " + Operands.hex(0x102 | (random.nextInt() & (ALL | 0x400))));
        out.add(size == 2 ? "popf" : "popfd");
        flags.after(ALL, 0);
        arithmetic.simple = true;
        arithmetic.alu();
        arithmetic.simple = false;
    }

    /**
     * A form the SDM makes #UD although its opcode exists, as bytes (the assembler refuses to
     * write them): CMPXCHG8B, LDS, BOUND with a register operand; in real mode LAR and ARPL,
     * which exist only in protected mode. (QEMU 7.2 ignores LOCK on SETcc and on XADD with a
     * register destination and dies on LOCK BT with one; SdmOverQemuTest holds the kit to the
     * SDM's #UD there.)
     */
    private String undefinedForm() {
        String[] forms = {"0x0F, 0xC7, 0xC8", "0xC5, 0xC0", "0x62, 0xC0", "0x0F, 0x02, 0xC1", "0x63, 0xC8"};
        return "db " + forms[random.nextInt(mode == Mode.REAL ? forms.length : forms.length - 2)];
    }

    /** One of the endings, picked at random. */
    void any() {
        switch (random.nextInt(mode == Mode.REAL ? 8 : 10)) {
            case 0 -> out.add(random.nextBoolean() ? "ud2" : undefinedForm());
            case 5 -> singleStep();
            case 6 -> {
                // POPF never loads RF (SDM Vol. 2B POPF): the INT3 frame must show it clear.
                out.add("push dword " + Operands.hex(0x10002 | (random.nextInt() & ALL)));
                out.add("popfd");
                flags.after(ALL, 0);
                out.add("int3");
            }
            case 1 -> out.add("int3");
            case 7 -> pointersAndStrings.boundExceeded();
            case 2 -> out.add("int " + Operands.hex(new int[] {0, 1, 4, 5, 6, 7, 9, 16, 19, 0x1F}[random.nextInt(10)]));
            case 3 -> {
                if (flags.anyUndefined(OF)) {
                    arithmetic.defineAll();
                }
                out.add("into");
            }
            case 4 -> {
                if (random.nextInt(3) == 0) {
                    out.add("aam 0");
                    return;
                }
                String r = arithmetic.reg(4);
                out.add("xor " + r + ", " + r);
                flags.after(ALL & ~AF, AF);
                out.add("div " + r.substring(1));
            }
            case 8 -> {
                out.add("mov ax, " + Operands.hex(new int[] {0x48, 0x4C, 0x23, 0x30}[random.nextInt(4)]));
                out.add("mov " + Operands.SEGMENTS[new int[] {0, 3, 4, 5}[random.nextInt(4)]] + ", ax");
            }
            default -> {
                out.add("xor ax, ax");
                out.add("mov ss, ax");
            }
        }
    }
}
