package eduscc.kernel.user;

import eduscc.kernel.boot.KernelResources;
import eduscc.machine.x86.asm.IncludePath;
import eduscc.machine.x86.asm.SourceFile;



import java.util.List;

/**
 * The kit's library for x86 programs, assembly sources beside the kernel
 * ({@code eduscc/kernel/programs/lib/NAME}) that a program pulls in with {@code %include}: what
 * newlib's libgloss gives a C program on eduOS, so that a program reads like an OS textbook's
 * example, with a {@code main} and calls such as {@code fork()} and {@code write(1, text, n)}.
 * <ul>
 *   <li>{@code crt0.asm}: {@code _start}, which calls {@code main(0, NULL, NULL)} and exits with
 *       its result;</li>
 *   <li>{@code syscalls.asm}: one cdecl wrapper per system call ({@code exit, write, read, open,
 *       close, lseek, getpid, sbrk, fork, vfork, execve, wait, thread_create, yield, sleep}) and
 *       the numbers as {@code SYS_...} names.</li>
 * </ul>
 * There is no linker: the included files are assembled with the program, as one source. (The
 * Java user tasks' counterpart of syscalls.asm is {@link Libc}.)
 */
public final class ProgramLibrary {
    /** The library's files, in the order a program includes them. */
    public static final List<String> FILES = List.of("crt0.asm", "syscalls.asm");
    /** The library as an include path: {@code %include "crt0.asm"} finds the kit's crt0. */
    public static final IncludePath INCLUDES = new IncludePath() {
        @Override
        public SourceFile find(String name) {
            return FILES.contains(name) ? new SourceFile(name, source(name)) : null;
        }

        @Override
        public String describe() {
            return "the kit's library " + FILES;
        }
    };

    private ProgramLibrary() {
    }

    /** The text of library file {@code name}, for example {@code crt0.asm}. */
    public static String source(String name) {
        if (!FILES.contains(name)) {
            throw new IllegalArgumentException("no library file named '" + name + "'; the library has " + FILES);
        }
        return KernelResources.text(ProgramLibrary.class, "/eduscc/kernel/programs/lib/" + name);
    }
}
