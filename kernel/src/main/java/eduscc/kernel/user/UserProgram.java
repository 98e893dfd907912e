package eduscc.kernel.user;

/**
 * A user program: Java code that runs in ring 3 and reaches the kernel only through system calls
 * (the {@link Libc} it is given), the way a C program linked against newlib does.
 */
@FunctionalInterface
public interface UserProgram {
    void main(Libc libc);
}
