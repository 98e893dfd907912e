package eduscc.kernel.sys;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eduscc.kernel.boot.RamdiskFile;
import eduscc.kernel.sched.Priority;
import eduscc.kernel.sched.Task;
import eduscc.machine.Machine;
import eduscc.machine.trace.TraceEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The kit's library for x86 programs under paging: crt0 calls main(0, NULL, NULL) and exits with
 * its result; each wrapper of syscalls.asm takes its arguments from the stack, returns the
 * kernel's EAX (a negative errno on an error) and keeps EBX, ESI, EDI and EBP as cdecl asks.
 */
class ProgramLibraryTest {
    private static final String HEAD = "%include \"crt0.asm\"\n%include \"syscalls.asm\"\nsection .text\n";
    private static final String DATA = "section .data\ntext: db \"abc\"\nnope: db \"/nope\", 0\nbuffer: times 16 db 0\n";

    /** Runs {@code source} as /bin/prog in a process of its own; returns its exit code. */
    private static int exitCodeOf(String source, StringBuilder console, List<String> calls) {
        Task[] task = new Task[1];
        try (Machine machine = ProgramRun.run(true, List.of(new RamdiskFile("prog", ProgramRun.elf("prog", source))),
            k -> task[0] = k.createProcess("prog", Priority.NORMAL, "/bin/prog"))) {
            console.append(machine.core(0).consoleText());
            machine.trace().events(TraceEvent.SystemCall.class).stream()
                .filter(c -> c.task().equals("prog"))
                .forEach(c -> calls.add(c.name() + " " + c.result()));
            return task[0].probe().exitCode();
        }
    }

    @Test
    void crt0CallsMainWithNoArgumentsAndExitsWithItsResult() {
        String source = HEAD + String.join("\n",
            "main:",
            "    mov eax, [esp + 4]",          // argc
            "    or eax, [esp + 8]",           // argv
            "    or eax, [esp + 12]",          // envp
            "    jnz .some",
            "    mov eax, 42",
            "    ret",
            ".some:",
            "    mov eax, 1",
            "    ret", "");
        List<String> calls = new ArrayList<>();
        assertEquals(42, exitCodeOf(source, new StringBuilder(), calls));
        assertEquals(List.of("exit 42"), calls, "main's return value went to exit, and nothing else was called");
    }

    @Test
    void writeThroughTheWrapperPrintsAndReturnsTheCount() {
        String source = HEAD + "main:\n push 3\n push text\n push 1\n call write\n add esp, 12\n ret\n" + DATA;
        StringBuilder console = new StringBuilder();
        assertEquals(3, exitCodeOf(source, console, new ArrayList<>()));
        assertEquals("abc", console.toString());
    }

    /** A text page and a data page: the heap starts on the page after, 0x0804A000. */
    @Test
    void sbrkReturnsTheOldBreak() {
        String source = HEAD + String.join("\n",
            "main:",
            "    push 8192",
            "    call sbrk",                   // the old break: the heap's start
            "    add esp, 4",
            "    mov [buffer], eax",
            "    push 0",
            "    call sbrk",                   // the break 8 KiB on
            "    add esp, 4",
            "    sub eax, [buffer]",
            "    ret", "") + DATA;
        List<String> calls = new ArrayList<>();
        assertEquals(8192, exitCodeOf(source, new StringBuilder(), calls));
        assertEquals(List.of("sbrk " + 0x0804A000, "sbrk " + 0x0804C000, "exit 8192"), calls);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        close(99): EBADF                 | push 99 \\n call close \\n add esp, 4                         | -9
        read(99, buffer, 16): EBADF      | push 16 \\n push buffer \\n push 99 \\n call read \\n add esp, 12 | -9
        lseek(99, 0, 0): EBADF           | push 0 \\n push 0 \\n push 99 \\n call lseek \\n add esp, 12    | -9
        open("/nope", 0, 0): ENOENT      | push 0 \\n push 0 \\n push nope \\n call open \\n add esp, 12  | -2
        execve("/nope", 0, 0): ENOENT    | push 0 \\n push 0 \\n push nope \\n call execve \\n add esp, 12 | -2
        wait(1234): ECHILD               | push 1234 \\n call wait \\n add esp, 4                       | -10
        sbrk(-256 MiB): ENOMEM           | push -0x10000000 \\n call sbrk \\n add esp, 4                | -12
        open("/bin/prog", 0, 0): fd 3    | push 0 \\n push 0 \\n push path \\n call open \\n add esp, 12  | 3
        """)
    void anErrorComesBackAsANegativeErrno(String call, String lines, int expected) {
        String source = HEAD + "main:\n" + lines.replace("\\n", "\n") + "\n ret\n" + DATA + "path: db \"/bin/prog\", 0\n";
        assertEquals(expected, exitCodeOf(source, new StringBuilder(), new ArrayList<>()), call);
    }

    /**
     * Every wrapper, called with EBX, ESI, EDI and EBP set to marks, leaves them as they were; after
     * each call {@code check} exits with the call's number if one changed. fork's and vfork's
     * children exit through the wrapper too (vfork's child on the parent's stack, overwriting the
     * word vfork's CALL left there), the thread exits with its argument, and each wait returns
     * those codes.
     */
    @Test
    void everyWrapperKeepsTheCalleeSavedRegisters() {
        String source = HEAD + String.join("\n",
            "main:",
            "    push ebp",
            "    push ebx",
            "    push esi",
            "    push edi",
            "    mov ebx, 0x11111111",
            "    mov esi, 0x22222222",
            "    mov edi, 0x33333333",
            "    mov ebp, 0x44444444",
            "    push 3", "    push text", "    push 1", "    call write", "    add esp, 12", "    call check",
            "    push 16", "    push buffer", "    push 99", "    call read", "    add esp, 12", "    call check",
            "    push 0", "    push 0", "    push nope", "    call open", "    add esp, 12", "    call check",
            "    push 99", "    call close", "    add esp, 4", "    call check",
            "    push 0", "    push 0", "    push 99", "    call lseek", "    add esp, 12", "    call check",
            "    call getpid", "    call check",
            "    push 0", "    call sbrk", "    add esp, 4", "    call check",
            "    push 1234", "    call wait", "    add esp, 4", "    call check",
            "    push 0", "    push 0", "    push nope", "    call execve", "    add esp, 12", "    call check",
            "    call yield", "    call check",
            "    call fork", "    cmp eax, 0", "    jne .forked", "    push 4", "    call exit",
            ".forked:", "    call check", "    push eax", "    call wait", "    add esp, 4", "    call check",
            "    mov [codes], eax",
            "    call vfork", "    cmp eax, 0", "    jne .vforked", "    push 5", "    call exit",
            ".vforked:", "    call check", "    push eax", "    call wait", "    add esp, 4", "    call check",
            "    mov [codes + 4], eax",
            "    push 7", "    push worker", "    call thread_create", "    add esp, 8", "    call check",
            "    push eax", "    call wait", "    add esp, 4", "    call check",
            "    mov [codes + 8], eax",
            "    mov eax, [codes]",            // 4 + 5 * 16 + 7 * 256: each wait's code in its own digit
            "    mov ecx, [codes + 4]",
            "    shl ecx, 4",
            "    add eax, ecx",
            "    mov ecx, [codes + 8]",
            "    shl ecx, 8",
            "    add eax, ecx",
            "    pop edi",
            "    pop esi",
            "    pop ebx",
            "    pop ebp",
            "    ret",
            "worker:",                         // the thread: exit(its argument, in EBX)
            "    push ebx",
            "    call exit",
            "check:",                          // exit(number of calls so far) if a mark changed
            "    inc dword [calls]",
            "    cmp ebx, 0x11111111", "    jne .changed",
            "    cmp esi, 0x22222222", "    jne .changed",
            "    cmp edi, 0x33333333", "    jne .changed",
            "    cmp ebp, 0x44444444", "    jne .changed",
            "    ret",
            ".changed:",
            "    mov ebx, [calls]",
            "    mov eax, SYS_EXIT",
            "    int 0x80", "") + DATA + "calls: dd 0\ncodes: dd 0, 0, 0\n";
        StringBuilder console = new StringBuilder();
        List<String> calls = new ArrayList<>();
        assertEquals(4 + 5 * 16 + 7 * 256, exitCodeOf(source, console, calls), "console: " + console + ", calls: " + calls);
        assertEquals("abcexec /nope: no such file\n", console.toString());
        assertEquals(List.of("write 3", "read -9", "open -2", "close -9", "lseek -9"), calls.subList(0, 5));
    }
}
