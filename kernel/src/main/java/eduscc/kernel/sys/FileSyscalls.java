package eduscc.kernel.sys;

import eduscc.kernel.arch.KernelLayout;
import eduscc.kernel.elf.UserSpace;
import eduscc.kernel.fs.Fcntl;
import eduscc.kernel.fs.FileDescriptor;
import eduscc.kernel.fs.FileDescriptorTable;
import eduscc.kernel.fs.FileSystem;
import eduscc.kernel.fs.VfsNode;
import eduscc.kernel.sched.Task;
import eduscc.machine.cpu.Operations;
import java.nio.charset.StandardCharsets;

/**
 * The file system calls open, read, write, close and lseek (numbers 2, 4, 1, 3, 6 as in eduOS,
 * facts §8): each finds the open file in the caller's descriptor table, checks the caller's
 * arguments, and hands the transfer to the node (eduOS read_fs and write_fs). eduOS's own open and
 * close return 0 and its write ignores the descriptor; these do what newlib's callers expect of
 * them. Errors come back as negative errno values, and a pointer outside the caller's user memory
 * is refused with -EFAULT before a byte is touched.
 */
final class FileSyscalls {
    /** The kit's limit on a path, NUL included (Linux's PATH_MAX is 4096; the ramdisk's names are 127). */
    static final int PATH_MAX = 256;

    private final Operations ops;
    private final FileSystem fs;

    FileSyscalls(Operations ops, FileSystem fs) {
        this.ops = ops;
        this.fs = fs;
    }

    /** open(path, flags, mode): the lowest free descriptor on the node at {@code path}. */
    int open(Task caller, int path, int flags, int mode) {
        FileDescriptorTable files = caller.files();
        if (files == null) {
            return -SyscallNumbers.EBADF;
        }
        if ((flags & Fcntl.O_ACCMODE) == Fcntl.O_ACCMODE) {
            return -SyscallNumbers.EINVAL;
        }
        String name = userString(path);
        if (name == null) {
            return -SyscallNumbers.EFAULT;
        }
        if (name.length() >= PATH_MAX) {
            return -SyscallNumbers.ENAMETOOLONG;
        }
        VfsNode node = fs.findnode(name);
        if (node == null) {
            return -SyscallNumbers.ENOENT;
        }
        if (Fcntl.mayWrite(flags) && node.type() == VfsNode.FS_DIRECTORY) {
            return -SyscallNumbers.EISDIR;
        }
        if (Fcntl.mayWrite(flags) && !node.writable()) {
            return -SyscallNumbers.EACCES;
        }
        return files.install(new FileDescriptor(node, flags, mode));
    }

    /** read(fd, buffer, length): from the file's offset, which moves past the bytes read. */
    int read(Task caller, int fd, int buffer, int length) {
        FileDescriptor file = file(caller, fd);
        if (file == null || !Fcntl.mayRead(file.flags())) {
            return -SyscallNumbers.EBADF;
        }
        int checked = checkBuffer(buffer, length);
        if (checked != 0) {
            return checked;
        }
        int n = file.node().read(ops, file.offset(), buffer, length);
        if (n > 0) {
            file.setOffset(file.offset() + n);
        }
        return n;
    }

    /**
     * write(fd, buffer, length). For stdout and stderr this is the console's write, byte for byte
     * the path the kit's write took before it had descriptors, so a program prints the same.
     */
    int write(Task caller, int fd, int buffer, int length) {
        FileDescriptor file = file(caller, fd);
        if (file == null || !Fcntl.mayWrite(file.flags())) {
            return -SyscallNumbers.EBADF;
        }
        int checked = checkBuffer(buffer, length);
        if (checked != 0) {
            return checked;
        }
        int n = file.node().write(ops, file.offset(), buffer, length);
        if (n > 0 && file.node().type() == VfsNode.FS_FILE) {
            file.setOffset(file.offset() + n);
        }
        return n;
    }

    int close(Task caller, int fd) {
        FileDescriptorTable files = caller.files();
        return files == null ? -SyscallNumbers.EBADF : files.close(fd);
    }

    /**
     * lseek(fd, offset, whence): the new offset from the start, the current offset or the end.
     * Beyond the end is allowed (a read there finds the end); before the start is -EINVAL. A
     * character device has no position: the call succeeds and returns 0, as Linux's /dev/null does.
     */
    int lseek(Task caller, int fd, int offset, int whence) {
        FileDescriptor file = file(caller, fd);
        if (file == null) {
            return -SyscallNumbers.EBADF;
        }
        long base = switch (whence) {
            case Fcntl.SEEK_SET -> 0;
            case Fcntl.SEEK_CUR -> file.offset();
            case Fcntl.SEEK_END -> file.node().size();
            default -> -1;
        };
        if (base < 0) {
            return -SyscallNumbers.EINVAL;
        }
        if (file.node().type() == VfsNode.FS_CHARDEVICE) {
            return 0;
        }
        long target = base + offset;
        if (target < 0 || target > Integer.MAX_VALUE) {
            return -SyscallNumbers.EINVAL;
        }
        file.setOffset((int) target);
        return (int) target;
    }

    private static FileDescriptor file(Task caller, int fd) {
        FileDescriptorTable files = caller.files();
        return files == null ? null : files.get(fd);
    }

    /** 0 when {@code length} bytes at {@code buffer} are the caller's to use, else the negative errno. */
    private static int checkBuffer(int buffer, int length) {
        if (length < 0) {
            return -SyscallNumbers.EINVAL;
        }
        return isUserMemory(buffer, length) ? 0 : -SyscallNumbers.EFAULT;
    }

    /**
     * A Java user task's stacks, or an x86 program's part of its address space ({@link UserSpace});
     * a page there that is not mapped makes the kernel's access fault, and the process dies.
     */
    static boolean isUserMemory(int address, int length) {
        return KernelLayout.isUserData(address, length)
            || UserSpace.contains(Integer.toUnsignedLong(address), length);
    }

    /**
     * The NUL-terminated string at {@code address} in user memory, read a byte at a time as
     * strncpy_from_user would; null when a byte lies outside user memory. At most PATH_MAX bytes
     * are read: a longer string comes back PATH_MAX long, which open refuses.
     */
    String userString(int address) {
        byte[] bytes = new byte[PATH_MAX];
        for (int i = 0; i < PATH_MAX; i++) {
            if (!isUserMemory(address + i, 1)) {
                return null;
            }
            int b = ops.read8(address + i);
            if (b == 0) {
                return new String(bytes, 0, i, StandardCharsets.UTF_8);
            }
            bytes[i] = (byte) b;
        }
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
