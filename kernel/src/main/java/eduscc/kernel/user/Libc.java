package eduscc.kernel.user;

import eduscc.kernel.sys.SyscallNumbers;
import eduscc.machine.cpu.Operations;
import eduscc.machine.cpu.Registers;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The user side of the system calls, as newlib's libgloss/eduos stubs are (facts §8): each call
 * puts its number in EAX and its arguments in EBX, ECX, EDX, ESI, EDI, executes INT 0x80 and
 * returns what the kernel left in EAX. Everything here runs in ring 3.
 */
public final class Libc {
    /**
     * How much of the 16 KiB user stack area the staging may use: the lower quarter, far below
     * the deepest the program's stack grows from the top.
     */
    public static final int SCRATCH_SIZE = 4096;
    /** Where {@code write}, {@code open} and {@code read} stage their bytes: the bottom of the task's user stack area. */
    private final int scratch;
    private final Operations ops;
    private final List<UserProgram> functions;

    /**
     * @param functions the program's "function pointers": thread_create passes an index into it
     */
    public Libc(Operations ops, int scratch, List<UserProgram> functions) {
        this.ops = ops;
        this.scratch = scratch;
        this.functions = functions;
    }

    private int syscall(int number, int... args) {
        ops.setRegister(Registers.EAX, number);
        int[] argumentRegisters = {Registers.EBX, Registers.ECX, Registers.EDX, Registers.ESI, Registers.EDI};
        for (int i = 0; i < args.length; i++) {
            ops.setRegister(argumentRegisters[i], args[i]);
        }
        ops.intN(0x80);
        return ops.getRegister(Registers.EAX);
    }

    public int getpid() {
        return syscall(SyscallNumbers.GETPID);
    }

    /** write(fd, buf, len): the bytes are copied into user memory first, then passed by address. */
    public int write(int fd, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < bytes.length; i++) {
            ops.write8(scratch + i, bytes[i]);
        }
        return syscall(SyscallNumbers.WRITE, fd, scratch, bytes.length);
    }

    /**
     * open(path, flags): the path is copied, with its NUL, into user memory first.
     *
     * @param flags {@code Fcntl.O_RDONLY}, {@code O_WRONLY} or {@code O_RDWR}
     * @return the new file descriptor, or a negative errno
     */
    public int open(String path, int flags) {
        byte[] bytes = path.getBytes(StandardCharsets.UTF_8);
        if (bytes.length >= SCRATCH_SIZE) {
            throw new IllegalArgumentException("open: path of " + bytes.length + " bytes exceeds the " + SCRATCH_SIZE
                + "-byte staging buffer");
        }
        for (int i = 0; i < bytes.length; i++) {
            ops.write8(scratch + i, bytes[i]);
        }
        ops.write8(scratch + bytes.length, 0);
        return syscall(SyscallNumbers.OPEN, scratch, flags, 0);
    }

    /**
     * read(fd, buf, len): the kernel fills user memory, then the bytes are copied into {@code buffer}.
     *
     * @return the bytes read (0 at the end), or a negative errno
     */
    public int read(int fd, byte[] buffer) {
        if (buffer.length > SCRATCH_SIZE) {
            throw new IllegalArgumentException("read: " + buffer.length + " bytes exceed the " + SCRATCH_SIZE
                + "-byte staging buffer");
        }
        int n = syscall(SyscallNumbers.READ, fd, scratch, buffer.length);
        for (int i = 0; i < n; i++) {
            buffer[i] = (byte) ops.read8(scratch + i);
        }
        return n;
    }

    /** lseek(fd, offset, whence): the new offset, or a negative errno. */
    public int lseek(int fd, int offset, int whence) {
        return syscall(SyscallNumbers.LSEEK, fd, offset, whence);
    }

    public int close(int fd) {
        return syscall(SyscallNumbers.CLOSE, fd);
    }

    public void exit(int code) {
        syscall(SyscallNumbers.EXIT, code);
    }

    public int yield() {
        return syscall(SyscallNumbers.YIELD);
    }

    public int sleep(int ticks) {
        return syscall(SyscallNumbers.SLEEP, ticks);
    }

    /** Waits for the child or thread {@code id} to finish; returns its exit code, or a negative error. */
    public int wait(int id) {
        return syscall(SyscallNumbers.WAIT, id);
    }

    /** pthread_create in the same address space: a new task that runs {@code body}; returns its id. */
    public int threadCreate(UserProgram body) {
        int index = functions.indexOf(body);
        if (index < 0) {
            functions.add(body);
            index = functions.size() - 1;
        }
        return syscall(SyscallNumbers.THREAD_CREATE, index);
    }

    /** Any number, for programs that want to see -ENOSYS. */
    public int rawSyscall(int number, int... args) {
        return syscall(number, args);
    }

    public Operations ops() {
        return ops;
    }
}
