package eduscc.kernel.mm;

import eduscc.kernel.elf.ElfFormatException;
import eduscc.machine.cpu.Operations;

/**
 * STUDENT EDITION. The kit's ELF loader is not in this tree: every exec here loads its program
 * with YOURS, {@code exercises/src/main/java/eduscc/exercises/elfloader/StudentElfLoader.java},
 * and this class only hands each call to it (the handout:
 * {@code exercises/src/main/resources/eduscc/exercises/elfloader/HANDOUT.md}; grade it with
 * {@code ./eduscc grade elf-loader}).
 *
 * <p>Yours is the ELF-loader plug-in {@code "student"}, which the kit's command line registers;
 * where nothing registered it, this class makes {@code StudentElfLoader} itself.
 */
public final class ElfLoader implements ProgramLoader {
    /** The student's loader, made when no plug-in {@code "student"} is registered. */
    private static final String STUDENT_CLASS = "eduscc.exercises.elfloader.StudentElfLoader";

    private final ProgramLoader yours = yours();

    private static ProgramLoader yours() {
        if (ElfLoaderPlugins.isRegistered("student")) {
            return ElfLoaderPlugins.get("student").create();
        }
        try {
            return (ProgramLoader) Class.forName(STUDENT_CLASS).getConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalStateException("the student edition's kernel runs your " + STUDENT_CLASS + ", which"
                + " cannot be made here (" + e + "): start the kit with ./eduscc", e);
        }
    }

    @Override
    public ProgramStart load(String name, byte[] file, FrameAllocator frames, AddressSpace kernel, Operations ops)
        throws ElfFormatException {
        return yours.load(name, file, frames, kernel, ops);
    }
}
