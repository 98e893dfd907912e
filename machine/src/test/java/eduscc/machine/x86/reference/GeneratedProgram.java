package eduscc.machine.x86.reference;

import java.util.List;

/**
 * One generated test program: the registers and flags it starts with, its body (assembly
 * lines), and the arithmetic flags the SDM leaves undefined at its end ({@code undefinedAtEnd})
 * or at any point ({@code undefinedEver}, the mask used when it stops at a fault).
 */
record GeneratedProgram(Mode mode, long seed, int[] initialRegisters, int initialFlags, int fillSeed,
                        List<String> body, int undefinedAtEnd, int undefinedEver) {

    /** The body as numbered lines, for a failure message. */
    String listing() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < body.size(); i++) {
            s.append(String.format("  %3d  %s%n", i + 1, body.get(i)));
        }
        return s.toString();
    }
}
