package eduscc.machine.x86.asm;

/**
 * A line of a named source, carried through lexing, parsing and encoding so that any stage can
 * report a problem against the line the student wrote.
 */
record SourcePosition(String sourceName, int line) {

    AssemblyException error(String problem) {
        return new AssemblyException(sourceName, line, problem);
    }
}
