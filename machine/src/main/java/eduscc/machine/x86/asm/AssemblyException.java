package eduscc.machine.x86.asm;

/**
 * Everything the assembler can say is wrong with a program. The message always has the form
 * {@code name:line: problem}, the shape compilers and editors have used for decades, so a student
 * can jump from the message to the line; {@link #sourceName()} and {@link #line()} give the same
 * position to a visualizer that wants to highlight it.
 */
public final class AssemblyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String sourceName;
    private final int line;
    private final String problem;

    public AssemblyException(String sourceName, int line, String problem) {
        super(sourceName + ":" + line + ": " + problem);
        this.sourceName = sourceName;
        this.line = line;
        this.problem = problem;
    }

    /**
     * A problem of the whole program rather than of one line, such as an ELF executable without
     * {@code _start}; the message is {@code name: problem} and {@link #line()} is 0.
     */
    public AssemblyException(String sourceName, String problem) {
        super(sourceName + ": " + problem);
        this.sourceName = sourceName;
        this.line = 0;
        this.problem = problem;
    }

    /** The name the program was assembled under, for example {@code reset.asm}. */
    public String sourceName() {
        return sourceName;
    }

    /** The 1-based line the problem is on, or 0 for a problem of the whole program. */
    public int line() {
        return line;
    }

    /** The problem without the position, for example {@code unknown instruction 'movq'}. */
    public String problem() {
        return problem;
    }
}
