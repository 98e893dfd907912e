package eduscc.kernel.sys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.kernel.Kernel;
import eduscc.kernel.arch.KernelLayout;
import eduscc.kernel.boot.RamdiskFile;
import eduscc.kernel.sched.Priority;
import eduscc.kernel.sched.Task;
import eduscc.machine.Machine;
import eduscc.machine.trace.TraceEvent;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An x86 program from the initial ramdisk, run in a process of its own: the kernel reads the
 * ELF file, loads it into a new address space, switches CR3 and drops to ring 3 at _start; the
 * program prints through write(1, ...) and exits with a code, all through INT 0x80.
 */
class ProcessTest {
    private static final String HELLO = String.join("\n",
        "bits 32",
        "section .text",
        "_start:",
        "    mov eax, 1",            // write
        "    mov ebx, 1",            // stdout
        "    mov ecx, message",
        "    mov edx, 18",
        "    int 0x80",
        "    mov eax, 0",            // exit
        "    mov ebx, 7",
        "    int 0x80",
        "section .data",
        "message: db \"hello from ring 3\", 10");

    private static byte[] elf(String source) {
        return ProgramRun.elf("hello", source);
    }

    private static Machine run(boolean hardwareSwitch, byte[] program, Consumer<Kernel> tasks) {
        return ProgramRun.run(hardwareSwitch, List.of(new RamdiskFile("hello", program)), tasks);
    }

    @ParameterizedTest(name = "hardware switch: {0}")
    @ValueSource(booleans = {true, false})
    void helloRunsInRing3InItsOwnAddressSpaceAndExitsWithItsCode(boolean hardwareSwitch) {
        Task[] hello = new Task[1];
        try (Machine machine = run(hardwareSwitch, elf(HELLO), k -> {
            hello[0] = k.createProcess("hello", Priority.NORMAL, "/bin/hello");
            k.createUserTask("java", Priority.LOW, libc -> libc.write(1, "a Java task after it\n"));
        })) {
            assertEquals("hello from ring 3\na Java task after it\n", machine.core(0).consoleText());
            assertEquals(7, hello[0].probe().exitCode());
            List<String> calls = machine.trace().events(TraceEvent.SystemCall.class).stream()
                .map(c -> c.task() + " " + c.name() + " " + c.result()).toList();
            assertEquals(List.of("hello write 18", "java write 21", "java exit 0"), calls.stream()
                .filter(c -> !c.startsWith("hello exit")).toList());
            List<Integer> cr3 = machine.trace().events(TraceEvent.ControlRegisterWrite.class).stream()
                .filter(w -> w.register() == 3).map(TraceEvent.ControlRegisterWrite::newValue).toList();
            assertEquals(KernelLayout.FRAME_POOL, cr3.get(0), "the boot loads the kernel's directory");
            assertEquals(KernelLayout.FRAME_POOL + 8 * 0x1000, cr3.get(1), "exec loads hello's, the next free frame");
            assertTrue(machine.trace().events(TraceEvent.InterruptReturn.class).stream()
                .anyMatch(r -> r.toCpl() == 3 && r.eip() == 0x08048000), "IRET to ring 3 at _start");
            assertEquals(KernelLayout.FRAME_POOL, cr3.get(cr3.size() - 1), "at its exit the kernel's directory again");
            assertEquals(0xFF, machine.core(0).probePrivate(KernelLayout.FRAME_BITMAP, 4),
                "hello's directory, tables, pages and stack are free again; the kernel's eight frames remain");
        }
    }

    @ParameterizedTest(name = "hardware switch: {0}")
    @ValueSource(booleans = {true, false})
    void aFileThatIsNotAProgramEndsTheProcessWithEnoexec(boolean hardwareSwitch) {
        Task[] bad = new Task[1];
        try (Machine machine = run(hardwareSwitch, "#!/bin/sh\necho hi\n".getBytes(), k ->
            bad[0] = k.createProcess("bad", Priority.NORMAL, "/bin/hello"))) {
            assertTrue(machine.core(0).consoleText().startsWith("exec /bin/hello: "), machine.core(0).consoleText());
            assertEquals(-SyscallNumbers.ENOEXEC, bad[0].probe().exitCode());
        }
    }

    @ParameterizedTest(name = "hardware switch: {0}")
    @ValueSource(booleans = {true, false})
    void aMissingFileEndsTheProcessWithEnoent(boolean hardwareSwitch) {
        Task[] missing = new Task[1];
        try (Machine machine = run(hardwareSwitch, elf(HELLO), k ->
            missing[0] = k.createProcess("ghost", Priority.NORMAL, "/bin/nothing"))) {
            assertEquals("exec /bin/nothing: no such file\n", machine.core(0).consoleText());
            assertEquals(-SyscallNumbers.ENOENT, missing[0].probe().exitCode());
        }
    }
}
