package eduscc.machine.x86.reference;

import static eduscc.machine.x86.reference.UndefinedFlags.ALL;
import static eduscc.machine.x86.reference.UndefinedFlags.CF;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;

/**
 * Generates one small program in the interpreter's subset from a seed: data movement, the
 * stack, forward branches and short loops, string instructions, segment loads, the computing
 * families of {@link ArithmeticFamilies}, and the library instructions of {@link LibraryFamilies},
 * {@link PointerAndStringFamilies} and {@link DecimalAndSelectorFamilies}; sometimes it ends in an exception on
 * purpose (#UD, #DE, INT n, INTO, a bad selector) so fault delivery is compared too. Programs
 * only touch their scratch memory and never read a flag the SDM leaves undefined.
 */
final class ProgramGenerator {
    /** Bytes the body may push at most, so the stack stays in its 256-byte part of scratch. */
    private static final int STACK_ROOM = 0x60;

    private final Random random;
    private final Mode mode;
    private final Operands ops;
    private final UndefinedFlags flags = new UndefinedFlags();
    private final List<String> out = new ArrayList<>();
    private final ArithmeticFamilies arithmetic;
    private final LibraryFamilies library;
    private final PointerAndStringFamilies pointersAndStrings;
    private final DecimalAndSelectorFamilies decimalAndSelectors;
    /** What the body has pushed: each entry's size, and the selector it holds or -1. */
    private final Deque<int[]> stack = new ArrayDeque<>();
    private int stackBytes;
    private boolean direction;
    private int labels;

    private ProgramGenerator(long seed, Mode mode) {
        this.random = new Random(seed);
        this.mode = mode;
        this.ops = new Operands(random, mode);
        this.arithmetic = new ArithmeticFamilies(random, ops, flags, out);
        this.library = new LibraryFamilies(random, mode, ops, flags, arithmetic, out);
        this.pointersAndStrings = new PointerAndStringFamilies(random, mode, ops, flags, arithmetic, out);
        this.decimalAndSelectors = new DecimalAndSelectorFamilies(random, mode, ops, flags, arithmetic, out);
    }

    static GeneratedProgram generate(long seed, Mode mode) {
        return new ProgramGenerator(seed, mode).program(seed);
    }

    private GeneratedProgram program(long seed) {
        int[] registers = new int[8];
        for (int i = 0; i < 8; i++) {
            registers[i] = random.nextInt(4) == 0 ? random.nextInt(0x100) : random.nextInt();
        }
        int initialFlags = 0x2 | (random.nextInt() & (ALL | 0x400)) | (random.nextInt(4) == 0 ? 0x40000 : 0);
        direction = (initialFlags & 0x400) != 0;
        int length = 8 + random.nextInt(24);
        for (int i = 0; i < length; i++) {
            instruction();
        }
        if (random.nextInt(10) == 0) {
            new ExceptionEndings(random, mode, arithmetic, pointersAndStrings, flags, out).any();
        }
        return new GeneratedProgram(mode, seed, registers, initialFlags, random.nextInt(), List.copyOf(out),
            flags.now(), flags.ever());
    }

    private void instruction() {
        switch (random.nextInt(25)) {
            case 0, 1, 2 -> arithmetic.alu();
            case 3 -> arithmetic.test();
            case 4 -> arithmetic.unary();
            case 5, 6 -> arithmetic.shift();
            case 7 -> arithmetic.multiply();
            case 8 -> arithmetic.divide();
            case 9 -> {
                if (random.nextBoolean()) {
                    arithmetic.bitTest();
                } else {
                    arithmetic.bitScan();
                }
            }
            case 10, 11 -> move();
            case 12 -> push();
            case 13 -> pop();
            case 14 -> branch();
            case 15 -> loop();
            case 16 -> strings();
            case 17 -> segmentLoad();
            case 18 -> flagInstruction();
            case 20, 21 -> library.any();
            case 22 -> pointersAndStrings.any(STACK_ROOM - stackBytes);
            case 23 -> decimalAndSelectors.any();
            default -> callAndReturn();
        }
    }

    private String memory(int size) {
        List<String> setup = new ArrayList<>();
        String m = ops.memory(size, setup);
        out.addAll(setup);
        return m;
    }

    private void move() {
        int size = arithmetic.size();
        switch (random.nextInt(9)) {
            case 0 -> out.add("mov " + arithmetic.reg(size) + ", " + ops.immediate(size));
            case 1 -> out.add("mov " + arithmetic.reg(size) + ", " + arithmetic.reg(size));
            case 2 -> out.add("mov " + arithmetic.reg(size) + ", " + memory(size));
            case 3 -> out.add("mov " + memory(size) + ", " + arithmetic.reg(size));
            case 4 -> out.add("mov " + memory(size) + ", " + ops.immediate(size));
            case 5 -> {
                int to = 2 << random.nextInt(2);
                int from = to == 2 ? 1 : 1 << random.nextInt(2);
                String source = random.nextBoolean() ? arithmetic.reg(from) : memory(from);
                out.add((random.nextBoolean() ? "movzx " : "movsx ") + arithmetic.reg(to) + ", " + source);
            }
            case 6 -> out.add("xchg " + arithmetic.reg(size) + ", " + (random.nextBoolean() ? arithmetic.reg(size) : memory(size)));
            case 7 -> out.add("lea " + arithmetic.reg(2 << random.nextInt(2)) + ", " + leaAddress());
            default -> out.add(new String[] {"cbw", "cwd", "cdq", "cwde"}[random.nextInt(4)]);
        }
    }

    /** LEA computes an address without touching memory, so any registers will do. */
    private String leaAddress() {
        int disp = random.nextInt(3) == 0 ? 0 : random.nextInt();
        if (mode == Mode.REAL) {
            String[] forms = {"bx+si", "bx+di", "bp+si", "bp+di", "si", "di", "bp", "bx"};
            return "[" + forms[random.nextInt(8)] + "+" + Operands.hex(disp & 0xFFFF) + "]";
        }
        String base = Operands.R32[random.nextInt(7)];
        String index = Operands.R32[random.nextInt(7)];
        return "[" + base + "+" + index + "*" + (1 << random.nextInt(4)) + "+" + Operands.hex(disp & 0xFFFFFFFFL) + "]";
    }

    private void pushed(int size, int selector) {
        stack.push(new int[] {size, selector});
        stackBytes += size;
    }

    private void push() {
        int size = mode.bits / 8;
        if (stackBytes + 8 * 4 > STACK_ROOM) {
            pop();
            return;
        }
        switch (random.nextInt(6)) {
            case 0 -> {
                size = 2 << random.nextInt(2);
                out.add("push " + arithmetic.reg(size));
                pushed(size, -1);
            }
            case 1 -> {
                size = 2 << random.nextInt(2);
                out.add("push " + Operands.sizeWord(size) + " " + ops.immediate(size));
                pushed(size, -1);
            }
            case 2 -> {
                size = 2 << random.nextInt(2);
                out.add("push " + memory(size));
                pushed(size, -1);
            }
            case 3 -> {
                int segment = new int[] {Operands.ES, Operands.DS, 4, 5}[random.nextInt(4)];
                out.add("push " + Operands.SEGMENTS[segment]);
                pushed(size, ops.selectors[segment]);
            }
            case 4 -> {
                if (flags.anyUndefined(ALL)) {
                    arithmetic.defineAll();
                }
                out.add(size == 2 ? "pushf" : "pushfd");
                pushed(size, -1);
            }
            default -> {
                out.add(size == 2 ? "pusha" : "pushad");
                for (int i = 0; i < 8; i++) {
                    pushed(size, -1);
                }
            }
        }
    }

    private void pop() {
        if (stack.isEmpty()) {
            popFlags();
            return;
        }
        int[] top = stack.peek();
        int size = top[0];
        int choice = random.nextInt(5);
        if (choice == 0 && top[1] >= 0) {
            int segment = new int[] {Operands.ES, Operands.DS, 4, 5}[random.nextInt(4)];
            out.add((size == mode.bits / 8 ? "" : size == 2 ? "o16 " : "o32 ") + "pop " + Operands.SEGMENTS[segment]);
            ops.selectors[segment] = top[1];
        } else if (choice == 1 && stack.size() >= 8 && stack.stream().limit(8).allMatch(e -> e[0] == size)) {
            out.add(size == 2 ? "popa" : "popad");
            for (int i = 0; i < 7; i++) {
                stack.pop();
                stackBytes -= size;
            }
        } else if (choice == 2) {
            out.add("pop " + memory(size));
        } else {
            out.add("pop " + arithmetic.reg(size));
        }
        stack.pop();
        stackBytes -= size;
    }

    /** POPF of a value with random arithmetic flags, DF and AC: TF and IF stay clear. */
    private void popFlags() {
        int size = mode.bits / 8;
        int value = 0x2 | (random.nextInt() & (ALL | 0x400)) | (size == 4 && random.nextBoolean() ? 0x40000 : 0);
        out.add("push " + Operands.sizeWord(size) + " " + Operands.hex(value));
        out.add(size == 2 ? "popf" : "popfd");
        direction = (value & 0x400) != 0;
        flags.after(ALL, 0);
    }

    private String label() {
        return ".L" + labels++;
    }

    /** Jcc or JCXZ over a few simple instructions: afterwards a flag is undefined if it is on either path. */
    private void branch() {
        String target = label();
        int condition = random.nextInt(16);
        if (random.nextInt(6) == 0) {
            out.add((mode == Mode.REAL ? "jcxz " : "jecxz ") + target);
        } else {
            if (flags.anyUndefined(UndefinedFlags.readBy(condition))) {
                arithmetic.defineAll();
            }
            String[] cc = {"o", "no", "b", "ae", "e", "ne", "be", "a", "s", "ns", "p", "np", "l", "ge", "le", "g"};
            out.add("j" + cc[condition] + " " + target);
        }
        int skipped = flags.now();
        simpleBlock(false);
        flags.merge(skipped);
        out.add(target + ":");
    }

    /** LOOP over a short body, one to four times. */
    private void loop() {
        String top = label();
        out.add("mov " + (mode == Mode.REAL ? "cx, " : "ecx, ") + (1 + random.nextInt(4)));
        out.add(top + ":");
        simpleBlock(true);
        out.add("loop " + top);
    }

    private void simpleBlock(boolean keepCounter) {
        arithmetic.simple = keepCounter;
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            switch (random.nextInt(4)) {
                case 0, 1 -> arithmetic.alu();
                case 2 -> arithmetic.unary();
                default -> arithmetic.shift();
            }
        }
        arithmetic.simple = false;
    }

    /** CALL to a subroutine and RET (near), or CALL to the next instruction and POP of its address. */
    private void callAndReturn() {
        String sub = label();
        if (random.nextBoolean()) {
            out.add("call " + sub);
            out.add(sub + ":");
            out.add("pop " + arithmetic.reg(mode.bits / 8));
            return;
        }
        String after = label();
        out.add("call " + sub);
        out.add("jmp " + after);
        out.add(sub + ":");
        int before = flags.now();
        simpleBlock(false);
        out.add("ret");
        flags.merge(before);
        out.add(after + ":");
    }

    private void flagInstruction() {
        switch (random.nextInt(6)) {
            case 0 -> {
                out.add("clc");
                flags.after(CF, 0);
            }
            case 1 -> {
                out.add("stc");
                flags.after(CF, 0);
            }
            case 2 -> {
                if (flags.anyUndefined(CF)) {
                    arithmetic.defineAll();
                }
                out.add("cmc");
            }
            case 3 -> {
                out.add("cld");
                direction = false;
            }
            case 4 -> {
                out.add("std");
                direction = true;
            }
            default -> popFlags();
        }
    }

    /** MOVS, STOS or LODS with a count of zero to six, forwards or backwards as DF says. */
    private void strings() {
        if (mode.base(ops.selectors[Operands.ES]) < 0 || mode.base(ops.selectors[Operands.DS]) < 0) {
            segmentLoad();
            return;
        }
        int size = arithmetic.size();
        String suffix = size == 1 ? "b" : size == 2 ? "w" : "d";
        int count = random.nextInt(7);
        int source = Mode.VARS + 0x300 + random.nextInt(0x200);
        int destination = Mode.VARS + 0x300 + random.nextInt(0x200);
        String wide = mode == Mode.REAL ? "" : "e";
        out.add("mov " + wide + "si, " + Operands.hex(source - mode.base(ops.selectors[Operands.DS])));
        out.add("mov " + wide + "di, " + Operands.hex(destination - mode.base(ops.selectors[Operands.ES])));
        out.add("mov " + wide + "cx, " + count);
        out.add(switch (random.nextInt(3)) {
            case 0 -> "rep movs" + suffix;
            case 1 -> "rep stos" + suffix;
            default -> "lods" + suffix;
        });
    }

    /** A data segment register gets another usable selector, or (protected mode, rarely) a null or code one. */
    private void segmentLoad() {
        int segment = new int[] {Operands.ES, Operands.DS, 4, 5}[random.nextInt(4)];
        int selector;
        if (mode == Mode.REAL) {
            selector = random.nextBoolean() ? mode.mainSelector : mode.otherSelector;
        } else {
            selector = new int[] {0x10, 0x18, 0x10, 0x18, 0x00, 0x08}[random.nextInt(6)];
        }
        String via = arithmetic.reg(2);
        out.add("mov " + via + ", " + Operands.hex(selector));
        out.add("mov " + Operands.SEGMENTS[segment] + ", " + via);
        ops.selectors[segment] = selector;
        if (random.nextBoolean()) {
            out.add("mov " + arithmetic.reg(2) + ", " + Operands.SEGMENTS[new int[] {0, 2, 3, 4, 5}[random.nextInt(5)]]);
        }
    }
}
