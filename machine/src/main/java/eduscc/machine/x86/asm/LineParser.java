package eduscc.machine.x86.asm;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a program into {@link Statement}s. Everything that does not depend on a label's value
 * is decided here, once: unknown mnemonics and malformed lines fail before the first pass.
 *
 * <p>A label needs its colon ({@code start:}); NASM also accepts a bare name with a warning, but
 * in a teaching kit a misspelt mnemonic should be an error, not a new label.
 */
final class LineParser {
    static final Set<String> DIRECTIVES = Set.of("bits", "org", "align", "section", "resb", "resw",
            "resd", "resq");
    static final Set<String> DATA = Set.of("db", "dw", "dd", "dq");
    static final Set<String> PREFIXES = Set.of("lock", "rep", "repe", "repz", "repne", "repnz",
            "o16", "o32", "a16", "a32");

    private LineParser() {
    }

    static List<Statement> parse(List<SourceLine> lines) {
        List<Statement> statements = new ArrayList<>();
        for (SourceLine line : lines) {
            SourcePosition position = line.position();
            int index = statements.size();
            try {
                statements.add(line.includeDirective()
                        ? new Statement(position, index, line.text(), line.included(), null, Statement.Kind.EMPTY,
                                null, null, List.of(), List.of())
                        : parseLine(position, index, line));
            } catch (AssemblyException e) {
                throw e;
            } catch (RuntimeException e) {
                throw position.error("internal assembler error: " + e);
            }
        }
        return statements;
    }

    private static Statement parseLine(SourcePosition position, int index, SourceLine source) {
        String line = source.text();
        boolean included = source.included();
        List<Token> tokens = Lexer.tokenize(position, line);
        if (tokens.size() >= 3 && tokens.get(0).is("[") && tokens.get(tokens.size() - 1).is("]")
                && tokens.get(1).isName() && DIRECTIVES.contains(tokens.get(1).lower())) {
            tokens = tokens.subList(1, tokens.size() - 1);
        }
        TokenCursor in = new TokenCursor(position, tokens);
        String label = null;
        if (tokens.size() >= 2 && tokens.get(0).isName() && tokens.get(1).is(":")) {
            label = checkedName(in, tokens.get(0));
            in.next();
            in.next();
        } else if (tokens.size() >= 2 && tokens.get(0).isName() && tokens.get(1).isWord("equ")) {
            label = checkedName(in, tokens.get(0));
            in.next();
        }
        if (in.acceptWord("equ")) {
            if (label == null) {
                throw in.error("equ needs a name before it");
            }
            if (in.atEnd()) {
                throw in.error("equ needs a value");
            }
            return new Statement(position, index, line, included, label, Statement.Kind.EQU, "equ", null, List.of(),
                    List.of(tokens.subList(in.index(), tokens.size())));
        }
        if (in.atEnd()) {
            return new Statement(position, index, line, included, label, Statement.Kind.EMPTY, null, null, List.of(), List.of());
        }
        List<Token> count = null;
        if (in.acceptWord("times")) {
            int start = in.index();
            Expression.value(in, DryRun.SCOPE);
            count = tokens.subList(start, in.index());
        }
        List<String> prefixes = new ArrayList<>();
        while (in.peek() != null && in.peek().isName() && PREFIXES.contains(in.peek().lower())) {
            prefixes.add(in.next().lower());
        }
        Token word = in.atEnd() ? null : in.next();
        if (word == null) {
            throw in.error(count != null ? "times needs something to repeat" : "a prefix needs an instruction after it");
        }
        if (!word.isName()) {
            throw in.error("expected an instruction but found '" + word.shown() + "'");
        }
        String keyword = word.lower();
        Statement.Kind kind;
        if (DIRECTIVES.contains(keyword)) {
            if (count != null || !prefixes.isEmpty()) {
                throw in.error("'" + keyword + "' cannot be repeated or prefixed");
            }
            kind = Statement.Kind.DIRECTIVE;
        } else if (DATA.contains(keyword)) {
            if (!prefixes.isEmpty()) {
                throw in.error("data cannot take the prefix '" + prefixes.get(0) + "'");
            }
            kind = Statement.Kind.DATA;
        } else if (InstructionSet.knows(keyword)) {
            kind = Statement.Kind.INSTRUCTION;
        } else {
            throw in.error("unknown instruction '" + word.text() + "'");
        }
        List<List<Token>> operands = splitOperands(in, tokens.subList(in.index(), tokens.size()));
        return new Statement(position, index, line, included, label, kind, keyword, count, List.copyOf(prefixes), operands);
    }

    private static String checkedName(TokenCursor in, Token name) {
        if (Register.named(name.text()) != null) {
            throw in.error("'" + name.text() + "' is a register and cannot be a label");
        }
        return name.text();
    }

    /** Commas inside brackets or parentheses belong to the operand, not between operands. */
    private static List<List<Token>> splitOperands(TokenCursor in, List<Token> rest) {
        List<List<Token>> operands = new ArrayList<>();
        if (rest.isEmpty()) {
            return operands;
        }
        int depth = 0;
        int start = 0;
        for (int i = 0; i <= rest.size(); i++) {
            Token t = i < rest.size() ? rest.get(i) : null;
            if (t != null && (t.is("[") || t.is("("))) {
                depth++;
            } else if (t != null && (t.is("]") || t.is(")"))) {
                depth--;
            } else if (t == null || (t.is(",") && depth == 0)) {
                if (i == start) {
                    throw in.error("missing operand");
                }
                operands.add(List.copyOf(rest.subList(start, i)));
                start = i + 1;
            }
        }
        return operands;
    }

    /** A scope in which nothing is known, used only to find where a {@code times} count ends. */
    private static final class DryRun implements Expression.Scope {
        static final DryRun SCOPE = new DryRun();

        @Override
        public Value symbol(String name, TokenCursor at) {
            return Value.UNKNOWN;
        }

        @Override
        public long here() {
            return 0;
        }

        @Override
        public long sectionStart() {
            return 0;
        }

        @Override
        public void problem(String message) {
        }
    }
}
