package eduscc.kernel.sys;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eduscc.kernel.boot.RamdiskFile;
import eduscc.kernel.sched.Priority;
import eduscc.kernel.sched.Task;
import eduscc.machine.Machine;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A forked child shares its parent's open files (POSIX fork; MetalSVM's sys_fork copies the
 * fildes_table pointers and counts them): one open file, one offset. The child reads the first
 * four bytes, so the parent's read after wait gets the next four.
 */
class ForkFilesTest {
    private static final String PROGRAM = String.join("\n",
        "bits 32",
        "section .text",
        "_start:",
        "    mov eax, 2",                    // open("/bin/data", O_RDONLY)
        "    mov ebx, path",
        "    mov ecx, 0",
        "    int 0x80",
        "    mov [fd], eax",
        "    mov eax, 12",                   // fork()
        "    int 0x80",
        "    cmp eax, 0",
        "    jne parent",
        "    call read4",                    // the child reads bytes 0 to 3
        "    mov eax, 0",                    // exit(0)
        "    mov ebx, 0",
        "    int 0x80",
        "parent:",
        "    mov ebx, eax",                  // wait(the child)
        "    mov eax, 13",
        "    int 0x80",
        "    call read4",                    // the parent reads on where the child stopped
        "    mov ebx, [buf]",                // exit(the four bytes it read)
        "    mov eax, 0",
        "    int 0x80",
        "read4:",
        "    mov eax, 4",                    // read(fd, buf, 4)
        "    mov ebx, [fd]",
        "    mov ecx, buf",
        "    mov edx, 4",
        "    int 0x80",
        "    ret",
        "section .data",
        "fd: dd 0",
        "buf: dd 0",
        "path: db \"/bin/data\", 0");

    @ParameterizedTest(name = "hardware switch: {0}")
    @ValueSource(booleans = {true, false})
    void theChildsReadMovesTheParentsOffset(boolean hardwareSwitch) {
        byte[] data = {3, 10, 17, 24, 31, 38, 45, 52};
        List<RamdiskFile> files = List.of(new RamdiskFile("share", ProgramRun.elf("share", PROGRAM)),
            new RamdiskFile("data", data));
        Task[] task = new Task[1];
        try (Machine machine = ProgramRun.run(hardwareSwitch, files,
                k -> task[0] = k.createProcess("share", Priority.NORMAL, "/bin/share"))) {
            assertEquals(0x342D261F, task[0].probe().exitCode(), "bytes 4 to 7: the child's read moved the shared offset");
        }
    }
}
