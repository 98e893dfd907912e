package eduscc.machine.x86.asm;

import java.util.Locale;

/**
 * One lexical unit of a source line: a name (mnemonic, register, keyword or label), a number, a
 * quoted string, or a punctuation mark such as {@code [}, {@code <<} or {@code $$}.
 *
 * <p>Names keep the spelling the student used because labels are case-sensitive; mnemonics,
 * registers and keywords are compared through {@link #isWord}, which ignores case.
 */
record Token(Kind kind, String text, long number) {

    enum Kind { NAME, NUMBER, STRING, PUNCTUATION }

    static Token name(String text) {
        return new Token(Kind.NAME, text, 0);
    }

    static Token number(String text, long value) {
        return new Token(Kind.NUMBER, text, value);
    }

    static Token string(String contents) {
        return new Token(Kind.STRING, contents, 0);
    }

    static Token punctuation(String text) {
        return new Token(Kind.PUNCTUATION, text, 0);
    }

    boolean is(String punctuation) {
        return kind == Kind.PUNCTUATION && text.equals(punctuation);
    }

    boolean isWord(String word) {
        return kind == Kind.NAME && text.equalsIgnoreCase(word);
    }

    boolean isName() {
        return kind == Kind.NAME;
    }

    /** The name in lower case, the form under which mnemonics and registers are looked up. */
    String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    /** How the token looked in the source, for error messages. */
    String shown() {
        return switch (kind) {
            case STRING -> text.indexOf('\'') < 0 ? "'" + text + "'" : "\"" + text + "\"";
            default -> text;
        };
    }
}
