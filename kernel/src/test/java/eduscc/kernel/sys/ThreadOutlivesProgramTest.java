package eduscc.kernel.sys;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eduscc.kernel.arch.KernelLayout;
import eduscc.kernel.boot.RamdiskFile;
import eduscc.kernel.sched.Priority;
import eduscc.machine.Machine;
import eduscc.machine.trace.TraceEvent;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A program that exits while its thread still runs: the address space stays until the thread
 * ends too. The thread's first touch of the heap after the program's exit is a demand-zero fault
 * in that space, and its frames (with the program's) go back at the thread's exit. Had the space
 * gone back at the program's exit, the fault would take a freed frame of the very directory the
 * thread runs on.
 */
class ThreadOutlivesProgramTest {
    private static final String PROGRAM = String.join("\n",
        "bits 32",
        "section .text",
        "_start:",
        "    mov eax, 11",                   // sbrk(4096): one heap page, not touched yet
        "    mov ebx, 4096",
        "    int 0x80",
        "    mov [heap], eax",
        "    mov eax, 42",                   // thread_create(worker, 5)
        "    mov ebx, worker",
        "    mov ecx, 5",
        "    int 0x80",
        "    mov eax, 0",                    // exit(1) at once, before the thread has run
        "    mov ebx, 1",
        "    int 0x80",
        "worker:",
        "    mov esi, [heap]",
        "    mov [esi], ebx",                // the heap's first touch: a fault after the program ended
        "    mov ebx, [esi]",
        "    add ebx, 100",                  // exit(105)
        "    mov eax, 0",
        "    int 0x80",
        "section .data",
        "heap: dd 0");

    @ParameterizedTest(name = "hardware switch: {0}")
    @ValueSource(booleans = {true, false})
    void theSpaceStaysUntilTheLastThreadEnds(boolean hardwareSwitch) {
        List<RamdiskFile> files = List.of(new RamdiskFile("early", ProgramRun.elf("early", PROGRAM)));
        try (Machine machine = ProgramRun.run(hardwareSwitch, files,
                k -> k.createProcess("early", Priority.NORMAL, "/bin/early"))) {
            List<String> calls = machine.trace().events(TraceEvent.SystemCall.class).stream()
                .map(c -> c.task() + " " + c.name() + " " + c.result()).toList();
            assertEquals(List.of("early sbrk 134520832", "early thread_create 2", "early exit 1", "early-thread exit 105"),
                calls, machine.core(0).consoleText());
            assertEquals(List.of("zero-filled"), machine.trace().events(TraceEvent.PageFaultResolved.class).stream()
                .map(TraceEvent.PageFaultResolved::outcome).toList());
            assertEquals(0xFF, machine.core(0).probePrivate(KernelLayout.FRAME_BITMAP, 4),
                "every frame back once the thread ended: the kernel's own eight and no more");
        }
    }
}
