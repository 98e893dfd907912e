package eduscc.kernel.elf;

/**
 * An executable the kernel refuses to load, with the field that is wrong. eduOS's
 * {@code load_task} prints the header fields and returns {@code -EINVAL}; a loader here turns this
 * exception into the error code of the system call ({@code execve} returns {@code -ENOEXEC}, the
 * POSIX code for "not an executable format") and shows the message to the student.
 *
 * <p>Checked, so that no caller can forget that a file from the ramdisk may be anything.
 */
public final class ElfFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String fileName;
    private final String field;

    ElfFormatException(String fileName, String field, String problem) {
        super(fileName + ": " + problem);
        this.fileName = fileName;
        this.field = field;
    }

    /** The name the file was loaded under, for example {@code hello} or {@code /bin/hello}. */
    public String fileName() {
        return fileName;
    }

    /**
     * The ELF field at fault as the System V ABI names it ({@code e_machine}, {@code p_filesz}),
     * or {@code file} when the file as a whole is too short.
     */
    public String field() {
        return field;
    }
}
