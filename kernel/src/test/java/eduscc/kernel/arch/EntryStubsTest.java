package eduscc.kernel.arch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import java.util.List;
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
        List<int[]> seen = new ArrayList<>();
        try (Machine machine = boot(hardwareSwitch, 3, this::markedTask)) {
            machine.setBoundaryWatcher(core -> {
                if (core.regs().eip == EntryStubs.irqHandler() && seen.isEmpty()) {
                    int state = word(core, core.regs().esp() + 4);
                    if (word(core, state + StateFrame.EIP) == KernelLayout.TASK_ENTRY) {
                        int[] fields = new int[StateFrame.KERNEL_SIZE / 4];
                        for (int i = 0; i < fields.length; i++) {
                            fields[i] = word(core, state + 4 * i);
                        }
                        seen.add(new int[] {state});
                        seen.add(fields);
                    }
                }
                return false;
            });
            machine.run();
        }
        int state = seen.get(0)[0];
        int stackTop = KernelLayout.kernelStackTop(1) - (hardwareSwitch ? 0 : 16);
        assertEquals(stackTop - StateFrame.KERNEL_SIZE, state, "the frame ends where the task's stack was");
        int[] expected = {Selectors.KERNEL_DATA, Selectors.KERNEL_DATA, 0xD1D10007, 0x5151006, 0xBEBE0005,
            state + StateFrame.INT_NO, 0xBBBB0003, 0xDDDD0002, 0xCCCC0001, 0xAAAA0000, Idt.TIMER, 0,
            KernelLayout.TASK_ENTRY, Selectors.KERNEL_CODE, 0x202};
        int[] actual = seen.get(1);
        actual[StateFrame.DS / 4] &= 0xFFFF;
        actual[StateFrame.ES / 4] &= 0xFFFF;
        actual[StateFrame.CS / 4] &= 0xFFFF;
        assertArrayEquals(expected, actual, "ds es edi esi ebp esp ebx edx ecx eax int_no error eip cs eflags");
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

    /** Every gate the kernel installs points at a stub of entry.asm, which the kernel image loads. */
    @ParameterizedTest(name = "vector {0}")
    @ValueSource(ints = {0, 8, 13, 14, 17, 31, 123, 127, 0x80})
    void everyInstalledVectorHasAStub(int vector) {
        assertTrue(EntryStubs.hasStub(vector));
        int stub = EntryStubs.stub(vector);
        assertTrue(stub >= KernelLayout.HANDLERS && stub < KernelLayout.TASK_ENTRY, Integer.toHexString(stub));
    }
}
