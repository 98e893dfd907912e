package eduscc.machine.x86.asm;

import java.util.List;
import java.util.function.Consumer;

/**
 * Where an instruction is being assembled in the current pass: its line, the {@code bits} mode,
 * the address {@code $}, the symbols, and the line's size choices. Encoders learn everything
 * about their surroundings through this one object.
 *
 * <p>It distinguishes two kinds of trouble. {@link #error} is for mistakes in the shape of the
 * line ({@code mov [x], [y]}), which no later pass can fix, and is thrown at once.
 * {@link #problem} is for mistakes about values (a byte operand of 300, a short jump too far),
 * which may only be an artefact of a forward reference not yet settled; the assembler reports
 * them only if they are still there in the final pass.
 */
final class Site implements Expression.Scope {
    private final Statement statement;
    private final int bits;
    private final long lineStart;
    private final long address;
    private final long origin;
    private final String globalLabel;
    private final SymbolTable symbols;
    private final SizeChoices.Line choices;
    private final Consumer<AssemblyException> problems;

    Site(Statement statement, int bits, long lineStart, long address, long origin, String globalLabel,
         SymbolTable symbols, SizeChoices.Line choices, Consumer<AssemblyException> problems) {
        this.statement = statement;
        this.bits = bits;
        this.lineStart = lineStart;
        this.address = address;
        this.origin = origin;
        this.globalLabel = globalLabel;
        this.symbols = symbols;
        this.choices = choices;
        this.problems = problems;
    }

    /** The current {@code bits} mode: 16 or 32, the default operand and address size. */
    int bits() {
        return bits;
    }

    /**
     * {@code $}: the address of the start of the line. As in NASM, every repetition of a
     * {@code times} line sees the same {@code $}, so {@code times 4 dw $} repeats one address.
     */
    @Override
    public long here() {
        return lineStart;
    }

    /** The address of the instruction itself, which relative jumps are measured from. */
    long address() {
        return address;
    }

    @Override
    public long sectionStart() {
        return origin;
    }

    @Override
    public Value symbol(String name, TokenCursor at) {
        return symbols.lookup(qualify(name), at);
    }

    /** {@code .loop} after {@code memcpy:} is the label {@code memcpy.loop}, as in NASM. */
    String qualify(String name) {
        return name.startsWith(".") && globalLabel != null ? globalLabel + name : name;
    }

    @Override
    public void problem(String message) {
        problems.accept(error(message));
    }

    AssemblyException error(String message) {
        return statement.position().error(message);
    }

    SourcePosition position() {
        return statement.position();
    }

    /** See {@link SizeChoices.Line#choose}. */
    int choose(int needed) {
        return choices.choose(needed);
    }

    List<String> prefixes() {
        return statement.prefixes();
    }

    Operand operand(List<Token> tokens) {
        return OperandParser.parse(statement.position(), tokens, this);
    }

    Value value(List<Token> tokens) {
        TokenCursor in = new TokenCursor(statement.position(), tokens);
        Value value = Expression.value(in, this);
        in.expectEnd();
        return value;
    }

    Encoding encoding() {
        return new Encoding(this);
    }
}
