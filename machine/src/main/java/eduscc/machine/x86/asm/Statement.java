package eduscc.machine.x86.asm;

import java.util.List;

/**
 * One source line after parsing, before any value is computed: which label it defines, whether
 * it is an {@code equ}, a directive, data or an instruction, and the still-unevaluated tokens of
 * its operands. Values wait for the passes because a line may refer to labels further down.
 *
 * @param index     the statement's place in the whole program, includes expanded: 0, 1, 2, ...
 *                  (line numbers repeat once several files are included)
 * @param included  whether the line comes from an included file
 * @param label     the label defined on the line ({@code .local} names not yet qualified), or null;
 *                  for {@link Kind#EQU} the name being defined
 * @param keyword   the lower-case mnemonic or directive word, or null
 * @param count     the tokens of a {@code times} count, or null when the line does not repeat
 * @param prefixes  lower-case prefixes such as {@code rep} or {@code lock}, in source order
 * @param operands  the tokens of each comma-separated operand
 */
record Statement(SourcePosition position, int index, String source, boolean included, String label, Kind kind, String keyword,
                 List<Token> count, List<String> prefixes, List<List<Token>> operands) {

    enum Kind {
        /** Blank, comment only, a label alone, or {@code %include} (its lines follow it). */
        EMPTY,
        /** {@code NAME equ EXPR}. */
        EQU,
        /** {@code bits}, {@code org}, {@code align}, {@code section} or a reservation ({@code resb} ...). */
        DIRECTIVE,
        /** {@code db}, {@code dw}, {@code dd} or {@code dq}. */
        DATA,
        INSTRUCTION
    }

    int line() {
        return position.line();
    }
}
