package eduscc.machine.x86.asm;

import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The kit's x86 assembler: Intel syntax in the NASM style, flat binary or ELF32 output (see
 * {@link OutputFormat}), enough of the 16- and 32-bit instruction set for boot stubs, reset code,
 * small kernels and user programs.
 *
 * <p>It works in passes. The first pass places every line with forward references unknown,
 * assuming the short form of every jump and displacement whose size depends on them. Each
 * further pass evaluates everything in the layout of the pass before and lets a form grow where
 * its value turned out not to fit; forms never shrink, so the passes cannot oscillate (see
 * {@link SizeChoices}). When a pass lays out every line and label exactly as the one before and
 * nothing grew, its bytes are final: every value it used is the value it also produced.
 *
 * <p>Mistakes in a line's shape stop the assembly at once; mistakes about values (a jump out of
 * range, an immediate too large) are reported only if they survive into that final pass, because
 * in earlier passes they may be artefacts of labels not yet settled.
 */
public final class Assembler {
    /** Growth is monotone, so layouts settle in a few passes; the bound only catches runaway {@code times}. */
    static final int MAX_PASSES = 40;

    private Assembler() {
    }

    /**
     * Assembles {@code text} as a flat binary.
     *
     * @param sourceName the name used in messages and in the result, for example {@code reset.asm}
     * @throws AssemblyException for any mistake in the program, naming the source and line
     * @throws NullPointerException if either argument is null, which is a mistake of the caller, not the program
     */
    public static Assembly assemble(String sourceName, String text) {
        return assemble(sourceName, text, OutputFormat.FLAT_BINARY);
    }

    /**
     * Assembles {@code text} for {@code format}, which sets the {@code bits} mode and origin the
     * program starts in; {@link ElfWriter} turns an {@link OutputFormat#ELF32} result into a file.
     * The program may not use {@code %include}.
     *
     * @param sourceName the name used in messages and in the result, for example {@code reset.asm}
     * @throws AssemblyException for any mistake in the program, naming the source and line
     * @throws NullPointerException if either argument is null, which is a mistake of the caller, not the program
     */
    public static Assembly assemble(String sourceName, String text, OutputFormat format) {
        return assemble(sourceName, text, format, IncludePath.NONE);
    }

    /**
     * Assembles {@code text} for {@code format}, with {@code %include "NAME"} finding NAME in
     * {@code includes} (see {@link IncludeExpander}).
     *
     * @param sourceName the name used in messages and in the result, for example {@code hello.asm}
     * @throws AssemblyException for any mistake in the program or a file it includes, naming that file
     *                           and line; also for an include file that is missing or includes itself
     * @throws NullPointerException if an argument is null, which is a mistake of the caller, not the program
     */
    public static Assembly assemble(String sourceName, String text, OutputFormat format, IncludePath includes) {
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(includes, "includes");
        List<Statement> statements = LineParser.parse(IncludeExpander.expand(new SourceFile(sourceName, text), includes));
        SizeChoices choices = new SizeChoices();
        Pass previous = null;
        Pass pass = null;
        for (int n = 1; n <= MAX_PASSES; n++) {
            previous = pass;
            pass = new Pass(statements, previous, choices, format);
            pass.run();
            boolean grew = choices.grewSinceLastAsked();
            if (!grew && pass.sameLayoutAs(previous)) {
                return finish(sourceName, pass, format);
            }
        }
        throw unsettled(sourceName, pass, previous);
    }

    private static Assembly finish(String sourceName, Pass pass, OutputFormat format) {
        if (!pass.problems().isEmpty()) {
            throw pass.problems().get(0);
        }
        SymbolTable symbols = pass.symbols();
        TreeMap<String, Long> values = new TreeMap<>();
        symbols.values().forEach((name, value) -> {
            if (!value.known()) {
                throw symbols.definition(name).error("cannot work out the value of '" + name
                        + "'; does it depend on itself?");
            }
            values.put(name, value.number());
        });
        return new Assembly(sourceName, format, pass.layout(), pass.bytes(), pass.listing(), values);
    }

    private static AssemblyException unsettled(String sourceName, Pass last, Pass before) {
        if (!last.problems().isEmpty()) {
            return last.problems().get(0);
        }
        return last.unsettledLine(before).error("the layout does not settle after "
                + MAX_PASSES + " passes; a times count probably depends on a label after it");
    }
}
