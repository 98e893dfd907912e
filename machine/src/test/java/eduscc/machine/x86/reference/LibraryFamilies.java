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
 * The generator's instructions beyond the boot subset, the ones a C library and its start-up
 * code use: SETcc, LAHF/SAHF, XADD, CMPXCHG, CMPXCHG8B, BTS/BTR/BTC, SHLD/SHRD, BSWAP, XLAT,
 * ENTER/LEAVE, CMPS/SCAS, LDS/LES/LFS/LGS/LSS, BOUND, INS/OUTS. Each records the flags its SDM Vol. 2 page leaves undefined, and keeps
 * every memory access inside scratch memory (a bit offset in a register is kept small, a string
 * starts well inside it, XLAT's table has its 256 bytes).
 */
final class LibraryFamilies {
    private static final String[] CONDITIONS = {"o", "no", "b", "ae", "e", "ne", "be", "a", "s", "ns", "p", "np", "l",
        "ge", "le", "g"};
    private static final String[] BIT_MODIFY = {"bts", "btr", "btc"};

    private final Random random;
    private final Mode mode;
    private final Operands ops;
    private final UndefinedFlags flags;
    private final ArithmeticFamilies arithmetic;
    private final List<String> out;
    /** Labels this family made in the current program (".X0", ".X1", ...; the generator's own are ".L"). */
    private int labels;

    LibraryFamilies(Random random, Mode mode, Operands ops, UndefinedFlags flags, ArithmeticFamilies arithmetic,
            List<String> out) {
        this.random = random;
        this.mode = mode;
        this.ops = ops;
        this.flags = flags;
        this.arithmetic = arithmetic;
        this.out = out;
    }

    /** One instruction of these families, picked at random. */
    void any(int stackRoom) {
        switch (random.nextInt(14)) {
            case 0 -> setcc();
            case 1 -> flagsThroughAh();
            case 2 -> exchangeAndAdd();
            case 3 -> compareAndExchange();
            case 4 -> compareAndExchange8b();
            case 5 -> bitModify();
            case 6 -> shiftDouble();
            case 7 -> bswap();
            case 8 -> xlat();
            case 9 -> frame(stackRoom);
            case 10 -> loadFarPointer();
            case 11 -> bound();
            case 12 -> stringIo();
            default -> compareStrings();
        }
    }

    private String memory(int size, String... keep) {
        List<String> setup = new ArrayList<>();
        String m = ops.memory(size, setup, keep);
        out.addAll(setup);
        return m;
    }

    private String regOrMemory(int size, String... keep) {
        return random.nextBoolean() ? arithmetic.reg(size) : memory(size, keep);
    }

    private void setcc() {
        int cc = random.nextInt(16);
        if (flags.anyUndefined(UndefinedFlags.readBy(cc))) {
            arithmetic.defineAll();
        }
        out.add("set" + CONDITIONS[cc] + " " + regOrMemory(1));
    }

    private void flagsThroughAh() {
        if (random.nextBoolean()) {
            if (flags.anyUndefined(CF | PF | AF | ZF | SF)) {
                arithmetic.defineAll();
            }
            out.add("lahf");
        } else {
            out.add("sahf");
            flags.after(CF | PF | AF | ZF | SF, 0);
        }
    }

    private String lock(String destination) {
        return destination.contains("[") && random.nextBoolean() ? "lock " : "";
    }

    private void exchangeAndAdd() {
        int size = arithmetic.size();
        String destination = regOrMemory(size);
        out.add(lock(destination) + "xadd " + destination + ", " + arithmetic.reg(size));
        flags.after(ALL, 0);
    }

    /** CMPXCHG, half the time with the accumulator loaded from the destination first, so the swap happens. */
    private void compareAndExchange() {
        int size = arithmetic.size();
        String accumulator = new String[] {null, "al", "ax", null, "eax"}[size];
        String destination = random.nextBoolean() ? arithmetic.reg(size) : memory(size, "eax");
        if (random.nextBoolean() && !destination.equals(accumulator)) {
            out.add("mov " + accumulator + ", " + destination);
        }
        out.add(lock(destination) + "cmpxchg " + destination + ", " + arithmetic.reg(size));
        flags.after(ALL, 0);
    }

    /**
     * CMPXCHG8B on eight bytes of scratch; done twice, the second compare succeeds if the first
     * failed. The address avoids EAX and EDX, which a failed compare loads.
     *
     * <p>QEMU 7.2 does not bring its lazy flags up to date before CMPXCHG8B, so within one
     * translated block it rebuilds EFLAGS from a stale state (wrong CF..OF, even garbage in
     * other bits). A short jump before each one ends the block and makes QEMU's flags current,
     * so the SDM's "only ZF changes" can be compared; SdmOverQemuTest holds the kit to it too.
     */
    private void compareAndExchange8b() {
        List<String> setup = new ArrayList<>();
        String address = ops.addressAt(ops.scratchAddress(8), setup, "eax", "edx");
        out.addAll(setup);
        int times = 1 + random.nextInt(2);
        for (int i = 0; i < times; i++) {
            String label = ".X" + labels++;
            out.add("jmp " + label);
            out.add(label + ":");
            out.add((random.nextBoolean() ? "lock " : "") + "cmpxchg8b " + address);
        }
        flags.after(ZF, 0);
    }

    /**
     * BTS, BTR or BTC: of a register, of memory by an immediate, or of memory by a bit offset in
     * a register that is kept between -128 and 255, so the dword it reaches stays in scratch.
     */
    private void bitModify() {
        String op = BIT_MODIFY[random.nextInt(3)];
        int size = 2 << random.nextInt(2);
        switch (random.nextInt(3)) {
            case 0 -> out.add(op + " " + arithmetic.reg(size) + ", " + (random.nextBoolean()
                ? arithmetic.reg(size) : Operands.hex(random.nextInt(256))));
            case 1 -> out.add((random.nextBoolean() ? "lock " : "") + op + " " + memory(size) + ", "
                + Operands.hex(random.nextInt(256)));
            default -> {
                String offset32 = new String[] {"eax", "ecx", "edx"}[random.nextInt(3)];
                String offset = size == 4 ? offset32 : offset32.substring(1);
                int bit = random.nextInt(384) - 128;
                out.add("mov " + offset + ", " + Operands.hex(bit & (size == 4 ? 0xFFFFFFFFL : 0xFFFF)));
                List<String> setup = new ArrayList<>();
                String m = ops.memoryAt(ops.scratchAddress(64) + 16, size, setup, offset32);
                out.addAll(setup);
                out.add((random.nextBoolean() ? "lock " : "") + op + " " + m + ", " + offset);
            }
        }
        flags.after(CF, OF | SF | AF | PF);
    }

    /**
     * SHLD or SHRD by an immediate or CL. A 16-bit shift by more than 16 (after the count is
     * taken modulo 32) leaves the result undefined, so 16-bit counts stay at 16 or below.
     */
    private void shiftDouble() {
        int size = 2 << random.nextInt(2);
        String destination = regOrMemory(size, "ecx");
        int masked = random.nextInt(size == 4 ? 32 : 17);
        int count = masked + 32 * random.nextInt(masked < 256 - 7 * 32 ? 8 : 1);
        boolean byCl = random.nextBoolean();
        if (byCl) {
            out.add("mov cl, " + Operands.hex(count));
        }
        String source = arithmetic.reg(size);
        while (byCl && source.endsWith("cx")) {
            source = arithmetic.reg(size);
        }
        out.add((random.nextBoolean() ? "shld " : "shrd ") + destination + ", " + source + ", "
            + (byCl ? "cl" : Operands.hex(count)));
        if (masked == 1) {
            flags.after(CF | SF | ZF | PF | OF, AF);
        } else if (masked > 1) {
            flags.after(CF | SF | ZF | PF, AF | OF);
        }
    }

    /** BSWAP r32, and now and then the 16-bit form, which QEMU and the kit both run as the 32-bit one. */
    private void bswap() {
        out.add("bswap " + arithmetic.reg(random.nextInt(8) == 0 ? 2 : 4));
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
     * ENTER size, 0 or 1 and LEAVE at once, perhaps with the frame pointer copied in between:
     * deeper levels would read the caller's frame through a random EBP.
     */
    private void frame(int stackRoom) {
        int width = mode.bits / 8;
        int size = 4 * random.nextInt(8);
        int level = random.nextInt(2);
        if ((1 + level) * width + size > stackRoom) {
            return;
        }
        out.add("enter " + Operands.hex(size) + ", " + level);
        if (random.nextBoolean()) {
            String copy = arithmetic.reg(width);
            while (copy.endsWith("bp")) {
                copy = arithmetic.reg(width);
            }
            out.add("mov " + copy + ", " + (mode == Mode.REAL ? "bp" : "ebp"));
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
