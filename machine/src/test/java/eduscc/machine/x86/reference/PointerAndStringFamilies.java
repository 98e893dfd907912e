package eduscc.machine.x86.reference;

import static eduscc.machine.x86.reference.UndefinedFlags.ALL;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The generator's addressing and string instructions beyond the boot subset: XLAT, ENTER/LEAVE,
 * CMPS/SCAS with REPE/REPNE, LDS/LES/LFS/LGS/LSS, BOUND (and its #BR as a program ending),
 * INS/OUTS. Every access stays inside scratch memory: a string starts well inside it, XLAT's
 * table has its 256 bytes, a far pointer or a pair of bounds is stored there just before use,
 * and a segment register only ever gets a selector whose base {@link Mode} knows.
 */
final class PointerAndStringFamilies {
    private final Random random;
    private final Mode mode;
    private final Operands ops;
    private final UndefinedFlags flags;
    private final ArithmeticFamilies arithmetic;
    private final List<String> out;

    PointerAndStringFamilies(Random random, Mode mode, Operands ops, UndefinedFlags flags, ArithmeticFamilies arithmetic,
            List<String> out) {
        this.random = random;
        this.mode = mode;
        this.ops = ops;
        this.flags = flags;
        this.arithmetic = arithmetic;
        this.out = out;
    }

    /** One instruction of these families, picked at random; {@code stackRoom} bytes are free on the stack. */
    void any(int stackRoom) {
        switch (random.nextInt(6)) {
            case 0 -> xlat();
            case 1 -> frame(stackRoom);
            case 2 -> compareStrings();
            case 3 -> loadFarPointer();
            case 4 -> bound();
            default -> stringIo();
        }
    }

    /** XLAT with (E)BX at a 256-byte table in scratch, so any AL stays inside. */
    private void xlat() {
        int base = mode.base(ops.selectors[Operands.DS]);
        if (base < 0) {
            return;
        }
        int table = ops.scratchAddress(256);
        out.add("mov " + (mode == Mode.REAL ? "bx, " : "ebx, ") + Operands.hex((table - base) & 0xFFFFFFFFL));
        out.add("xlatb");
    }

    /**
     * ENTER and LEAVE at once, perhaps with the frame pointer copied in between: level 0 or 1
     * with whatever EBP holds, or a nested level 2 to 4 with EBP first pointed at scratch, where
     * the copied display entries come from.
     */
    private void frame(int stackRoom) {
        int width = mode.bits / 8;
        int size = 4 * random.nextInt(8);
        boolean nested = random.nextBoolean();
        int level = nested ? 2 + random.nextInt(3) : random.nextInt(2);
        if ((1 + level) * width + size > stackRoom) {
            return;
        }
        String bp = mode == Mode.REAL ? "bp" : "ebp";
        if (nested) {
            // The caller's display is read at [SS:EBP - 4], [SS:EBP - 8], ...: point EBP into scratch.
            int callerFrame = ops.scratchAddress(16) + 16;
            out.add("mov " + bp + ", " + Operands.hex(callerFrame - mode.base(ops.selectors[Operands.SS])));
        }
        out.add("enter " + Operands.hex(size) + ", " + level);
        if (random.nextBoolean()) {
            String copy = arithmetic.reg(width);
            while (copy.endsWith("bp")) {
                copy = arithmetic.reg(width);
            }
            out.add("mov " + copy + ", " + bp);
        }
        out.add("leave");
    }

    /** CMPS or SCAS with or without REPE/REPNE, over up to six elements of scratch. */
    private void compareStrings() {
        if (mode.base(ops.selectors[Operands.ES]) < 0 || mode.base(ops.selectors[Operands.DS]) < 0) {
            return;
        }
        int size = arithmetic.size();
        String suffix = size == 1 ? "b" : size == 2 ? "w" : "d";
        int count = random.nextInt(7);
        String wide = mode == Mode.REAL ? "" : "e";
        int source = Mode.VARS + 0x300 + random.nextInt(0x200);
        int destination = Mode.VARS + 0x300 + random.nextInt(0x200);
        out.add("mov " + wide + "si, " + Operands.hex(source - mode.base(ops.selectors[Operands.DS])));
        out.add("mov " + wide + "di, " + Operands.hex(destination - mode.base(ops.selectors[Operands.ES])));
        out.add("mov " + wide + "cx, " + count);
        String repeat = new String[] {"", "repe ", "repne "}[random.nextInt(3)];
        out.add(repeat + (random.nextBoolean() ? "cmps" : "scas") + suffix);
        if (repeat.isEmpty() || count > 0) {
            flags.after(ALL, 0);
        }
    }

    /** Stores {@code value} ({@code size} bytes) at a linear address through a fresh addressing form. */
    private void store(int linear, int size, long value) {
        List<String> setup = new ArrayList<>();
        String m = ops.memoryAt(linear, size, setup);
        out.addAll(setup);
        out.add("mov " + m + ", " + Operands.hex(value));
    }

    /**
     * LDS, LES, LFS, LGS or LSS of a far pointer stored in scratch just before. The selector is
     * one the driver set up (for LSS the stack's own, so the stack stays where it is); in
     * protected mode a data segment register may also get the null selector.
     */
    private void loadFarPointer() {
        int size = mode.bits / 8 == 2 || random.nextInt(4) == 0 ? 2 : 4;
        if (random.nextInt(4) == 0) {
            size = 6 - size;
        }
        int segment = new int[] {Operands.ES, Operands.SS, Operands.DS, 4, 5}[random.nextInt(5)];
        int selector;
        if (segment == Operands.SS) {
            selector = mode.mainSelector;
        } else if (mode == Mode.PROTECTED && random.nextInt(6) == 0) {
            selector = 0;
        } else {
            selector = random.nextBoolean() ? mode.mainSelector : mode.otherSelector;
        }
        int pointer = ops.scratchAddress(size + 2);
        store(pointer, size, random.nextLong() & (size == 4 ? 0xFFFFFFFFL : 0xFFFF));
        store(pointer + size, 2, selector);
        List<String> setup = new ArrayList<>();
        String address = ops.addressAt(pointer, setup);
        out.addAll(setup);
        out.add("l" + Operands.SEGMENTS[segment] + " " + arithmetic.reg(size) + ", " + address);
        ops.selectors[segment] = selector;
    }

    /** AX, CX or DX (or their E forms): registers no 16-bit address uses, kept out of 32-bit ones. */
    private String indexRegister(int size) {
        return (size == 4 ? "e" : "") + new String[] {"ax", "cx", "dx"}[random.nextInt(3)];
    }

    /** BOUND of a register one past the upper bound stored just before: #BR (vector 5). */
    void boundExceeded() {
        int size = 2 << random.nextInt(2);
        long mask = size == 4 ? 0xFFFFFFFFL : 0xFFFF;
        int upper = random.nextInt(1000) - 500;
        String register = indexRegister(size);
        int pair = ops.scratchAddress(2 * size);
        store(pair, size, (upper - random.nextInt(100)) & mask);
        store(pair + size, size, upper & mask);
        List<String> setup = new ArrayList<>();
        String address = ops.addressAt(pair, setup, "e" + register.substring(register.length() - 2));
        out.addAll(setup);
        out.add("mov " + register + ", " + Operands.hex((upper + 1) & mask));
        out.add("bound " + register + ", " + address);
    }

    /** BOUND of a register against bounds stored just before, chosen so the index lies inside them. */
    private void bound() {
        int size = 2 << random.nextInt(2);
        long mask = size == 4 ? 0xFFFFFFFFL : 0xFFFF;
        int index = size == 4 ? random.nextInt() : (short) random.nextInt();
        int lower = index - random.nextInt(3);
        int upper = index + random.nextInt(3);
        if (size == 2 && (lower < Short.MIN_VALUE || upper > Short.MAX_VALUE) || size == 4 && (lower > index || upper < index)) {
            return;
        }
        String register = indexRegister(size);
        int pair = ops.scratchAddress(2 * size);
        store(pair, size, lower & mask);
        store(pair + size, size, upper & mask);
        List<String> setup = new ArrayList<>();
        String address = ops.addressAt(pair, setup, "e" + register.substring(register.length() - 2));
        out.addAll(setup);
        out.add("mov " + register + ", " + Operands.hex(index & mask));
        out.add("bound " + register + ", " + address);
    }

    /**
     * INS or OUTS, with or without REP, on a port with nothing behind it on either machine (QEMU
     * runs with -nodefaults; reads give all ones, writes vanish). Port 0xE9 is left alone: it
     * carries the dump records.
     */
    private void stringIo() {
        if (mode.base(ops.selectors[Operands.ES]) < 0 || mode.base(ops.selectors[Operands.DS]) < 0) {
            return;
        }
        int size = arithmetic.size();
        String suffix = size == 1 ? "b" : size == 2 ? "w" : "d";
        String wide = mode == Mode.REAL ? "" : "e";
        int source = Mode.VARS + 0x300 + random.nextInt(0x200);
        int destination = Mode.VARS + 0x300 + random.nextInt(0x200);
        out.add("mov dx, " + Operands.hex(new int[] {0x300, 0x2F0, 0x3A0}[random.nextInt(3)]));
        out.add("mov " + wide + "si, " + Operands.hex(source - mode.base(ops.selectors[Operands.DS])));
        out.add("mov " + wide + "di, " + Operands.hex(destination - mode.base(ops.selectors[Operands.ES])));
        out.add("mov " + wide + "cx, " + random.nextInt(7));
        out.add((random.nextBoolean() ? "rep " : "") + (random.nextBoolean() ? "ins" : "outs") + suffix);
    }

}
