package eduscc.kernel.sys;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eduscc.kernel.arch.KernelLayout;
import eduscc.kernel.boot.RamdiskFile;
import eduscc.kernel.sched.Priority;
import eduscc.kernel.sched.Task;
import eduscc.kernel.user.ShippedPrograms;
import eduscc.machine.Machine;
import eduscc.machine.trace.TraceEvent;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * sbrk and execve from an x86 program: the heap starts on the page after the program's data,
 * sbrk returns the old break, each first touch of a heap page is a demand-zero fault, a touch
 * past the break kills; execve replaces the image with /bin/hello and gives the old one back.
 */
class ExecveAndSbrkTest {
    /** Its data ends in the page at 0x08049000, so its heap starts at 0x0804A000. */
    private static final String PROGRAM = String.join("\n",
        "bits 32",
        "section .text",
        "_start:",
        "    mov eax, 11",                   // sbrk(8192): returns the old break
        "    mov ebx, 8192",
        "    int 0x80",
        "    mov [old_break], eax",
        "    mov dword [eax], 7",            // the heap's first page: a fault, zero-filled
        "    mov dword [eax + 4096], 8",     // its second page: another
        "    mov eax, 14",                   // execve("/bin/hello")
        "    mov ebx, path",
        "    int 0x80",
        "    mov ebx, eax",                  // only if execve failed: exit(its error)
        "    mov eax, 0",
        "    int 0x80",
        "section .data",
        "old_break: dd 0",
        "path: db \"/bin/hello\", 0");

    private static Machine run(boolean hardwareSwitch, Task[] task) {
        List<RamdiskFile> files = List.of(new RamdiskFile("grow", ProgramRun.elf("grow", PROGRAM)),
            new RamdiskFile("hello", ProgramRun.elf("hello", ShippedPrograms.source("hello"))));
        return ProgramRun.run(hardwareSwitch, files, k -> task[0] = k.createProcess("grow", Priority.NORMAL, "/bin/grow"));
    }

    @ParameterizedTest(name = "hardware switch: {0}")
    @ValueSource(booleans = {true, false})
    void theHeapGrowsPageByPageAndExecveStartsHello(boolean hardwareSwitch) {
        Task[] task = new Task[1];
        try (Machine machine = run(hardwareSwitch, task)) {
            assertEquals("hello from ring 3, in an address space of my own\n", machine.core(0).consoleText());
            assertEquals(0, task[0].probe().exitCode(), "hello's exit, in the same task");
            List<String> calls = machine.trace().events(TraceEvent.SystemCall.class).stream()
                .map(c -> c.name() + " " + Integer.toHexString(c.result())).toList();
            assertEquals("sbrk 804a000", calls.get(0), "the old break: the page after the program's data");
            List<TraceEvent.PageFaultResolved> faults = machine.trace().events(TraceEvent.PageFaultResolved.class);
            assertEquals(List.of(0x0804A000, 0x0804B000), faults.stream().map(TraceEvent.PageFaultResolved::linearAddress).toList());
            assertEquals(List.of("zero-filled", "zero-filled"), faults.stream().map(TraceEvent.PageFaultResolved::outcome).toList());
            assertEquals(0xFF, machine.core(0).probePrivate(KernelLayout.FRAME_BITMAP, 4),
                "grow's space went back at execve, hello's at its exit");
        }
    }

    /**
     * Grows the heap by two pages, touches both, gives the second back, then reads each again:
     * the first is still there, the second is gone, and a touch past the break kills.
     */
    private static final String SHRINK = String.join("\n",
        "bits 32",
        "section .text",
        "_start:",
        "    mov eax, 11",                   // sbrk(8192)
        "    mov ebx, 8192",
        "    int 0x80",
        "    mov esi, eax",
        "    mov dword [esi], 1",            // two demand-zero faults
        "    mov dword [esi + 4096], 2",
        "    mov eax, 11",                   // sbrk(-4096): the second page goes back
        "    mov ebx, -4096",
        "    int 0x80",
        "    mov eax, [esi]",                // still mapped: no fault
        "    mov eax, [esi + 4096]",         // unmapped and past the break: the process dies
        "    mov eax, 0",
        "    mov ebx, 0",
        "    int 0x80");

    @ParameterizedTest(name = "hardware switch: {0}")
    @ValueSource(booleans = {true, false})
    void aShrinkingBreakUnmapsThePagesAboveIt(boolean hardwareSwitch) {
        Task[] task = new Task[1];
        List<RamdiskFile> files = List.of(new RamdiskFile("shrink", ProgramRun.elf("shrink", SHRINK)));
        try (Machine machine = ProgramRun.run(hardwareSwitch, files,
                k -> task[0] = k.createProcess("shrink", Priority.NORMAL, "/bin/shrink"))) {
            List<TraceEvent.PageFaultResolved> faults = machine.trace().events(TraceEvent.PageFaultResolved.class);
            assertEquals(List.of("08049000 zero-filled", "0804a000 zero-filled", "0804a000 killed"), faults.stream()
                .map(f -> String.format("%08x", f.linearAddress()) + " " + f.outcome()).toList(),
                "no data section: the heap starts on the page after the text's, 0x08049000");
            assertEquals(-1, task[0].probe().exitCode());
            assertEquals(0xFF, machine.core(0).probePrivate(KernelLayout.FRAME_BITMAP, 4),
                "every frame back at the exit, the unmapped one among them");
        }
    }
}
