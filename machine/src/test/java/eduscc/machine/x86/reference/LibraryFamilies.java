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
 * The generator's computing instructions beyond the boot subset, the ones a C library and its
 * start-up code use: SETcc, LAHF/SAHF, XADD, CMPXCHG, CMPXCHG8B, BTS/BTR/BTC, SHLD/SHRD, BSWAP.
 * Each records the flags its SDM Vol. 2 page leaves undefined, and keeps every memory access
 * inside scratch memory (a bit offset in a register is kept small). The addressing and string
 * ones are {@link PointerAndStringFamilies}.
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
    void any() {
        switch (random.nextInt(8)) {
            case 0 -> setcc();
            case 1 -> flagsThroughAh();
            case 2 -> exchangeAndAdd();
            case 3 -> compareAndExchange();
            case 4 -> compareAndExchange8b();
            case 5 -> bitModify();
            case 6 -> shiftDouble();
            default -> bswap();
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
}
