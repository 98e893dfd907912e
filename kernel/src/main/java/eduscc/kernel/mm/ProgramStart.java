package eduscc.kernel.mm;

/**
 * A loaded program, ready to run: what eduOS's {@code load_task} hands to
 * {@code jump_to_user_code}.
 *
 * @param space    the process's address space, with the program and its stack mapped
 * @param entry    the program's entry point (e_entry), where it starts in ring 3
 * @param stackTop the first user stack pointer: one past the stack's highest byte
 * @param imageEnd one past the highest byte of any segment: the heap starts on the page after it
 */
public record ProgramStart(AddressSpace space, int entry, int stackTop, long imageEnd) {
}
