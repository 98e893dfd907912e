package eduscc.kernel.sys;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eduscc.kernel.arch.KernelLayout;
import eduscc.kernel.boot.RamdiskFile;
import eduscc.kernel.mm.FrameAllocator;
import eduscc.kernel.sched.Priority;
import eduscc.kernel.sched.Task;
import eduscc.machine.Machine;
import eduscc.machine.cpu.Paging;
import eduscc.machine.trace.TraceEvent;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * fork with copy-on-write, from an x86 program: the child writes the shared data page first and
 * gets a copy; the parent, waiting meanwhile, writes it afterwards and takes its frame over, as
 * nobody else shares it any more. Each sees its own counter.
 */
class ForkTest {
    private static final String PROGRAM = String.join("\n",
        "bits 32",
        "section .text",
        "_start:",
        "    mov eax, 12",                   // fork()
        "    int 0x80",
        "    cmp eax, 0",
        "    je child",
        "    mov ebx, eax",                  // wait(child)
        "    mov eax, 13",
        "    int 0x80",
        "    mov eax, [counter]",
        "    add eax, 48",
        "    mov [parent_digit], al",        // a write: the page is still marked copy-on-write
        "    mov eax, 1",
        "    mov ebx, 1",
        "    mov ecx, parent_text",
        "    mov edx, 18",
        "    int 0x80",
        "    mov eax, 0",
        "    mov ebx, 0",
        "    int 0x80",
        "child:",
        "    mov dword [counter], 5",        // the first write to the shared page: a copy
        "    mov eax, [counter]",
        "    add eax, 48",
        "    mov [child_digit], al",
        "    mov eax, 1",
        "    mov ebx, 1",
        "    mov ecx, child_text",
        "    mov edx, 17",
        "    int 0x80",
        "    mov eax, 0",
        "    mov ebx, 3",
        "    int 0x80",
        "section .data",
        "counter: dd 1",
        "child_text: db \"child: counter \"",
        "child_digit: db 63, 10",
        "parent_text: db \"parent: counter \"",
        "parent_digit: db 63, 10");
    private static final int DATA_PAGE = 0x08049000;

    @ParameterizedTest(name = "hardware switch: {0}")
    @ValueSource(booleans = {true, false})
    void theChildCopiesTheSharedPageAndTheParentTakesItsFrameOver(boolean hardwareSwitch) {
        Task[] parent = new Task[1];
        try (Machine machine = ProgramRun.run(hardwareSwitch, List.of(new RamdiskFile("fork", ProgramRun.elf("fork", PROGRAM))),
            k -> parent[0] = k.createProcess("forker", Priority.NORMAL, "/bin/fork"))) {
            assertEquals("child: counter 5\nparent: counter 1\n", machine.core(0).consoleText());
            List<TraceEvent.SystemCall> calls = machine.trace().events(TraceEvent.SystemCall.class);
            assertEquals(List.of("forker fork 2", "forker-child write 17", "forker-child exit 3", "forker wait 3",
                "forker write 18", "forker exit 0"), calls.stream().map(c -> c.task() + " " + c.name() + " " + c.result()).toList());
            List<TraceEvent.PageFaultResolved> faults = machine.trace().events(TraceEvent.PageFaultResolved.class);
            assertEquals(List.of("forker-child copied", "forker taken over"),
                faults.stream().map(f -> f.task() + " " + f.outcome()).toList());
            assertEquals(DATA_PAGE, faults.get(0).linearAddress() & Paging.FRAME);
            int parentData = faults.get(1).frame();
            int childData = faults.get(0).frame();
            assertEquals(1, machine.core(0).probePrivate(parentData, 4), "the parent's counter in its frame");
            assertEquals(5, machine.core(0).probePrivate(childData, 4), "the child's in its copy");
            assertEquals(0xFF, machine.core(0).probePrivate(KernelLayout.FRAME_BITMAP, 4),
                "both processes ended: every frame of theirs is free again, the kernel's eight remain");
            for (int word = 4; word < 128; word += 4) {
                assertEquals(0, machine.core(0).probePrivate(KernelLayout.FRAME_BITMAP + word, 4));
            }
            assertEquals(0, machine.core(0).probePrivate(KernelLayout.FRAME_COUNTS + FrameAllocator.index(parentData), 1) & 0xFF);
        }
    }
}
