package eduscc.kernel.sys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.kernel.Kernel;
import eduscc.kernel.KernelConfig;
import eduscc.kernel.arch.EntryStubs;
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
import eduscc.machine.x86.asm.ListingLine;
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

    /**
     * A breakpoint at the first instruction boundary inside syscall_handler: above its return
     * address lie the registers isrsyscall pushed (the C argument list), then the five dwords the
     * processor pushed on the ESP0 stack for a call from ring 3.
     */
    @ParameterizedTest(name = "hardware switch: {0}")
    @ValueSource(booleans = {true, false})
    void syscallFromRing3ArrivesOnEsp0WithTheSdmFrame(boolean hardwareSwitch) {
        KernelConfig config = new KernelConfig(100, 0, true, hardwareSwitch);
        List<int[]> stacks = new ArrayList<>();
        try (Machine machine = SccBoot.boot(List.of(CoreId.of(0)), MachineConfig.DEFAULT, core -> {
            kernel = new Kernel(core, config, k -> k.createUserTask("caller", Priority.NORMAL, libc -> libc.getpid()));
            return kernel::boot;
        })) {
            machine.setBoundaryWatcher(core -> {
                if (core.regs().eip == EntryStubs.syscallHandler() && stacks.isEmpty()) {
                    int esp = core.regs().esp();
                    int[] words = new int[15];
                    for (int i = 0; i < words.length; i++) {
                        words[i] = core.memory().readLinear(esp + 4 * i, 4, false);
                    }
                    stacks.add(new int[] {esp});
                    stacks.add(words);
                }
                return false;
            });
            machine.run();
            int esp0 = KernelLayout.kernelStackTop(1) - (hardwareSwitch ? 0 : 16);
            int[] words = stacks.get(1);
            assertEquals(esp0 - 60, stacks.get(0)[0], "return address, 9 registers and 5 processor dwords below ESP0");
            ListingLine call = EntryStubs.assembly().listing().stream()
                .filter(l -> l.source().strip().equals("call syscall_handler")).findFirst().orElseThrow();
            assertEquals(call.address() + call.length(), words[0], "returns behind 'call syscall_handler'");
            assertEquals(SyscallNumbers.GETPID, words[1], "nr: the caller's EAX");
            assertEquals(Selectors.USER_DATA, words[8] & 0xFFFF, "DS of ring 3, saved");
            assertEquals(Selectors.USER_CODE, words[11] & 0xFFFF, "CS of ring 3");
            assertEquals(Selectors.USER_DATA, words[14] & 0xFFFF, "the user SS was pushed");
            int userEsp = words[13];
            assertTrue(userEsp <= KernelLayout.userStackTop(1) && userEsp > KernelLayout.userStackTop(0));
        }
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
