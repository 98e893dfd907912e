package eduscc.kernel.sys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.kernel.Kernel;
import eduscc.kernel.KernelConfig;
import eduscc.kernel.arch.Idt;
import eduscc.kernel.arch.InterruptFrame;
import eduscc.kernel.arch.KernelLayout;
import eduscc.kernel.arch.Selectors;
import eduscc.kernel.boot.SccBoot;
import eduscc.kernel.sched.Priority;
import eduscc.kernel.sched.TaskState;
import eduscc.kernel.user.UserProgram;
import eduscc.machine.Machine;
import eduscc.machine.MachineConfig;
import eduscc.machine.chip.CoreId;
import eduscc.machine.cpu.CoreState;
import eduscc.machine.trace.TraceEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** INT 0x80 from ring 3, the way a newlib program makes it. */
class SyscallTest {
    private Kernel kernel;

    private Machine run(boolean hardwareSwitch, Consumer<Kernel> tasks) {
        KernelConfig config = new KernelConfig(100, 0, true, hardwareSwitch);
        Machine machine = SccBoot.boot(List.of(CoreId.of(0)), MachineConfig.DEFAULT, core -> {
            kernel = new Kernel(core, config, tasks);
            return kernel::boot;
        });
        machine.run();
        return machine;
    }

    @ParameterizedTest(name = "hardware switch: {0}")
    @ValueSource(booleans = {true, false})
    void userProgramWritesItsPidOnTheConsole(boolean hardwareSwitch) {
        try (Machine machine = run(hardwareSwitch, k -> k.createUserTask("hello", Priority.NORMAL,
            libc -> libc.write(1, "hello from task " + libc.getpid() + "\n")))) {
            assertEquals("hello from task 1\n", machine.core(0).consoleText());
            List<String> calls = machine.trace().events(TraceEvent.SystemCall.class).stream().map(TraceEvent.SystemCall::name).toList();
            assertEquals(List.of("getpid", "write", "exit"), calls);
        }
    }

    @ParameterizedTest(name = "hardware switch: {0}")
    @ValueSource(booleans = {true, false})
    void syscallFromRing3ArrivesOnEsp0WithTheSdmFrame(boolean hardwareSwitch) {
        List<InterruptFrame> frames = new ArrayList<>();
        List<Integer> kernelEsps = new ArrayList<>();
        try (Machine machine = run(hardwareSwitch, k -> {
            k.createUserTask("caller", Priority.NORMAL, libc -> libc.getpid());
            k.idt().setHandler(Idt.SYSCALL, wrap(k, frames, kernelEsps));
        })) {
            InterruptFrame frame = frames.get(0);
            assertEquals(Selectors.USER_CODE, frame.cs(), "CS of ring 3");
            assertEquals(Selectors.USER_DATA, frame.userSs(), "the user SS was pushed");
            assertTrue(frame.userEsp() <= KernelLayout.userStackTop(1) && frame.userEsp() > KernelLayout.userStackTop(0));
            int esp0 = KernelLayout.kernelStackTop(1) - (hardwareSwitch ? 0 : 16);
            assertEquals(esp0 - 20, kernelEsps.get(0), "five dwords below ESP0: SS, ESP, EFLAGS, CS, EIP");
        }
    }

    private static eduscc.kernel.arch.InterruptHandler wrap(Kernel k, List<InterruptFrame> frames, List<Integer> esps) {
        return frame -> {
            frames.add(frame);
            esps.add(k.ops().currentEsp());
            k.ops().setRegister(eduscc.machine.cpu.Registers.EAX, 1);
        };
    }

    @ParameterizedTest(name = "hardware switch: {0}")
    @ValueSource(booleans = {true, false})
    void privilegedOperationInRing3KillsOnlyThatTask(boolean hardwareSwitch) {
        try (Machine machine = run(hardwareSwitch, k -> {
            k.createUserTask("rogue", Priority.NORMAL, libc -> {
                libc.write(1, "rogue tries CLI\n");
                libc.ops().cli();
                libc.write(1, "rogue survived\n");
            });
            k.createUserTask("good", Priority.NORMAL, libc -> libc.write(1, "good is fine\n"));
        })) {
            String console = machine.core(0).consoleText();
            assertTrue(console.contains("rogue tries CLI"), console);
            assertTrue(console.contains("killed by vector 13 error 0x0"), console);
            assertTrue(!console.contains("rogue survived"), console);
            assertTrue(console.contains("good is fine"), console);
            assertEquals(-1, kernel.scheduler().task(1).exitCode());
            assertEquals(TaskState.FINISHED, kernel.scheduler().task(2).state());
        }
    }

    @ParameterizedTest(name = "hardware switch: {0}")
    @ValueSource(booleans = {true, false})
    void threadCreateAndWaitReturnTheThreadsExitCode(boolean hardwareSwitch) {
        try (Machine machine = run(hardwareSwitch, k -> k.createUserTask("main", Priority.NORMAL, libc -> {
            int thread = libc.threadCreate(child -> {
                child.write(1, "thread " + child.getpid() + " runs\n");
                child.exit(7);
            });
            int code = libc.wait(thread);
            libc.write(1, "thread " + thread + " exited with " + code + "\n");
            libc.write(1, "unknown call gives " + libc.rawSyscall(99) + "\n");
        }))) {
            assertEquals("thread 2 runs\nthread 2 exited with 7\nunknown call gives -38\n", machine.core(0).consoleText());
        }
    }

    @ParameterizedTest(name = "hardware switch: {0}")
    @ValueSource(booleans = {true, false})
    void threadCreateWithAFullTableReturnsEagainUntilAWaitFreesASlot(boolean hardwareSwitch) {
        try (Machine machine = run(hardwareSwitch, k -> k.createUserTask("main", Priority.NORMAL, libc -> {
            UserProgram worker = child -> child.exit(child.getpid());
            int first = libc.threadCreate(worker);
            int created = 1;
            while (libc.threadCreate(worker) > 0) {
                created++;
            }
            libc.write(1, created + " threads, then " + libc.threadCreate(worker) + "\n");
            libc.write(1, "wait " + first + " gives " + libc.wait(first) + "\n");
            libc.write(1, "the next thread takes slot " + libc.threadCreate(worker) + "\n");
        }))) {
            assertEquals("57 threads, then -11\nwait 2 gives 2\nthe next thread takes slot 2\n",
                machine.core(0).consoleText(), "main holds slot 1; its 57 threads fill the other slots until it waits");
            assertEquals(CoreState.HALTED, machine.core(0).state());
        }
    }

    @ParameterizedTest(name = "hardware switch: {0}")
    @ValueSource(booleans = {true, false})
    void writeRefusesBuffersOutsideUserMemory(boolean hardwareSwitch) {
        try (Machine machine = run(hardwareSwitch, k -> k.createUserTask("snoop", Priority.NORMAL, libc -> {
            int gdt = libc.rawSyscall(SyscallNumbers.WRITE, 1, KernelLayout.GDT, 8);
            int wrapping = libc.rawSyscall(SyscallNumbers.WRITE, 1, KernelLayout.USER_ENTRY - 4, 8);
            int negative = libc.rawSyscall(SyscallNumbers.WRITE, 1, KernelLayout.USER_STACKS, -1);
            libc.write(1, gdt + " " + wrapping + " " + negative + "\n");
        }))) {
            assertEquals("-14 -14 -22\n", machine.core(0).consoleText());
        }
    }
}
