package eduscc.machine.x86.asm;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cuts one source line into {@link Token}s and drops its comment.
 *
 * <p>Numbers follow NASM's spellings so that code copied from a boot loader or the SDM keeps its
 * meaning: {@code 31}, {@code 0x1F}, {@code 1Fh} (a hex number must start with a digit, which is
 * why {@code 0FFh} has its leading zero), {@code 0b101}, {@code 101b}, {@code 0o17}, {@code 17q};
 * underscores may group digits ({@code 0xFFFF_F000}). Strings take single or double quotes with no
 * escapes, again as NASM does.
 */
final class Lexer {
    private final SourcePosition position;
    private final String text;
    private int at;

    private Lexer(SourcePosition position, String text) {
        this.position = position;
        this.text = text;
    }

    static List<Token> tokenize(SourcePosition position, String line) {
        return new Lexer(position, line).run();
    }

    private List<Token> run() {
        List<Token> tokens = new ArrayList<>();
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == ';') {
                break;
            } else if (Character.isWhitespace(c)) {
                at++;
            } else if (isDigit(c)) {
                tokens.add(number());
            } else if (startsName(c)) {
                tokens.add(name());
            } else if (c == '\'' || c == '"') {
                tokens.add(string(c));
            } else {
                tokens.add(punctuation(c));
            }
        }
        return tokens;
    }

    private Token number() {
        int start = at;
        while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_')) {
            at++;
        }
        String spelled = text.substring(start, at);
        String digits = spelled.replace("_", "").toLowerCase(Locale.ROOT);
        try {
            return Token.number(spelled, parseNumber(digits));
        } catch (NumberFormatException e) {
            throw position.error("bad number '" + spelled + "'");
        }
    }

    /** Prefixes are tested before suffixes so that {@code 0b1h} stays hexadecimal only by its suffix. */
    private static long parseNumber(String s) {
        if (s.startsWith("0x")) {
            return Long.parseUnsignedLong(s.substring(2), 16);
        }
        if (s.endsWith("h")) {
            return Long.parseUnsignedLong(s.substring(0, s.length() - 1), 16);
        }
        if (s.startsWith("0b")) {
            return Long.parseUnsignedLong(s.substring(2), 2);
        }
        if (s.startsWith("0o")) {
            return Long.parseUnsignedLong(s.substring(2), 8);
        }
        if (s.endsWith("b")) {
            return Long.parseUnsignedLong(s.substring(0, s.length() - 1), 2);
        }
        if (s.endsWith("q") || s.endsWith("o")) {
            return Long.parseUnsignedLong(s.substring(0, s.length() - 1), 8);
        }
        if (s.endsWith("d")) {
            return Long.parseUnsignedLong(s.substring(0, s.length() - 1), 10);
        }
        return Long.parseUnsignedLong(s, 10);
    }

    private Token name() {
        int start = at;
        at++;
        while (at < text.length() && continuesName(text.charAt(at))) {
            at++;
        }
        return Token.name(text.substring(start, at));
    }

    private Token string(char quote) {
        int close = text.indexOf(quote, at + 1);
        if (close < 0) {
            throw position.error("unterminated string " + text.substring(at));
        }
        String contents = text.substring(at + 1, close);
        at = close + 1;
        return Token.string(contents);
    }

    private Token punctuation(char c) {
        String two = at + 1 < text.length() ? text.substring(at, at + 2) : "";
        if (two.equals("<<") || two.equals(">>") || two.equals("$$")) {
            at += 2;
            return Token.punctuation(two);
        }
        if ("+-*/%()[],:~&|^$".indexOf(c) >= 0) {
            at++;
            return Token.punctuation(String.valueOf(c));
        }
        throw position.error("unexpected character '" + c + "'");
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean startsName(char c) {
        return Character.isLetter(c) || c == '_' || c == '.' || c == '?' || c == '@';
    }

    private static boolean continuesName(char c) {
        return startsName(c) || isDigit(c) || c == '$' || c == '#';
    }
}
