package eduscc.machine.x86.asm;

import java.util.List;
import java.util.Locale;

/**
 * Turns the tokens of one operand into an {@link Operand}: size keywords ({@code byte},
 * {@code word}, {@code dword}, each optionally followed by {@code ptr}), distance keywords
 * ({@code short}, {@code near}, {@code far}), a segment override written as {@code es:[...]} or
 * {@code [es:...]}, and then a register, a memory reference, an immediate or a far pointer.
 */
final class OperandParser {
    private OperandParser() {
    }

    static Operand parse(SourcePosition position, List<Token> tokens, Expression.Scope scope) {
        TokenCursor in = new TokenCursor(position, tokens);
        int size = 0;
        Operand.Distance distance = Operand.Distance.UNSPECIFIED;
        while (true) {
            int keywordSize = sizeKeyword(in.peek());
            Operand.Distance keywordDistance = distanceKeyword(in.peek());
            if (keywordSize != 0) {
                if (size != 0) {
                    throw in.error("an operand can have only one size keyword");
                }
                size = keywordSize;
                in.next();
                in.acceptWord("ptr");
            } else if (keywordDistance != null) {
                distance = keywordDistance;
                in.next();
            } else {
                break;
            }
        }
        Operand operand = operand(in, scope, size, distance);
        in.expectEnd();
        return operand;
    }

    private static Operand operand(TokenCursor in, Expression.Scope scope, int size, Operand.Distance distance) {
        if (in.nextIs("[")) {
            return AddressParser.parse(in, scope, size, null, distance);
        }
        Token first = in.peek();
        Register register = first != null && first.isName() ? Register.named(first.text()) : null;
        if (register != null && register.kind == Register.Kind.SEGMENT && in.peek(1) != null && in.peek(1).is(":")) {
            in.next();
            in.next();
            if (!in.nextIs("[")) {
                throw in.error("a segment override must be followed by a memory operand in brackets");
            }
            return AddressParser.parse(in, scope, size, register, distance);
        }
        if (register != null && in.peek(1) != null && in.peek(1).kind() != Token.Kind.PUNCTUATION) {
            in.next();
            throw in.error("unexpected '" + in.peek().shown() + "'");
        }
        if (register != null && in.peek(1) == null) {
            in.next();
            if (size != 0 && size != register.bits) {
                throw in.error("size keyword does not match register '" + register.lower() + "'");
            }
            if (distance == Operand.Distance.FAR || distance == Operand.Distance.SHORT) {
                throw in.error("a register cannot be a " + distance.name().toLowerCase(Locale.ROOT) + " target");
            }
            return new Operand.Reg(register);
        }
        Value value = Expression.value(in, scope);
        if (in.accept(":")) {
            Value offset = Expression.value(in, scope);
            return new Operand.FarPointer(value, offset, size);
        }
        return new Operand.Imm(value, size, distance);
    }

    static int sizeKeyword(Token t) {
        if (t == null || !t.isName()) {
            return 0;
        }
        return switch (t.lower()) {
            case "byte" -> 8;
            case "word" -> 16;
            case "dword" -> 32;
            default -> 0;
        };
    }

    private static Operand.Distance distanceKeyword(Token t) {
        if (t == null || !t.isName()) {
            return null;
        }
        return switch (t.lower()) {
            case "short" -> Operand.Distance.SHORT;
            case "near" -> Operand.Distance.NEAR;
            case "far" -> Operand.Distance.FAR;
            default -> null;
        };
    }
}
