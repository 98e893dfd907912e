package eduscc.machine.x86.asm;

/**
 * One line of the program as the passes see it, after {@code %include} has put each included
 * file's lines in place of the directive.
 *
 * @param position the file and line it was written on
 * @param text     the line as written
 * @param included whether it comes from an included file rather than the program itself
 * @param includeDirective true for a {@code %include} line itself, which stays in the listing and emits nothing
 */
record SourceLine(SourcePosition position, String text, boolean included, boolean includeDirective) {
}
