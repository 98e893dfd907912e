package eduscc.machine.x86.asm;

import java.util.List;

/**
 * A reading position in the tokens of one operand or expression. Parsers share it so that each
 * can stop where its own grammar ends and hand the rest on, which is how {@code times 510-($-$$)
 * db 0} finds where the count ends and the repeated instruction begins.
 */
final class TokenCursor {
    private final SourcePosition position;
    private final List<Token> tokens;
    private int at;

    TokenCursor(SourcePosition position, List<Token> tokens) {
        this(position, tokens, 0);
    }

    TokenCursor(SourcePosition position, List<Token> tokens, int start) {
        this.position = position;
        this.tokens = tokens;
        this.at = start;
    }

    boolean atEnd() {
        return at >= tokens.size();
    }

    /** The next token, or {@code null} at the end, so callers can test without a separate check. */
    Token peek() {
        return atEnd() ? null : tokens.get(at);
    }

    Token peek(int ahead) {
        return at + ahead < tokens.size() ? tokens.get(at + ahead) : null;
    }

    Token next() {
        if (atEnd()) {
            throw error("unexpected end of line");
        }
        return tokens.get(at++);
    }

    boolean nextIs(String punctuation) {
        Token t = peek();
        return t != null && t.is(punctuation);
    }

    boolean nextIsWord(String word) {
        Token t = peek();
        return t != null && t.isWord(word);
    }

    /** Consumes the punctuation if it is next. */
    boolean accept(String punctuation) {
        if (nextIs(punctuation)) {
            at++;
            return true;
        }
        return false;
    }

    boolean acceptWord(String word) {
        if (nextIsWord(word)) {
            at++;
            return true;
        }
        return false;
    }

    void expect(String punctuation) {
        if (!accept(punctuation)) {
            throw error(atEnd() ? "missing '" + punctuation + "'"
                    : "expected '" + punctuation + "' but found '" + peek().shown() + "'");
        }
    }

    /** Fails unless everything has been read: leftovers mean the line says more than we understood. */
    void expectEnd() {
        if (!atEnd()) {
            throw error("unexpected '" + peek().shown() + "'");
        }
    }

    int index() {
        return at;
    }

    SourcePosition position() {
        return position;
    }

    AssemblyException error(String problem) {
        return position.error(problem);
    }
}
