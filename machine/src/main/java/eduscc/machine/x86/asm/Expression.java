package eduscc.machine.x86.asm;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongBinaryOperator;

/**
 * Reads and evaluates an assembly-time expression such as {@code 510-($-$$)} or
 * {@code (gdt_end - gdt) - 1}.
 *
 * <p>Precedence, loosest first, is that of C and NASM: {@code |}, {@code ^}, {@code &},
 * {@code << >>}, {@code + -}, {@code * / %}, then the unary {@code - + ~}. {@code /} and {@code %}
 * are unsigned and {@code >>} is a logical shift, as in NASM, so {@code 0xFFFFFFFF >> 4} is
 * 0x0FFFFFFF. {@code $} is the address of the current line and {@code $$} the origin.
 *
 * <p>Inside brackets an expression may also contain registers, added and scaled by constants:
 * {@code [ebx + ecx*4 + table]}. The result is then a {@link Linear} combination, which
 * {@link AddressParser} turns into base, index, scale and displacement; everywhere else a register
 * is an error.
 */
final class Expression {

    /** What names, {@code $} and {@code $$} mean at the line being assembled. */
    interface Scope {
        /** The value of a label or {@code equ} name; fails for a name that is nowhere defined. */
        Value symbol(String name, TokenCursor at);

        long here();

        long sectionStart();

        /** Reports a problem that may vanish once forward references settle (see {@link Site#problem}). */
        void problem(String message);
    }

    /** A constant plus registers with their multipliers, in the order they were written. */
    record Linear(Value constant, Map<Register, Long> registers) {
        static Linear of(Value value) {
            return new Linear(value, Map.of());
        }

        boolean hasRegisters() {
            return !registers.isEmpty();
        }
    }

    /** Deeper nesting than this is no longer a program a person wrote; stop before the stack does. */
    private static final int MAX_DEPTH = 200;

    private final TokenCursor in;
    private final Scope scope;
    private int depth;

    private Expression(TokenCursor in, Scope scope) {
        this.in = in;
        this.scope = scope;
    }

    /** Reads an expression that must be a plain number, stopping at the first token that cannot continue it. */
    static Value value(TokenCursor in, Scope scope) {
        Linear result = linear(in, scope);
        if (result.hasRegisters()) {
            throw in.error("register '" + result.registers().keySet().iterator().next().lower()
                    + "' cannot be used in an expression here");
        }
        return result.constant();
    }

    /** Reads an expression that may add registers, as the inside of a memory operand does. */
    static Linear linear(TokenCursor in, Scope scope) {
        return new Expression(in, scope).or();
    }

    private Linear or() {
        Linear left = xor();
        while (in.accept("|")) {
            left = plain(left, xor(), "|", (a, b) -> a | b);
        }
        return left;
    }

    private Linear xor() {
        Linear left = and();
        while (in.accept("^")) {
            left = plain(left, and(), "^", (a, b) -> a ^ b);
        }
        return left;
    }

    private Linear and() {
        Linear left = shift();
        while (in.accept("&")) {
            left = plain(left, shift(), "&", (a, b) -> a & b);
        }
        return left;
    }

    private Linear shift() {
        Linear left = sum();
        while (true) {
            if (in.accept("<<")) {
                left = plain(left, sum(), "<<", (a, b) -> b >= 64 || b < 0 ? 0 : a << b);
            } else if (in.accept(">>")) {
                left = plain(left, sum(), ">>", (a, b) -> b >= 64 || b < 0 ? 0 : a >>> b);
            } else {
                return left;
            }
        }
    }

    private Linear sum() {
        Linear left = product();
        while (true) {
            if (in.accept("+")) {
                left = add(left, product());
            } else if (in.accept("-")) {
                left = add(left, negate(product()));
            } else {
                return left;
            }
        }
    }

    private Linear product() {
        Linear left = unary();
        while (true) {
            if (in.accept("*")) {
                left = multiply(left, unary());
            } else if (in.accept("/")) {
                left = divide(left, unary(), "/", Long::divideUnsigned);
            } else if (in.accept("%")) {
                left = divide(left, unary(), "%", Long::remainderUnsigned);
            } else {
                return left;
            }
        }
    }

    private Linear unary() {
        if (++depth > MAX_DEPTH) {
            throw in.error("expression nested too deeply");
        }
        try {
            if (in.accept("-")) {
                return negate(unary());
            }
            if (in.accept("+")) {
                return unary();
            }
            if (in.accept("~")) {
                return plain(unary(), Linear.of(Value.of(0)), "~", (a, ignored) -> ~a);
            }
            return primary();
        } finally {
            depth--;
        }
    }

    private Linear primary() {
        if (in.atEnd()) {
            throw in.error("missing value at end of line");
        }
        Token t = in.next();
        switch (t.kind()) {
            case NUMBER:
                return Linear.of(Value.of(t.number()));
            case STRING:
                return Linear.of(Value.of(characterConstant(t)));
            case NAME:
                Register register = Register.named(t.text());
                if (register != null) {
                    return new Linear(Value.of(0), Map.of(register, 1L));
                }
                return Linear.of(scope.symbol(t.text(), in));
            default:
                break;
        }
        if (t.is("$")) {
            return Linear.of(Value.address(scope.here()));
        }
        if (t.is("$$")) {
            return Linear.of(Value.address(scope.sectionStart()));
        }
        if (t.is("(")) {
            Linear inner = or();
            in.expect(")");
            return inner;
        }
        throw in.error("expected a value but found '" + t.shown() + "'");
    }

    /** 'AB' is 0x4241: the first character is the lowest byte, the way it would sit in memory. */
    private long characterConstant(Token t) {
        byte[] bytes = t.text().getBytes(StandardCharsets.UTF_8);
        if (bytes.length > 8) {
            throw in.error("string " + t.shown() + " is too long to be a number");
        }
        long value = 0;
        for (int i = bytes.length - 1; i >= 0; i--) {
            value = (value << 8) | (bytes[i] & 0xFF);
        }
        return value;
    }

    private static Linear add(Linear a, Linear b) {
        Value x = a.constant();
        Value y = b.constant();
        Value sum = new Value(x.number() + y.number(), x.known() && y.known(), x.relocation() + y.relocation());
        Map<Register, Long> registers = new LinkedHashMap<>(a.registers());
        b.registers().forEach((r, k) -> registers.merge(r, k, Long::sum));
        registers.values().removeIf(k -> k == 0);
        return new Linear(sum, registers);
    }

    private static Linear negate(Linear a) {
        Value x = a.constant();
        Map<Register, Long> registers = new LinkedHashMap<>();
        a.registers().forEach((r, k) -> registers.put(r, -k));
        return new Linear(new Value(-x.number(), x.known(), -x.relocation()), registers);
    }

    /** A register may be scaled ({@code ecx*4}), but only by a number already known here. */
    private Linear multiply(Linear a, Linear b) {
        if (a.hasRegisters() && b.hasRegisters()) {
            throw in.error("registers cannot be multiplied by each other");
        }
        if (!a.hasRegisters() && !b.hasRegisters()) {
            return plain(a, b, "*", (x, y) -> x * y);
        }
        Linear scaled = a.hasRegisters() ? a : b;
        Value factor = (a.hasRegisters() ? b : a).constant();
        if (!factor.isConstant()) {
            throw in.error("a register can only be multiplied by a constant defined before this line");
        }
        long k = factor.number();
        Map<Register, Long> registers = new LinkedHashMap<>();
        scaled.registers().forEach((r, c) -> registers.put(r, c * k));
        registers.values().removeIf(c -> c == 0);
        Value x = scaled.constant();
        return new Linear(new Value(x.number() * k, x.known(), x.relocation() * (int) k), registers);
    }

    private Linear divide(Linear a, Linear b, String operator, LongBinaryOperator op) {
        Value divisor = b.constant();
        if (divisor.known() && divisor.number() == 0 && !b.hasRegisters()) {
            scope.problem("division by zero");
            return plain(a, Linear.of(Value.of(1)), operator, (x, y) -> 0);
        }
        return plain(a, b, operator, op);
    }

    /**
     * Operators other than + and - have no meaning for a register, and their result no longer
     * tracks a label's placement exactly; it is still marked as depending on it, so it is encoded
     * at full width.
     */
    private Linear plain(Linear a, Linear b, String operator, LongBinaryOperator op) {
        if (a.hasRegisters() || b.hasRegisters()) {
            throw in.error("'" + operator + "' cannot be applied to a register");
        }
        Value x = a.constant();
        Value y = b.constant();
        boolean known = x.known() && y.known();
        int relocation = x.relocatable() || y.relocatable() ? 1 : 0;
        return Linear.of(new Value(known ? op.applyAsLong(x.number(), y.number()) : 0, known, relocation));
    }
}
