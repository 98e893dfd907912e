package eduscc.kernel.sys;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eduscc.kernel.boot.RamdiskFile;
import eduscc.kernel.sched.Priority;
import eduscc.kernel.sched.Task;
import eduscc.machine.Machine;
import eduscc.machine.trace.TraceEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The stack of an x86 program grows on demand: exec maps its top 16 KiB; a push (or any access
 * no further than 32 bytes below ESP) into a page under them gets a zeroed page, while an
 * access far below ESP is a stray pointer and kills the program.
 */
class StackGrowthTest {
    /** Moves ESP 20 KiB down (one page past the mapped 16 KiB), pushes there, exits with what it reads back. */
    private static final String DEEP = String.join("\n",
        "bits 32",
        "section .text",
        "_start:",
        "    sub esp, 0x5000",               // ESP = BFFFB000: below the four mapped pages
        "    push dword 42",                 // writes BFFFAFFC: not present, within reach of ESP
        "    pop ebx",
        "    mov eax, 0",                    // exit(42)
        "    int 0x80");

    /** Writes 8 KiB below a stack pointer that has not moved: not a push, a bug. */
    private static final String STRAY = String.join("\n",
        "bits 32",
        "section .text",
        "_start:",
        "    mov dword [esp - 0x6000], 1",   // BFFFA000: below the mapped pages and far below ESP
        "    mov eax, 0",
        "    mov ebx, 0",
        "    int 0x80");

    private static List<TraceEvent.PageFaultResolved> run(String source, Task[] task, Machine[] out) {
        List<RamdiskFile> files = List.of(new RamdiskFile("stack", ProgramRun.elf("stack", source)));
        Machine machine = ProgramRun.run(true, files, k -> task[0] = k.createProcess("stack", Priority.NORMAL, "/bin/stack"));
        out[0] = machine;
        return machine.trace().events(TraceEvent.PageFaultResolved.class);
    }

    @Test
    void aPushBelowTheMappedStackGetsAZeroedPage() {
        Task[] task = new Task[1];
        Machine[] machine = new Machine[1];
        List<TraceEvent.PageFaultResolved> faults = run(DEEP, task, machine);
        try (Machine m = machine[0]) {
            assertEquals(List.of(0xBFFFAFFC), faults.stream().map(TraceEvent.PageFaultResolved::linearAddress).toList());
            assertEquals("zero-filled", faults.get(0).outcome());
            assertEquals(42, task[0].probe().exitCode());
        }
    }

    @Test
    void anAccessFarBelowTheStackPointerKills() {
        Task[] task = new Task[1];
        Machine[] machine = new Machine[1];
        List<TraceEvent.PageFaultResolved> faults = run(STRAY, task, machine);
        try (Machine m = machine[0]) {
            assertEquals(List.of("killed"), faults.stream().map(TraceEvent.PageFaultResolved::outcome).toList());
            assertEquals(-1, task[0].probe().exitCode());
            assertEquals("core 0: stack killed: page fault: a write to BFFFA000 (page not present) from user mode in stack\n",
                m.core(0).consoleText());
        }
    }
}
