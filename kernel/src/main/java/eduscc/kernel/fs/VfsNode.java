package eduscc.kernel.fs;

import eduscc.kernel.sys.SyscallNumbers;
import eduscc.machine.cpu.Operations;

/**
 * A node of the virtual file system: eduOS's {@code vfs_node_t} (include/eduos/fs.h, facts eduOS
 * §9). eduOS gives each node function pointers for read, write, readdir and finddir; here each
 * kind of node is a subclass that overrides what it can do, and the rest answers with the error a
 * system call returns.
 *
 * <p>Reads and writes move bytes between the node and a buffer in user memory through the core's
 * machine operations, so every byte a program reads from a file costs the loads and stores that a
 * {@code memcpy} in the kernel would. The nodes themselves live on the Java heap (eduOS kmallocs
 * them); the kernel never charges itself for following a pointer to one.
 */
public abstract class VfsNode {
    /** Node types as eduOS numbers them (fs.h). */
    public static final int FS_FILE = 1;
    public static final int FS_DIRECTORY = 2;
    public static final int FS_CHARDEVICE = 3;

    private final int type;

    protected VfsNode(int type) {
        this.type = type;
    }

    public int type() {
        return type;
    }

    /**
     * read_fs: copies up to {@code length} bytes from {@code offset} in the node to {@code buffer}.
     *
     * @return the bytes copied (0 at the end of the file), or a negative errno
     */
    public int read(Operations ops, int offset, int buffer, int length) {
        return -SyscallNumbers.EINVAL;
    }

    /**
     * write_fs: copies {@code length} bytes from {@code buffer} into the node at {@code offset}.
     *
     * @return the bytes written, or a negative errno
     */
    public int write(Operations ops, int offset, int buffer, int length) {
        return -SyscallNumbers.EINVAL;
    }

    /** Whether open may grant write access (the ramdisk and the kernel log are read-only). */
    public boolean writable() {
        return false;
    }

    /** The file's length in bytes, where lseek's SEEK_END starts; 0 for devices and directories. */
    public int size() {
        return 0;
    }
}
