package eduscc.kernel.sys;

import eduscc.kernel.arch.Hardware;
import eduscc.kernel.arch.KernelLayout;
import eduscc.kernel.elf.ElfFormatException;
import eduscc.kernel.fs.FileSystem;
import eduscc.kernel.fs.InitrdFile;
import eduscc.kernel.fs.VfsNode;
import eduscc.kernel.mm.AddressSpace;
import eduscc.kernel.mm.FrameAllocator;
import eduscc.kernel.mm.ProgramLoader;
import eduscc.kernel.mm.ProgramStart;
import eduscc.kernel.sched.Scheduler;
import eduscc.kernel.sched.Task;
import eduscc.machine.cpu.Operations;
import java.util.function.Consumer;

/**
 * The kernel half of starting an x86 program in a new process (eduOS's {@code load_task} and
 * {@code jump_to_user_code}): find the file in the file tree, read it, check it as an ELF32
 * executable, load it into an address space of its own, make that space the task's (CR3 now and
 * at every switch back) and drop to ring 3 at the program's entry with the stack below
 * {@link KernelLayout#PROCESS_STACK_TOP}. From there the interpreter runs the program, and it
 * reaches the kernel only through INT 0x80. Its heap starts empty on the page after its highest
 * segment; sbrk moves its end.
 */
public final class Exec {
    private final Operations ops;
    private final Hardware hardware;
    private final Scheduler scheduler;
    private final FileSystem fs;
    private final ProgramLoader loader;
    private final FrameAllocator frames;
    /** The kernel's address space, which every new process shares above 3 GiB. */
    private final AddressSpace kernel;
    /** The kernel's page directory: a task on it has no address space of its own to give back. */
    private final int kernelDirectory;
    private final Consumer<String> console;

    /** @param loader how the program is checked and loaded (the kit's {@code ElfLoader}, or a lab's choice) */
    public Exec(Operations ops, Hardware hardware, Scheduler scheduler, FileSystem fs, FrameAllocator frames,
                AddressSpace kernel, Consumer<String> console, ProgramLoader loader) {
        this.ops = ops;
        this.hardware = hardware;
        this.scheduler = scheduler;
        this.fs = fs;
        this.loader = loader;
        this.frames = frames;
        this.kernel = kernel;
        this.kernelDirectory = kernel.directory();
        this.console = console;
    }

    /**
     * Runs in the new task's kernel half. It does not return when the program starts (the IRET
     * into ring 3 leaves this Java code for good); otherwise it says why on the console and
     * returns the negative error code the task exits with.
     */
    public int run(String path) {
        return start(scheduler.current(), path);
    }

    /**
     * execve, system call 14: the calling program's image is replaced by the program at the path
     * (a NUL-terminated string in its memory); its old address space is given back. Returns only
     * on an error, with the negative errno (the old image then runs on).
     */
    public int execve(Task caller, String path) {
        if (path == null) {
            return -SyscallNumbers.EFAULT;
        }
        return start(caller, path);
    }

    private int start(Task self, String path) {
        VfsNode node = fs.findnode(path);
        if (!(node instanceof InitrdFile file)) {
            console.accept("exec " + path + ": no such file\n");
            return -SyscallNumbers.ENOENT;
        }
        ProgramStart program;
        try {
            program = loader.load(path, read(file), frames, kernel, ops);
        } catch (ElfFormatException e) {
            console.accept("exec " + e.getMessage() + "\n");
            return -SyscallNumbers.ENOEXEC;
        }
        if (program == null) {
            console.accept("exec " + path + ": out of memory\n");
            return -SyscallNumbers.ENOMEM;
        }
        self.setProgram(path);
        int old = self.pageMap();
        self.setPageMap(program.space().directory());
        scheduler.addressSpaceChanged(self);
        if (self.vforkParent() != null) {
            scheduler.returnBorrowedSpace(self);
        } else if (old != kernelDirectory) {
            AddressSpace.of(hardware, ops, frames, old).release();
        }
        self.startHeap((int) ((program.imageEnd() + FrameAllocator.FRAME_SIZE - 1) & ~(FrameAllocator.FRAME_SIZE - 1L)));
        scheduler.enterUserMode(program.entry(), program.stackTop());
        throw new IllegalStateException(path + ": the IRET into the program returned");
    }

    /** The file's bytes as the kernel reads them where the ramdisk lies, a doubleword at a time. */
    private byte[] read(InitrdFile file) {
        byte[] bytes = new byte[file.size()];
        for (int offset = 0; offset < bytes.length; offset += 4) {
            int word = ops.read32(file.address() + offset);
            for (int i = 0; i < 4 && offset + i < bytes.length; i++) {
                bytes[offset + i] = (byte) (word >>> (8 * i));
            }
        }
        return bytes;
    }
}
