package eduscc.kernel.sys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import eduscc.kernel.boot.RamdiskFile;
import eduscc.kernel.sched.Priority;
import eduscc.kernel.sched.Task;
import eduscc.machine.Machine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every system call an x86 program can make, called with garbage in EBX, ECX and EDX (a pointer
 * into nowhere, -1, a huge length): each gives a negative errno, or a result that means nothing
 * went wrong, and none reaches a Java exception or a kernel panic. Each call runs in a process of
 * its own, which exits with what the call returned.
 */
class BadSyscallArgumentsTest {
    /** The call numbers tried, with what each returns (negative errno) for the garbage arguments. */
    private static final Map<Integer, Integer> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put(SyscallNumbers.WRITE, -SyscallNumbers.EBADF);
        EXPECTED.put(SyscallNumbers.OPEN, -SyscallNumbers.EINVAL);   // the flags (-1) are refused before the path is read
        EXPECTED.put(SyscallNumbers.CLOSE, -SyscallNumbers.EBADF);
        EXPECTED.put(SyscallNumbers.READ, -SyscallNumbers.EBADF);
        EXPECTED.put(5, -SyscallNumbers.ENOSYS);
        EXPECTED.put(SyscallNumbers.LSEEK, -SyscallNumbers.EBADF);
        EXPECTED.put(SyscallNumbers.SBRK, -SyscallNumbers.ENOMEM);
        EXPECTED.put(SyscallNumbers.WAIT, -SyscallNumbers.ECHILD);
        EXPECTED.put(SyscallNumbers.EXECVE, -SyscallNumbers.EFAULT);
        EXPECTED.put(99, -SyscallNumbers.ENOSYS);
        EXPECTED.put(-1, -SyscallNumbers.ENOSYS);
    }

    private static String program(int number) {
        return String.join("\n",
            "bits 32",
            "section .text",
            "_start:",
            "    mov eax, " + number,
            "    mov ebx, 0xDEADBEEF",           // a pointer into nothing, a descriptor never opened
            "    mov ecx, 0xFFFFFFFF",           // -1
            "    mov edx, 0x7FFFFFFF",           // a length larger than all memory
            "    int 0x80",
            "    mov ebx, eax",                  // exit(what the call returned)
            "    mov eax, 0",
            "    int 0x80");
    }

    @Test
    void garbageArgumentsGiveErrnoValuesAndNoPanic() {
        List<RamdiskFile> files = new ArrayList<>();
        for (int number : EXPECTED.keySet()) {
            String name = "call" + (number & 0xFF);
            files.add(new RamdiskFile(name, ProgramRun.elf(name, program(number))));
        }
        List<Task> tasks = new ArrayList<>();
        try (Machine machine = ProgramRun.run(true, files, k -> {
            for (int number : EXPECTED.keySet()) {
                tasks.add(k.createProcess("call" + (number & 0xFF), Priority.NORMAL, "/bin/call" + (number & 0xFF)));
            }
        })) {
            Map<Integer, Integer> results = new LinkedHashMap<>();
            int i = 0;
            for (int number : EXPECTED.keySet()) {
                results.put(number, tasks.get(i++).probe().exitCode());
            }
            String console = machine.core(0).consoleText();
            assertEquals(EXPECTED, results, console);
            assertFalse(console.contains("panic"), console);
        }
    }
}
