package eduscc.kernel.sys;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eduscc.kernel.arch.KernelLayout;
import eduscc.kernel.boot.RamdiskFile;
import eduscc.kernel.sched.Priority;
import eduscc.kernel.sched.Task;
import eduscc.machine.Machine;
import eduscc.machine.trace.TraceEvent;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A thread of an x86 program (thread_create, the paper's pthread_create, and join as wait): it runs
 * on the program's own address space, on a stack of its own, and its exit code comes back to the
 * joining thread; its exit gives nothing of the shared space back, the program's exit gives all.
 */
class ThreadTest {
    private static final String PROGRAM = String.join("\n",
        "bits 32",
        "section .text",
        "_start:",
        "    mov eax, 42",                   // thread_create(worker, 21)
        "    mov ebx, worker",
        "    mov ecx, 21",
        "    int 0x80",
        "    mov ebx, eax",                  // join: wait(thread)
        "    mov eax, 13",
        "    int 0x80",
        "    add eax, [shared]",             // 2 * 21, plus what the thread stored: 100
        "    mov ebx, eax",                  // exit(142)
        "    mov eax, 0",
        "    int 0x80",
        "worker:",
        "    mov dword [shared], 100",       // the same data page as the main thread's
        "    push ebx",                      // its own stack
        "    pop eax",
        "    add ebx, eax",                  // exit(2 * arg)
        "    mov eax, 0",
        "    int 0x80",
        "section .data",
        "shared: dd 0");

    @ParameterizedTest(name = "hardware switch: {0}")
    @ValueSource(booleans = {true, false})
    void aThreadSharesTheDataAndItsExitCodeComesBackToTheJoin(boolean hardwareSwitch) {
        Task[] main = new Task[1];
        try (Machine machine = ProgramRun.run(hardwareSwitch, List.of(new RamdiskFile("threads", ProgramRun.elf("threads", PROGRAM))),
            k -> main[0] = k.createProcess("threads", Priority.NORMAL, "/bin/threads"))) {
            assertEquals(142, main[0].probe().exitCode(), machine.core(0).consoleText());
            List<String> calls = machine.trace().events(TraceEvent.SystemCall.class).stream()
                .map(c -> c.task() + " " + c.name() + " " + c.result()).toList();
            assertEquals(List.of("threads thread_create 2", "threads-thread exit 42", "threads wait 42", "threads exit 142"), calls);
            assertEquals(List.of(), machine.trace().events(TraceEvent.PageFaultResolved.class), "nothing copied: one space");
            assertEquals(0xFF, machine.core(0).probePrivate(KernelLayout.FRAME_BITMAP, 4),
                "the thread's stack went back with the program's space");
        }
    }
}
