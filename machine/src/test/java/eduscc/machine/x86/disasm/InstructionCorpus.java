package eduscc.machine.x86.disasm;

import static eduscc.machine.x86.disasm.RandomOperands.keyword;
import static eduscc.machine.x86.disasm.RandomOperands.register;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Every form of every instruction the kit's assembler knows, as source lines for one {@code bits}
 * mode: all register combinations where there are few enough, random memory operands and
 * immediates (seeded with {@code Random(7)}) where there are not, and the prefix words a student
 * may write ({@code lock}, {@code rep}, {@code o32}, {@code a32}).
 */
final class InstructionCorpus {
    private static final String[] ALU = {"add", "or", "adc", "sbb", "and", "sub", "xor", "cmp"};
    private static final String[] UNARY = {"inc", "dec", "not", "neg", "mul", "imul", "div", "idiv"};
    private static final String[] SHIFTS = {"rol", "ror", "rcl", "rcr", "shl", "sal", "shr", "sar"};
    private static final String[] BIT_TESTS = {"bt", "bts", "btr", "btc"};
    private static final String[] JCC = {"jo", "jno", "jb", "jc", "jnae", "jae", "jnb", "jnc", "je", "jz", "jne",
        "jnz", "jbe", "jna", "ja", "jnbe", "js", "jns", "jp", "jpe", "jnp", "jpo", "jl", "jnge", "jge", "jnl", "jle",
        "jng", "jg", "jnle"};
    private static final String[] LOOPS = {"loop", "loope", "loopz", "loopne", "loopnz", "jcxz", "jecxz"};
    private static final String[] FIXED = {"cli", "sti", "cld", "std", "clc", "stc", "cmc", "hlt", "nop", "lahf",
        "sahf", "leave", "clts", "invd", "wbinvd", "ud2", "wrmsr", "rdtsc", "rdmsr", "cpuid", "cl1invmb", "cbw", "cwde",
        "cwd", "cdq", "int3", "into", "iret", "iretw", "iretd", "ret", "retn", "retf", "pusha", "popa", "pushad",
        "popad", "pushf", "popf", "pushfd", "popfd"};
    private static final String[] STRINGS = {"movs", "cmps", "stos", "lods", "scas", "ins", "outs"};
    private static final String[] LOCKABLE = {"add", "or", "adc", "sbb", "and", "sub", "xor"};
    private static final int[] SIZES = {1, 2, 4};

    private final RandomOperands r;
    private final int bits;
    /** The prefix words that change the operand and address size away from the mode's. */
    private final String otherOperand;
    private final String otherAddress;
    private final List<String> lines = new ArrayList<>();

    private InstructionCorpus(int bits) {
        this.r = new RandomOperands(new Random(7), bits);
        this.bits = bits;
        this.otherOperand = bits == 16 ? "o32 " : "o16 ";
        this.otherAddress = bits == 16 ? "a32 " : "a16 ";
    }

    static List<String> lines(int bits) {
        InstructionCorpus corpus = new InstructionCorpus(bits);
        corpus.arithmetic();
        corpus.shiftsAndBits();
        corpus.moves();
        corpus.stack();
        corpus.branches();
        corpus.system();
        corpus.stringsAndPorts();
        corpus.prefixWords();
        corpus.libraryInstructions();
        return corpus.lines;
    }

    private void add(String line) {
        lines.add(line);
    }

    private void arithmetic() {
        for (String op : ALU) {
            for (int size : SIZES) {
                allRegisterPairs(op, size);
                for (int code = 0; code < 8; code++) {
                    add(op + " " + register(size, code) + ", " + r.memory());
                    add(op + " " + r.memory() + ", " + register(size, code));
                    add(op + " " + register(size, code) + ", " + r.immediate(size));
                }
                add(op + " " + keyword(size) + " " + r.memory() + ", " + r.immediate(size));
            }
        }
        for (int size : SIZES) {
            allRegisterPairs("test", size);
            add("test " + r.memory() + ", " + r.register(size));
            add("test " + r.register(size) + ", " + r.memory());
            add("test " + keyword(size) + " " + r.memory() + ", " + r.immediate(size));
            for (int code = 0; code < 8; code++) {
                add("test " + register(size, code) + ", " + r.immediate(size));
                for (String op : UNARY) {
                    add(op + " " + register(size, code));
                }
            }
            for (String op : UNARY) {
                add(op + " " + keyword(size) + " " + r.memory());
            }
        }
        for (int size = 2; size <= 4; size += 2) {
            for (int code = 0; code < 8; code++) {
                add("imul " + register(size, code) + ", " + r.register(size));
                add("imul " + register(size, code) + ", " + r.memory());
                add("imul " + register(size, code) + ", " + r.memory() + ", " + r.immediate(size));
                add("imul " + register(size, code) + ", " + r.register(size) + ", " + r.immediate(size));
                add("imul " + register(size, code) + ", " + r.immediate(size));
            }
        }
    }

    private void allRegisterPairs(String op, int size) {
        for (int a = 0; a < 8; a++) {
            for (int b = 0; b < 8; b++) {
                add(op + " " + register(size, a) + ", " + register(size, b));
            }
        }
    }

    private void shiftsAndBits() {
        for (String op : SHIFTS) {
            for (int size : SIZES) {
                for (int code = 0; code < 8; code++) {
                    add(op + " " + register(size, code) + ", 1");
                    add(op + " " + register(size, code) + ", cl");
                    add(op + " " + register(size, code) + ", " + (2 + r.nextInt(254)));
                }
                add(op + " " + keyword(size) + " " + r.memory() + ", " + (r.nextInt(2) == 0 ? "1" : "cl"));
                add(op + " " + keyword(size) + " " + r.memory() + ", 0x" + Integer.toHexString(2 + r.nextInt(30)));
            }
        }
        for (int size = 2; size <= 4; size += 2) {
            for (String op : BIT_TESTS) {
                for (int code = 0; code < 8; code++) {
                    add(op + " " + register(size, code) + ", " + r.register(size));
                    add(op + " " + register(size, code) + ", " + r.nextInt(256));
                }
                add(op + " " + r.memory() + ", " + r.register(size));
                add(op + " " + keyword(size) + " " + r.memory() + ", " + r.nextInt(256));
            }
            for (int code = 0; code < 8; code++) {
                add("bsf " + register(size, code) + ", " + r.register(size));
                add("bsr " + register(size, code) + ", " + r.memory());
            }
        }
    }

    private void moves() {
        for (int size : SIZES) {
            allRegisterPairs("mov", size);
            allRegisterPairs("xchg", size);
            for (int code = 0; code < 8; code++) {
                add("mov " + register(size, code) + ", " + r.memory());
                add("mov " + r.memory() + ", " + register(size, code));
                add("mov " + register(size, code) + ", " + r.immediate(size));
                add("xchg " + register(size, code) + ", " + r.memory());
                add("xchg " + r.memory() + ", " + register(size, code));
            }
            add("mov " + keyword(size) + " " + r.memory() + ", " + r.immediate(size));
            add("mov " + register(size, 0) + ", [0x" + Integer.toHexString(r.nextInt(0x10000)) + "]");
            add("mov [cs:0x" + Integer.toHexString(r.nextInt(0x10000)) + "], " + register(size, 0));
            add("mov " + register(size, 0) + ", [" + (bits == 16 ? "dword 0x12345678]" : "word 0x1234]"));
            add("mov [" + (bits == 16 ? "dword es:0x87654321], " : "word fs:0x4321], ") + register(size, 0));
        }
        for (String segment : RandomOperands.SEGMENTS) {
            if (!segment.equals("cs")) {
                add("mov " + segment + ", " + r.register(2));
                add("mov " + segment + ", " + r.register(4));
                add("mov " + segment + ", " + r.memory());
            }
            add("mov " + r.register(2) + ", " + segment);
            add("mov " + r.register(4) + ", " + segment);
            add("mov " + r.memory() + ", " + segment);
        }
        for (String control : new String[] {"cr0", "cr2", "cr3", "cr4"}) {
            for (int code = 0; code < 8; code++) {
                add("mov " + control + ", " + register(4, code));
                add("mov " + register(4, code) + ", " + control);
            }
        }
        for (String op : new String[] {"movzx", "movsx"}) {
            for (int code = 0; code < 8; code++) {
                add(op + " " + register(2, code) + ", " + r.register(1));
                add(op + " " + register(4, code) + ", " + r.register(1));
                add(op + " " + register(4, code) + ", " + r.register(2));
                add(op + " " + register(2, code) + ", byte " + r.memory());
                add(op + " " + register(4, code) + ", " + keyword(1 + r.nextInt(2)) + " " + r.memory());
            }
        }
        for (int code = 0; code < 8; code++) {
            add("lea " + register(2, code) + ", " + r.memory());
            add("lea " + register(4, code) + ", " + r.memory());
        }
    }

    private void stack() {
        for (int code = 0; code < 8; code++) {
            add("push " + register(2, code));
            add("push " + register(4, code));
            add("pop " + register(2, code));
            add("pop " + register(4, code));
        }
        for (int size = 2; size <= 4; size += 2) {
            add("push " + keyword(size) + " " + r.memory());
            add("pop " + keyword(size) + " " + r.memory());
            add("push " + keyword(size) + " " + r.immediate(size));
            add("push " + keyword(size) + " " + r.immediate(size));
        }
        add("push " + r.immediate(bits / 8));
        add("push 0x12");
        for (String segment : RandomOperands.SEGMENTS) {
            add("push " + segment);
            if (!segment.equals("cs")) {
                add("pop " + segment);
            }
        }
    }

    private void branches() {
        for (String jcc : JCC) {
            add(jcc + " short " + r.shortTarget());
            add(jcc + " near " + r.nearTarget());
            add(jcc + " " + (r.nextInt(2) == 0 ? r.shortTarget() : r.nearTarget()));
        }
        for (int i = 0; i < 10; i++) {
            add("jmp short " + r.shortTarget());
            add("jmp near " + r.nearTarget());
            add("jmp " + r.shortTarget());
            add("call " + r.nearTarget());
        }
        String other = bits == 16 ? "dword " : "word ";
        add("jmp " + other + r.nearTarget());
        add("call " + other + r.nearTarget());
        for (String loop : LOOPS) {
            add(loop + " " + r.shortTarget());
        }
        add(otherAddress + "loop " + r.shortTarget());
        add(otherOperand + "jmp short " + r.shortTarget());
        add(otherOperand + "jz short " + r.shortTarget());
        add("jmp 0x8:0x" + Integer.toHexString(r.nextInt(0x10000)));
        add("call 0x10:0x" + Integer.toHexString(r.nextInt(0x10000)));
        add("jmp " + other + "0x18:0x" + Integer.toHexString(r.nextInt(0x10000)));
        add("call " + other + "0x20:0x" + Integer.toHexString(r.nextInt(0x10000)));
        for (int code = 0; code < 8; code++) {
            add("jmp " + register(bits / 8, code));
            add("call " + register(6 - bits / 8, code));
        }
        for (String op : new String[] {"jmp", "call"}) {
            add(op + " " + r.memory());
            add(op + " " + other + r.memory());
            add(op + " far " + r.memory());
            add(op + " far " + other + r.memory());
        }
        add("ret 0x10");
        add("retf 0x" + Integer.toHexString(r.nextInt(0x10000)));
        add("int 0x21");
        add("int 3");
    }

    private void system() {
        for (String op : new String[] {"lgdt", "lidt", "sgdt", "sidt", "invlpg"}) {
            add(op + " " + r.memory());
            add(otherOperand + op + " " + r.memory());
        }
        for (String op : new String[] {"sldt", "str", "smsw"}) {
            add(op + " " + r.register(2));
            add(op + " " + r.register(4));
            add(op + " " + r.memory());
            add(otherOperand + op + " " + r.memory());
        }
        for (String op : new String[] {"lldt", "ltr", "lmsw"}) {
            add(op + " " + r.register(2));
            add(op + " " + r.memory());
        }
        for (String op : FIXED) {
            add(op);
        }
    }

    private void stringsAndPorts() {
        String[] repeats = {"", "rep ", "repe ", "repne "};
        for (String op : STRINGS) {
            for (String suffix : new String[] {"b", "w", "d"}) {
                add(repeats[r.nextInt(4)] + op + suffix);
                add(otherAddress + op + suffix);
            }
        }
        for (int size : SIZES) {
            String accumulator = register(size, 0);
            add("in " + accumulator + ", 0x" + Integer.toHexString(r.nextInt(256)));
            add("in " + accumulator + ", dx");
            add("out 0x" + Integer.toHexString(r.nextInt(256)) + ", " + accumulator);
            add("out dx, " + accumulator);
        }
    }

    /** LOCK on each read-modify-write of memory, and size words on forms whose operands cannot show the size. */
    private void prefixWords() {
        for (String op : LOCKABLE) {
            add("lock " + op + " " + r.memory() + ", " + r.register(1 << r.nextInt(3)));
            int size = 1 << r.nextInt(3);
            add("lock " + op + " " + keyword(size) + " " + r.memory() + ", " + r.immediate(size));
        }
        for (String op : new String[] {"inc", "dec", "not", "neg"}) {
            add("lock " + op + " " + keyword(1 << r.nextInt(3)) + " " + r.memory());
        }
        add("lock xchg " + r.memory() + ", " + r.register(2));
        add("lock bts " + r.memory() + ", " + r.register(4));
        add("lock btc word " + r.memory() + ", 0x7");
        for (String line : new String[] {"push es", "pop ds", "ret", "retf", "ret 0x4", "nop", "int 0x80", "leave",
            "pusha", "popf", "mov ds, ax", "mov [bx], ds", "add al, bl", "in al, dx", "mov eax, cr0", "lgdt [bx]",
            "smsw [si]", "lldt ax", "movsb"}) {
            add(otherOperand + line);
        }
        add(otherAddress + "add ax, bx");
        add(otherAddress + "nop");
        add("rep nop");
        add("repne stosd");
    }

    /**
     * What a C library and its start-up code need beyond the boot subset: SETcc, XADD, CMPXCHG,
     * CMPXCHG8B, BSWAP, SHLD/SHRD, ENTER, XLAT, the far-pointer loads and BOUND, the decimal
     * adjustments, and the selector checks LAR, LSL, VERR, VERW, ARPL.
     */
    private void libraryInstructions() {
        for (String jcc : JCC) {
            String set = "set" + jcc.substring(1);
            add(set + " " + r.register(1));
            add(set + " " + r.memory());
        }
        for (String op : new String[] {"xadd", "cmpxchg"}) {
            for (int size : SIZES) {
                for (int code = 0; code < 8; code++) {
                    add(op + " " + register(size, code) + ", " + r.register(size));
                }
                add(op + " " + r.memory() + ", " + r.register(size));
                add("lock " + op + " " + r.memory() + ", " + r.register(size));
            }
        }
        add("cmpxchg8b " + r.memory());
        add("lock cmpxchg8b " + r.memory());
        for (int code = 0; code < 8; code++) {
            add("bswap " + register(4, code));
            add("bswap " + register(2, code));
        }
        for (String op : new String[] {"shld", "shrd"}) {
            for (int size = 2; size <= 4; size += 2) {
                for (int code = 0; code < 8; code++) {
                    add(op + " " + register(size, code) + ", " + r.register(size) + ", " + r.nextInt(32));
                    add(op + " " + register(size, code) + ", " + r.register(size) + ", cl");
                }
                add(op + " " + r.memory() + ", " + r.register(size) + ", 0x" + Integer.toHexString(r.nextInt(32)));
                add(op + " " + r.memory() + ", " + r.register(size) + ", cl");
            }
        }
        add("enter 0x10, 0x0");
        add("enter 0x" + Integer.toHexString(r.nextInt(0x10000)) + ", 0x" + Integer.toHexString(r.nextInt(32)));
        add(otherOperand + "enter 0x8, 0x1");
        add("xlatb");
        add(otherAddress + "xlatb");
        for (String op : new String[] {"daa", "das", "aaa", "aas", "aam", "aad"}) {
            add(op);
        }
        add("aam 0x10");
        add("aad 0x7");
        for (String op : new String[] {"lar", "lsl"}) {
            for (int code = 0; code < 8; code++) {
                add(op + " " + register(2, code) + ", " + r.register(2));
                add(op + " " + register(4, code) + ", " + r.register(2));
                add(op + " " + register(4, code) + ", " + r.memory());
            }
        }
        for (String op : new String[] {"verr", "verw"}) {
            add(op + " " + r.register(2));
            add(op + " " + r.memory());
        }
        for (int code = 0; code < 8; code++) {
            add("arpl " + register(2, code) + ", " + r.register(2));
            add("arpl " + r.memory() + ", " + register(2, code));
        }
        for (String op : new String[] {"lds", "les", "lss", "lfs", "lgs", "bound"}) {
            for (int size = 2; size <= 4; size += 2) {
                for (int code = 0; code < 8; code++) {
                    add(op + " " + register(size, code) + ", " + r.memory());
                }
            }
        }
    }
}
