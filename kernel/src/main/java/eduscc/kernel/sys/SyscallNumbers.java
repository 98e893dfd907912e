package eduscc.kernel.sys;

/**
 * System call numbers (eduOS include/eduos/syscall.h, facts §8). eduOS has no number for yield,
 * sleep or creating a thread; the kit adds them above eduOS's last number (dup2, 32).
 */
public final class SyscallNumbers {
    public static final int EXIT = 0;
    public static final int WRITE = 1;
    public static final int OPEN = 2;
    public static final int CLOSE = 3;
    public static final int READ = 4;
    public static final int LSEEK = 6;
    public static final int GETPID = 8;
    public static final int SBRK = 11;
    public static final int FORK = 12;
    public static final int WAIT = 13;
    public static final int EXECVE = 14;
    /** Kit additions (not eduOS numbers). */
    public static final int YIELD = 40;
    public static final int SLEEP = 41;
    public static final int THREAD_CREATE = 42;
    /** vfork: eduOS has no number for it; the kit adds it after thread_create. */
    public static final int VFORK = 43;
    /** uptime(hz): the timer ticks since boot, the ticks per second stored at hz (the exercise {@code syscall}). */
    public static final int UPTIME = 44;

    /** "Function not implemented", as Linux and eduOS's errno.h number it; returned negated. */
    public static final int ENOSYS = 38;
    /** "Invalid argument". */
    public static final int EINVAL = 22;
    /** "Bad address" (a buffer outside the caller's user memory). */
    public static final int EFAULT = 14;
    /** "Try again": thread_create while every task slot is taken; waiting for a child frees one. */
    public static final int EAGAIN = 11;
    /** "No child processes" (wait with nothing to wait for). */
    public static final int ECHILD = 10;
    /** "No such file or directory" (open of a path the file tree does not hold). */
    public static final int ENOENT = 2;
    /** "Bad file descriptor": not open, or not open for this direction. */
    public static final int EBADF = 9;
    /** "Permission denied": write access to a read-only node (the ramdisk, /var/log). */
    public static final int EACCES = 13;
    /** "Is a directory": read, write or write access on a directory. */
    public static final int EISDIR = 21;
    /** "Too many open files": all NR_OPEN descriptors of the process are taken. */
    public static final int EMFILE = 24;
    /** "File name too long": a path without a NUL in its first PATH_MAX bytes. */
    public static final int ENAMETOOLONG = 36;
    /** "Exec format error": the file is not an ELF32 program the kernel can load. */
    public static final int ENOEXEC = 8;
    /** "Out of memory": no frame left for the program's pages. */
    public static final int ENOMEM = 12;

    private SyscallNumbers() {
    }

    public static String name(int number) {
        return switch (number) {
            case EXIT -> "exit";
            case WRITE -> "write";
            case OPEN -> "open";
            case CLOSE -> "close";
            case READ -> "read";
            case LSEEK -> "lseek";
            case GETPID -> "getpid";
            case SBRK -> "sbrk";
            case FORK -> "fork";
            case EXECVE -> "execve";
            case WAIT -> "wait";
            case YIELD -> "yield";
            case SLEEP -> "sleep";
            case THREAD_CREATE -> "thread_create";
            case VFORK -> "vfork";
            case UPTIME -> "uptime";
            default -> "syscall " + number;
        };
    }
}
