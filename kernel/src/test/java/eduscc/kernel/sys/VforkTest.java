package eduscc.kernel.sys;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eduscc.kernel.arch.KernelLayout;
import eduscc.kernel.boot.RamdiskFile;
import eduscc.kernel.sched.Priority;
import eduscc.kernel.user.ShippedPrograms;
import eduscc.machine.Machine;
import eduscc.machine.trace.TraceEvent;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * vfork from an x86 program: the child runs on the parent's address space, no page copied and no
 * fault; the parent does not run again until the child has called execve (here: /bin/hello),
 * and the borrowed space is not given back when the child's new image starts.
 */
class VforkTest {
    private static final String PROGRAM = String.join("\n",
        "bits 32",
        "section .text",
        "_start:",
        "    mov eax, 43",                   // vfork()
        "    int 0x80",
        "    cmp eax, 0",
        "    jne parent",
        "    mov eax, 14",                   // the child: execve("/bin/hello")
        "    mov ebx, path",
        "    int 0x80",
        "parent:",
        "    mov ebx, eax",                  // wait(child)
        "    mov eax, 13",
        "    int 0x80",
        "    mov eax, 1",                    // write(1, "parent\\n", 7)
        "    mov ebx, 1",
        "    mov ecx, text",
        "    mov edx, 7",
        "    int 0x80",
        "    mov eax, 0",
        "    mov ebx, 0",
        "    int 0x80",
        "section .data",
        "path: db \"/bin/hello\", 0",
        "text: db \"parent\", 10");

    @ParameterizedTest(name = "hardware switch: {0}")
    @ValueSource(booleans = {true, false})
    void theParentWaitsUntilTheChildsExecveAndNothingIsCopied(boolean hardwareSwitch) {
        List<RamdiskFile> files = List.of(new RamdiskFile("hello", ProgramRun.elf("hello", ShippedPrograms.source("hello"))),
            new RamdiskFile("vfork", ProgramRun.elf("vfork", PROGRAM)));
        try (Machine machine = ProgramRun.run(hardwareSwitch, files, k -> k.createProcess("shell", Priority.NORMAL, "/bin/vfork"))) {
            assertEquals("hello from ring 3, in an address space of my own\nparent\n", machine.core(0).consoleText());
            List<String> calls = machine.trace().events(TraceEvent.SystemCall.class).stream()
                .map(c -> c.task() + " " + c.name()).toList();
            assertEquals(List.of("shell-child write", "shell-child exit", "shell vfork", "shell wait", "shell write", "shell exit"),
                calls, "the parent's vfork returns only after the child's execve (execve itself never returns)");
            assertEquals(List.of(), machine.trace().events(TraceEvent.PageFaultResolved.class), "nothing shared copy-on-write");
            assertEquals(0xFF, machine.core(0).probePrivate(KernelLayout.FRAME_BITMAP, 4), "every frame back at the end");
        }
    }
}
