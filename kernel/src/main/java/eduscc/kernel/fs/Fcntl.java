package eduscc.kernel.fs;

/**
 * The flags of open(2) and the origins of lseek(2), as newlib's fcntl.h and unistd.h number them
 * (eduOS programs are linked against newlib; Linux uses the same values for these).
 */
public final class Fcntl {
    public static final int O_RDONLY = 0;
    public static final int O_WRONLY = 1;
    public static final int O_RDWR = 2;
    /** The two bits that hold one of the three access modes above. */
    public static final int O_ACCMODE = 3;

    public static final int SEEK_SET = 0;
    public static final int SEEK_CUR = 1;
    public static final int SEEK_END = 2;

    private Fcntl() {
    }

    public static boolean mayRead(int flags) {
        return (flags & O_ACCMODE) != O_WRONLY;
    }

    public static boolean mayWrite(int flags) {
        int access = flags & O_ACCMODE;
        return access == O_WRONLY || access == O_RDWR;
    }
}
