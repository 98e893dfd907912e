package eduscc.machine.x86.asm;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The labels and {@code equ} names of one pass.
 *
 * <p>Lookups in the first pass see the names defined so far; a name further down is not known
 * yet, and the encoders assume the smallest form. From the second pass on, lookups answer from
 * the previous pass only, for names above and below alike, so that every size decision of a pass
 * is taken on one consistent layout (see {@link Assembler}); the values this pass defines become
 * the answers of the next. By then every name in the program has been seen once, so a name that
 * is still missing is a real mistake.
 */
final class SymbolTable {
    private final Map<String, Value> previous;
    private final Map<String, Value> values = new TreeMap<>();
    private final Map<String, SourcePosition> definitions = new HashMap<>();

    /** @param previous the values of the previous pass, or null in the first pass */
    SymbolTable(Map<String, Value> previous) {
        this.previous = previous;
    }

    void define(String name, Value value, SourcePosition at) {
        SourcePosition first = definitions.putIfAbsent(name, at);
        if (first != null) {
            String where = first.sourceName().equals(at.sourceName()) ? "on line " + first.line()
                    : "at " + first.sourceName() + ":" + first.line();
            throw at.error("duplicate label '" + name + "' (first defined " + where + ")");
        }
        values.put(name, value);
    }

    Value lookup(String name, TokenCursor at) {
        Value value = previous == null ? values.get(name) : previous.get(name);
        if (value != null) {
            return value;
        }
        if (previous == null) {
            return Value.UNKNOWN;
        }
        throw at.error("undefined label '" + name + "'");
    }

    /** Every name and its value, sorted by name so that two runs compare and print identically. */
    Map<String, Value> values() {
        return values;
    }

    SourcePosition definition(String name) {
        return definitions.get(name);
    }
}
