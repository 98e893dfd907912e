package eduscc.kernel.fs;

import eduscc.kernel.sys.SyscallNumbers;

/**
 * A process's open files: MetalSVM's {@code fildes_t* fildes_table[NR_OPEN]} in the task
 * structure. A file descriptor is an index into it; open takes the lowest free one, as POSIX
 * requires, so a program that closes 1 and opens a file gets 1 back.
 *
 * <pre>
 *   fd 0 stdin  ─┐
 *   fd 1 stdout ─┼─► /dev/console   (each its own fildes_t, opened O_RDWR)
 *   fd 2 stderr ─┘
 *   fd 3 ...     ─► what the program opened
 * </pre>
 */
public final class FileDescriptorTable {
    /** eduOS NR_OPEN. */
    public static final int NR_OPEN = 100;
    public static final int STDIN = 0;
    public static final int STDOUT = 1;
    public static final int STDERR = 2;

    private final FileDescriptor[] slots = new FileDescriptor[NR_OPEN];

    /** A new process's table: stdin, stdout and stderr open on {@code console}, read and write. */
    public static FileDescriptorTable withStandardStreams(VfsNode console) {
        FileDescriptorTable table = new FileDescriptorTable();
        for (int fd = STDIN; fd <= STDERR; fd++) {
            table.install(new FileDescriptor(console, Fcntl.O_RDWR, 0));
        }
        return table;
    }

    /**
     * The child's table at fork: every slot names the same open file as the parent's (its count
     * one higher), so parent and child share each file's offset, as POSIX fork requires.
     */
    public FileDescriptorTable copyForFork() {
        FileDescriptorTable child = new FileDescriptorTable();
        for (int fd = 0; fd < NR_OPEN; fd++) {
            if (slots[fd] != null) {
                slots[fd].share();
                child.slots[fd] = slots[fd];
            }
        }
        return child;
    }

    /** A process ends: every descriptor it still holds is closed. */
    public void closeAll() {
        for (int fd = 0; fd < NR_OPEN; fd++) {
            if (slots[fd] != null) {
                close(fd);
            }
        }
    }

    /**
     * Puts {@code file} into the lowest free slot.
     *
     * @return the file descriptor, or -EMFILE when all NR_OPEN slots are taken
     */
    public int install(FileDescriptor file) {
        for (int fd = 0; fd < NR_OPEN; fd++) {
            if (slots[fd] == null) {
                slots[fd] = file;
                return fd;
            }
        }
        return -SyscallNumbers.EMFILE;
    }

    /** The open file behind {@code fd}, or null when {@code fd} is out of range or not open. */
    public FileDescriptor get(int fd) {
        return fd >= 0 && fd < NR_OPEN ? slots[fd] : null;
    }

    /**
     * close: frees the slot and lowers the open file's count.
     *
     * @return 0, or -EBADF when {@code fd} is not open
     */
    public int close(int fd) {
        FileDescriptor file = get(fd);
        if (file == null) {
            return -SyscallNumbers.EBADF;
        }
        slots[fd] = null;
        file.release();
        return 0;
    }
}
