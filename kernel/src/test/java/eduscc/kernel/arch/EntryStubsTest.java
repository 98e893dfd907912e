package eduscc.kernel.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.kernel.Kernel;
import eduscc.kernel.KernelConfig;
import eduscc.kernel.boot.SccBoot;
import eduscc.kernel.sched.Priority;
import eduscc.machine.Machine;
import eduscc.machine.MachineConfig;
import eduscc.machine.chip.CoreId;
import eduscc.machine.cpu.Core;
import eduscc.machine.cpu.Operations;
import eduscc.machine.cpu.Registers;
import eduscc.machine.x86.asm.ListingLine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The interrupt entry path in x86 (entry.asm): what it leaves on the stack, and that it runs. */
class EntryStubsTest {
    /** More than one 10 ms tick of work, so the timer interrupts it. */
    private static final int LONG_WORK = (int) (Apic.countFor(100) * 3 / 2);

    private Kernel kernel;

    private Machine boot(boolean hardwareSwitch, long ticks, Consumer<Kernel> tasks) {
        KernelConfig config = new KernelConfig(100, ticks, ticks == 0, hardwareSwitch);
        return SccBoot.boot(List.of(CoreId.of(0)), MachineConfig.DEFAULT, core -> {
            kernel = new Kernel(core, config, tasks);
            return kernel::boot;
        });
    }

    /** A task that loads known values into the general registers, then works until the timer comes. */
    private void markedTask(Kernel k) {
        k.scheduler().create("marked", Priority.NORMAL, () -> {
            Operations ops = kernel.ops();
            int[] marks = {0xAAAA0000, 0xCCCC0001, 0xDDDD0002, 0xBBBB0003, 0, 0xBEBE0005, 0x5151006, 0xD1D10007};
            for (int r = Registers.EAX; r <= Registers.EDI; r++) {
                if (r != Registers.ESP) {
                    ops.setRegister(r, marks[r]);
                }
            }
            ops.work(LONG_WORK);
        });
    }

    private static int word(Core core, int address) {
        return core.memory().readLinear(address, 4, false);
    }

    /**
     * A breakpoint at the first boundary inside irq_handler for the timer that interrupted the
     * marked task: its argument points at a struct state holding exactly what PUSHA, the stub and
     * the processor pushed.
     */
    @ParameterizedTest(name = "hardware switch: {0}")
    @ValueSource(booleans = {true, false})
    void timerFrameHoldsWhatPushaTheStubAndTheProcessorPushed(boolean hardwareSwitch) {
        List<Integer> states = new ArrayList<>();
        List<Map<String, Integer>> frames = new ArrayList<>();
        try (Machine machine = boot(hardwareSwitch, 3, this::markedTask)) {
            machine.setBoundaryWatcher(core -> {
                if (core.regs().eip == EntryStubs.irqHandler() && frames.isEmpty()) {
                    int state = word(core, core.regs().esp() + 4);
                    Map<String, Integer> frame = StateFrame.decode(a -> word(core, a), state);
                    if (frame.get("eip") == KernelLayout.TASK_ENTRY) {
                        states.add(state);
                        frames.add(frame);
                    }
                }
                return false;
            });
            machine.run();
        }
        int state = states.get(0);
        int stackTop = KernelLayout.kernelStackTop(1) - (hardwareSwitch ? 0 : 16);
        assertEquals(stackTop - StateFrame.KERNEL_SIZE, state, "the frame ends where the task's stack was");
        Map<String, Integer> expected = new LinkedHashMap<>();
        int[] values = {Selectors.KERNEL_DATA, Selectors.KERNEL_DATA, 0xD1D10007, 0x5151006, 0xBEBE0005,
            state + StateFrame.INT_NO, 0xBBBB0003, 0xDDDD0002, 0xCCCC0001, 0xAAAA0000, Idt.TIMER, 0,
            KernelLayout.TASK_ENTRY, Selectors.KERNEL_CODE, 0x202};
        for (int i = 0; i < values.length; i++) {
            expected.put(StateFrame.FIELDS[i], values[i]);
        }
        assertEquals(expected, frames.get(0), "ds, es by common_stub; edi..eax by PUSHA (esp: where int_no is);"
            + " int_no and the dummy error by isr123; eip, cs, eflags by the processor");
    }

    /** The source lines of entry.asm that one timer tick on the idle core runs, in order. */
    @ParameterizedTest(name = "hardware switch: {0}")
    @ValueSource(booleans = {true, false})
    void timerTickRunsTheStubLineByLine(boolean hardwareSwitch) {
        List<String> lines = new ArrayList<>();
        try (Machine machine = boot(hardwareSwitch, 1, k -> { })) {
            machine.setBoundaryWatcher(core -> {
                int linear = core.regs().cs().base() + core.regs().eip;
                if (core.bindingAt(linear) == null) {
                    EntryStubs.assembly().lineAt(Integer.toUnsignedLong(linear)).map(ListingLine::source)
                        .map(s -> s.replaceAll(";.*", "").strip()).ifPresent(lines::add);
                }
                return false;
            });
            machine.run();
        }
        assertTrue(lines.size() >= 17, lines.toString());
        assertEquals(List.of(
            "push 0", "push 123", "jmp common_stub",
            "pusha", "push es", "push ds", "mov eax, KERNEL_DATA", "mov ds, eax", "mov es, eax", "push esp",
            "call irq_handler",
            "add esp, 4", "pop ds", "pop es", "popa", "add esp, 8", "iret"), lines.subList(0, 17));
    }

    /**
     * The x86 a tick that switches between two running tasks executes, counted instruction by
     * instruction from the timer's stub to the next one. Software: isr123 (3) and common_stub up
     * to its CALL (8), switch_context (10), common_switch (12), then in the resumed task rollback's
     * RET (1) and common_stub's way out (6): 40. Hardware: the stub (11), a far JMP that Java code
     * executes, and the way out (6): 17.
     */
    @ParameterizedTest(name = "hardware switch: {0}")
    @ValueSource(booleans = {true, false})
    void aSwitchingTickRunsTheWholeEntryAndExitPathInX86(boolean hardwareSwitch) {
        List<Integer> perTick = new ArrayList<>();
        int timerStub = EntryStubs.stub(Idt.TIMER);
        try (Machine machine = boot(hardwareSwitch, 0, k -> {
            for (String name : List.of("a", "b")) {
                k.scheduler().create(name, Priority.NORMAL, () -> {
                    for (int i = 0; i < 3; i++) {
                        kernel.ops().work(LONG_WORK);
                    }
                });
            }
        })) {
            machine.setBoundaryWatcher(core -> {
                int linear = core.regs().cs().base() + core.regs().eip;
                if (linear == timerStub) {
                    perTick.add(0);
                }
                if (!perTick.isEmpty()) {
                    int last = perTick.size() - 1;
                    if (core.bindingAt(linear) == null && EntryStubs.assembly().lineAt(linear).isPresent()) {
                        perTick.set(last, perTick.get(last) + 1);
                    }
                }
                return false;
            });
            machine.run();
        }
        int expected = hardwareSwitch ? 17 : 40;
        assertEquals(List.of(expected, expected), perTick.subList(2, 4), "ticks 3 and 4 switch between a and b");
    }

    /** Every gate the kernel installs points at a stub of entry.asm, which the kernel image loads. */
    @ParameterizedTest(name = "vector {0}")
    @ValueSource(ints = {0, 8, 13, 14, 17, 31, 123, 127, 0x80})
    void everyInstalledVectorHasAStub(int vector) {
        assertTrue(EntryStubs.hasStub(vector));
        int stub = EntryStubs.stub(vector);
        assertTrue(stub >= KernelLayout.HANDLERS && stub < KernelLayout.TASK_ENTRY, Integer.toHexString(stub));
    }
}
