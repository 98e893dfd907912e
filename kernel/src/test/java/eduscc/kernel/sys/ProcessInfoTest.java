package eduscc.kernel.sys;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eduscc.kernel.Kernel;
import eduscc.kernel.KernelSnapshot;
import eduscc.kernel.ProcessInfo;
import eduscc.kernel.boot.RamdiskFile;
import eduscc.kernel.sched.Priority;
import eduscc.machine.Machine;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the process tree reads from a kernel when every task has ended: who created whom, what
 * each ran, how it ended, and whose wait collected its exit code. A child the parent waited for
 * is reaped by that wait; a child whose parent exited first is reaped by the kernel, no one
 * collects it; a task of the boot, whose parent is the idle task (which never waits), stays a
 * zombie.
 */
class ProcessInfoTest {
    /** fork; the child exits with 3; the parent waits for it, then exits with 0. */
    private static final String FORK_WAIT = String.join("\n",
        "bits 32",
        "section .text",
        "_start:",
        "    mov eax, 12",
        "    int 0x80",
        "    cmp eax, 0",
        "    je child",
        "    mov ebx, eax",
        "    mov eax, 13",
        "    int 0x80",
        "    mov eax, 0",
        "    mov ebx, 0",
        "    int 0x80",
        "child:",
        "    mov eax, 0",
        "    mov ebx, 3",
        "    int 0x80");

    /** fork; the parent exits with 7 at once, before its child has run; the child exits with 5. */
    private static final String FORK_NO_WAIT = String.join("\n",
        "bits 32",
        "section .text",
        "_start:",
        "    mov eax, 12",
        "    int 0x80",
        "    cmp eax, 0",
        "    je child",
        "    mov eax, 0",
        "    mov ebx, 7",
        "    int 0x80",
        "child:",
        "    mov eax, 0",
        "    mov ebx, 5",
        "    int 0x80");

    /** thread_create(worker); join it; the worker exits with 9. */
    private static final String THREAD_JOIN = String.join("\n",
        "bits 32",
        "section .text",
        "_start:",
        "    mov eax, 42",
        "    mov ebx, worker",
        "    mov ecx, 0",
        "    int 0x80",
        "    mov ebx, eax",
        "    mov eax, 13",
        "    int 0x80",
        "    mov eax, 0",
        "    mov ebx, 0",
        "    int 0x80",
        "worker:",
        "    mov eax, 0",
        "    mov ebx, 9",
        "    int 0x80");

    private static List<String> tree(String name, String source, boolean withKernelTask) {
        Kernel[] kernel = new Kernel[1];
        try (Machine machine = ProgramRun.run(true, List.of(new RamdiskFile(name, ProgramRun.elf(name, source))), k -> {
            kernel[0] = k;
            k.createProcess(name, Priority.NORMAL, "/bin/" + name);
            if (withKernelTask) {
                k.scheduler().create("logger", Priority.LOW, () -> { });
            }
        })) {
            return KernelSnapshot.of(kernel[0]).processes().stream().map(ProcessInfoTest::row).toList();
        }
    }

    /** pid, parent, name, program, kind, state, priority, then the exit code and who collected it. */
    private static String row(ProcessInfo p) {
        return p.pid() + " " + p.parent() + " " + p.name() + " '" + p.program() + "' " + p.kind().words() + " " + p.state()
            + " " + p.priority() + (p.exited() ? " exit " + p.exitCode() + " by " + p.collectedBy() : "");
    }

    @Test
    void aChildCollectedByWaitIsReapedByItsParent() {
        assertEquals(List.of(
            "0 -1 idle '' idle idle 0",
            "1 0 fw '/bin/fw' x86 process zombie 8 exit 0 by -1",
            "2 0 logger '' Java kernel task zombie 1 exit 0 by -1",
            "3 1 fw-child '/bin/fw' x86 process reaped 8 exit 3 by 1"), tree("fw", FORK_WAIT, true));
    }

    @Test
    void aChildWhoseParentExitedFirstIsReapedByTheKernel() {
        assertEquals(List.of(
            "0 -1 idle '' idle idle 0",
            "1 0 orphan '/bin/orphan' x86 process zombie 8 exit 7 by -1",
            "2 1 orphan-child '/bin/orphan' x86 process reaped 8 exit 5 by -1"), tree("orphan", FORK_NO_WAIT, false));
    }

    @Test
    void aJoinedThreadIsCollectedByTheThreadThatCreatedIt() {
        assertEquals(List.of(
            "0 -1 idle '' idle idle 0",
            "1 0 tj '/bin/tj' x86 process zombie 8 exit 0 by -1",
            "2 1 tj-thread '/bin/tj' x86 thread reaped 8 exit 9 by 1"), tree("tj", THREAD_JOIN, false));
    }
}
