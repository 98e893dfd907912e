package eduscc.kernel.sys;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eduscc.kernel.boot.RamdiskFile;
import eduscc.kernel.sched.Priority;
import eduscc.kernel.sched.Task;
import eduscc.machine.Machine;
import eduscc.machine.trace.TraceEvent;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A program and its threads share one heap: a thread's sbrk moves the process's break, so the
 * main thread may use the page the thread asked for (a malloc in one thread, a free in another).
 */
class ThreadHeapTest {
    private static final String PROGRAM = String.join("\n",
        "bits 32",
        "section .text",
        "_start:",
        "    mov eax, 42",                   // thread_create(grow, 0)
        "    mov ebx, grow",
        "    mov ecx, 0",
        "    int 0x80",
        "    mov ebx, eax",                  // join: wait(thread)
        "    mov eax, 13",
        "    int 0x80",
        "    mov ebx, [eax]",                // the page the thread's sbrk gave: a demand-zero fault, not a kill
        "    add ebx, 7",                    // exit(0 + 7)
        "    mov eax, 0",
        "    int 0x80",
        "grow:",
        "    mov eax, 11",                   // sbrk(4096): the old break
        "    mov ebx, 4096",
        "    int 0x80",
        "    mov ebx, eax",                  // exit(the old break): the join's result
        "    mov eax, 0",
        "    int 0x80");

    @ParameterizedTest(name = "hardware switch: {0}")
    @ValueSource(booleans = {true, false})
    void aThreadsSbrkMovesTheBreakOfItsProcess(boolean hardwareSwitch) {
        Task[] main = new Task[1];
        List<RamdiskFile> files = List.of(new RamdiskFile("heap", ProgramRun.elf("heap", PROGRAM)));
        try (Machine machine = ProgramRun.run(hardwareSwitch, files,
                k -> main[0] = k.createProcess("heap", Priority.NORMAL, "/bin/heap"))) {
            assertEquals(7, main[0].probe().exitCode(), machine.core(0).consoleText());
            assertEquals(List.of("zero-filled"), machine.trace().events(TraceEvent.PageFaultResolved.class).stream()
                .map(TraceEvent.PageFaultResolved::outcome).toList());
        }
    }
}
