package eduscc.machine.x86.reference;

import java.util.List;
import java.util.Random;

/**
 * Registers and memory operands for generated code. A memory operand always lands in the
 * program's scratch memory: the generator picks the address first, then an addressing form
 * (SDM Vol. 2 §2.1.5, Tables 2-1 and 2-2: base, index, scale, displacement, segment override),
 * and emits the MOVs that give base and index the values that add up to it, so every form's
 * arithmetic (and its 16-bit wraparound) is exercised without touching the driver's memory.
 */
final class Operands {
    static final String[] R32 = {"eax", "ecx", "edx", "ebx", "ebp", "esi", "edi"};
    static final String[] R16 = {"ax", "cx", "dx", "bx", "bp", "si", "di"};
    static final String[] R8 = {"al", "cl", "dl", "bl", "ah", "ch", "dh", "bh"};
    /** Data segment registers in SDM order ES, -, -, DS, FS, GS (CS and SS are never changed). */
    static final String[] SEGMENTS = {"es", "cs", "ss", "ds", "fs", "gs"};
    static final int ES = 0;
    static final int SS = 2;
    static final int DS = 3;

    private final Random random;
    private final Mode mode;
    /** The selector each segment register holds now (index as in {@link #SEGMENTS}). */
    final int[] selectors = new int[6];

    Operands(Random random, Mode mode) {
        this.random = random;
        this.mode = mode;
        selectors[ES] = mode.mainSelector;
        selectors[SS] = mode.mainSelector;
        selectors[DS] = mode.mainSelector;
        selectors[4] = mode.otherSelector;
        selectors[5] = mode.otherSelector;
    }

    String register(int size) {
        return switch (size) {
            case 1 -> R8[random.nextInt(8)];
            case 2 -> R16[random.nextInt(7)];
            default -> R32[random.nextInt(7)];
        };
    }

    static String sizeWord(int size) {
        return switch (size) {
            case 1 -> "byte";
            case 2 -> "word";
            default -> "dword";
        };
    }

    static String hex(long value) {
        return "0x" + Long.toHexString(value);
    }

    /** An immediate of the given size, often a small or boundary value where flags change. */
    String immediate(int size) {
        long mask = size == 4 ? 0xFFFFFFFFL : (1L << (8 * size)) - 1;
        long value = switch (random.nextInt(6)) {
            case 0 -> random.nextInt(4);
            case 1 -> mask;
            case 2 -> (mask >>> 1) + random.nextInt(2);
            default -> random.nextLong() & mask;
        };
        return hex(value & mask);
    }

    /** A linear address in the data part of scratch memory with room for {@code span} bytes. */
    int scratchAddress(int span) {
        return Mode.VARS + Mode.SCRATCH_START + random.nextInt(Mode.DATA_END - Mode.SCRATCH_START - span);
    }

    /** A segment register usable for data now, as an override or -1 for the default one. */
    private int pickSegment(boolean bpBased) {
        int defaultSegment = bpBased ? SS : DS;
        if (mode.base(selectors[defaultSegment]) >= 0 && random.nextInt(3) > 0) {
            return -1;
        }
        while (true) {
            int s = new int[] {ES, SS, DS, 4, 5}[random.nextInt(5)];
            if (mode.base(selectors[s]) >= 0) {
                return s;
            }
        }
    }

    /** A memory operand of {@code size} bytes at {@code linear}; the base/index set-up goes to {@code setup}. */
    String memoryAt(int linear, int size, List<String> setup, String... keep) {
        return sizeWord(size) + " " + addressAt(linear, setup, keep);
    }

    String memory(int size, List<String> setup, String... keep) {
        return memoryAt(scratchAddress(size), size, setup, keep);
    }

    /**
     * "[seg:base+index*scale+disp]" reaching {@code linear}, with the MOVs it needs added to
     * {@code setup}; the 32-bit registers in {@code keep} are not used, because the instruction
     * changes them between the set-up and the access (DIV's EDX, a shift's CL).
     */
    String addressAt(int linear, List<String> setup, String... keep) {
        return mode == Mode.REAL ? address16(linear, setup) : address32(linear, setup, List.of(keep));
    }

    private String addressRegister(List<String> keep) {
        while (true) {
            String r = R32[random.nextInt(7)];
            if (!keep.contains(r)) {
                return r;
            }
        }
    }

    private String address16(int linear, List<String> setup) {
        String base = new String[] {null, "bx", "bp"}[random.nextInt(3)];
        String index = new String[] {null, "si", "di"}[random.nextInt(3)];
        int segment = pickSegment("bp".equals(base));
        int effectiveSegment = segment >= 0 ? segment : "bp".equals(base) ? SS : DS;
        int offset = (linear - mode.base(selectors[effectiveSegment])) & 0xFFFF;
        StringBuilder a = new StringBuilder("[");
        if (segment >= 0) {
            a.append(SEGMENTS[segment]).append(':');
        }
        if (base == null && index == null) {
            return a.append(hex(offset)).append(']').toString();
        }
        int disp = switch (random.nextInt(3)) {
            case 0 -> 0;
            case 1 -> random.nextInt(256) - 128;
            default -> random.nextInt(0x10000);
        };
        int rest = offset - disp;
        if (index != null) {
            int indexValue = random.nextInt(0x10000);
            setup.add("mov " + index + ", " + hex(indexValue));
            rest -= indexValue;
        }
        if (base != null) {
            setup.add("mov " + base + ", " + hex(rest & 0xFFFF));
        } else {
            disp += rest;
        }
        a.append(base == null ? index : index == null ? base : base + "+" + index);
        return a.append(disp(disp & 0xFFFF, 16)).append(']').toString();
    }

    private String address32(int linear, List<String> setup, List<String> keep) {
        String base = random.nextInt(6) == 0 ? null : addressRegister(keep);
        String index = random.nextInt(3) == 0 ? null : addressRegister(keep);
        if (index != null && index.equals(base)) {
            index = null;
        }
        int scale = 1 << random.nextInt(4);
        int segment = pickSegment("ebp".equals(base));
        int effectiveSegment = segment >= 0 ? segment : "ebp".equals(base) ? SS : DS;
        int offset = linear - mode.base(selectors[effectiveSegment]);
        StringBuilder a = new StringBuilder("[");
        if (segment >= 0) {
            a.append(SEGMENTS[segment]).append(':');
        }
        int disp = switch (random.nextInt(3)) {
            case 0 -> 0;
            case 1 -> random.nextInt(256) - 128;
            default -> random.nextInt();
        };
        int rest = offset - disp;
        if (index != null) {
            int indexValue = random.nextBoolean() ? random.nextInt(0x100) : random.nextInt();
            setup.add("mov " + index + ", " + hex(indexValue & 0xFFFFFFFFL));
            rest -= indexValue * scale;
        }
        if (base != null) {
            setup.add("mov " + base + ", " + hex(rest & 0xFFFFFFFFL));
        } else {
            disp += rest;
        }
        String terms = base == null && index == null ? ""
            : base == null ? index + "*" + scale
            : index == null ? base
            : base + "+" + index + "*" + scale;
        if (terms.isEmpty()) {
            return a.append(hex(disp & 0xFFFFFFFFL)).append(']').toString();
        }
        return a.append(terms).append(disp(disp, 32)).append(']').toString();
    }

    private static String disp(int disp, int width) {
        long value = width == 16 ? disp & 0xFFFF : disp & 0xFFFFFFFFL;
        return value == 0 ? "" : "+" + hex(value);
    }
}
