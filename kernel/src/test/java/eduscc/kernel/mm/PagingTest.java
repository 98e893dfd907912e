package eduscc.kernel.mm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.kernel.Kernel;
import eduscc.kernel.KernelConfig;
import eduscc.kernel.arch.KernelLayout;
import eduscc.kernel.boot.SccBoot;
import eduscc.kernel.sched.Priority;
import eduscc.machine.Machine;
import eduscc.machine.MachineConfig;
import eduscc.machine.chip.CoreId;
import eduscc.machine.cpu.ControlBits;
import eduscc.machine.cpu.Core;
import eduscc.machine.cpu.Paging;
import eduscc.machine.trace.TraceEvent;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A kernel booted with paging on: the kernel's identity map in real PDE and PTE bytes, CR3 and
 * CR0.PG as the boot writes them, a demand-zero heap page for a user task's first touch, and a
 * user task that reads kernel memory killed with a message. Frames in the order the boot takes
 * them: the directory, the four tables of the low 16 MiB, the tables of the configuration
 * registers, the interrupt controller and the APIC; then a heap page and its table.
 */
class PagingTest {
    private static final int DIRECTORY = KernelLayout.FRAME_POOL;
    private static final int HEAP_FRAME = DIRECTORY + 8 * 0x1000;
    private static final int HEAP_TABLE = DIRECTORY + 9 * 0x1000;
    private static final int IGNORED = Paging.A | Paging.D;

    private static Machine run(boolean hardwareSwitch, Consumer<Kernel> tasks) {
        KernelConfig config = new KernelConfig(100, 0, true, hardwareSwitch).withPaging(true);
        Machine machine = SccBoot.boot(List.of(CoreId.of(0)), MachineConfig.DEFAULT, core -> {
            Kernel kernel = new Kernel(core, config, tasks);
            return kernel::boot;
        });
        machine.run();
        return machine;
    }

    private static int pde(Core core, int linear) {
        return core.probePrivate(DIRECTORY + 4 * (linear >>> 22), 4);
    }

    private static int pte(Core core, int linear) {
        int table = pde(core, linear) & Paging.FRAME;
        return core.probePrivate(table + 4 * ((linear >>> 12) & 0x3FF), 4) & ~IGNORED;
    }

    @ParameterizedTest(name = "hardware switch: {0}")
    @ValueSource(booleans = {true, false})
    void theBootMapsTheKernelToItselfAndTurnsPagingOn(boolean hardwareSwitch) {
        try (Machine machine = run(hardwareSwitch, k -> { })) {
            Core core = machine.core(0);
            List<TraceEvent.ControlRegisterWrite> writes = machine.trace().events(TraceEvent.ControlRegisterWrite.class);
            assertEquals(DIRECTORY, writes.stream().filter(w -> w.register() == 3).findFirst().orElseThrow().newValue());
            assertTrue((core.regs().cr0 & ControlBits.CR0_PG) != 0, "CR0.PG is set");
            assertEquals(DIRECTORY, core.regs().cr3);
            assertEquals(DIRECTORY + 0x1000 | Paging.RW | Paging.P, pde(core, 0) & ~IGNORED);
            assertEquals(DIRECTORY + 0x3000 | Paging.US | Paging.RW | Paging.P, pde(core, KernelLayout.USER_STACKS) & ~IGNORED,
                "the table of the user stacks is open to ring 3; its entries decide");
            assertEquals(0, pte(core, 0), "page 0 is not mapped: a null pointer faults");
            assertEquals(KernelLayout.GDT | Paging.RW | Paging.P, pte(core, KernelLayout.GDT), "supervisor, identity");
            assertEquals(KernelLayout.USER_STACKS | Paging.US | Paging.RW | Paging.P, pte(core, KernelLayout.USER_STACKS));
            assertEquals(KernelLayout.USER_ENTRY + 0x1000 | Paging.RW | Paging.P, pte(core, KernelLayout.USER_ENTRY + 0x1000));
            assertEquals(0xFEE00000 | Paging.PCD | Paging.PWT | Paging.RW | Paging.P, pte(core, 0xFEE00000), "the APIC, uncached");
            assertEquals(0xFF, core.probePrivate(KernelLayout.FRAME_BITMAP, 4), "eight frames: the directory and seven tables");
        }
    }

    @ParameterizedTest(name = "hardware switch: {0}")
    @ValueSource(booleans = {true, false})
    void aUserTasksFirstTouchOfTheHeapGetsAZeroedPage(boolean hardwareSwitch) {
        int[] read = new int[2];
        try (Machine machine = run(hardwareSwitch, k -> k.createUserTask("heap", Priority.NORMAL, libc -> {
            read[0] = libc.ops().read32(KernelLayout.USER_HEAP + 0x10);
            libc.ops().write32(KernelLayout.USER_HEAP + 0x14, 0x1234);
            read[1] = libc.ops().read32(KernelLayout.USER_HEAP + 0x14);
        }))) {
            Core core = machine.core(0);
            assertEquals(0, read[0], "a demand-zero page reads as zero");
            assertEquals(0x1234, read[1]);
            TraceEvent.PageFault fault = machine.trace().events(TraceEvent.PageFault.class).get(0);
            assertEquals(KernelLayout.USER_HEAP + 0x10, fault.linearAddress());
            assertEquals(Paging.ERR_USER, fault.errorCode(), "not present, a read, from user mode");
            assertEquals(List.of(new TraceEvent.PageFaultResolved(KernelLayout.USER_HEAP + 0x10, "zero-filled", "heap", HEAP_FRAME)),
                machine.trace().events(TraceEvent.PageFaultResolved.class), "one fault: the write found the page mapped");
            assertEquals(HEAP_TABLE | Paging.US | Paging.RW | Paging.P, pde(core, KernelLayout.USER_HEAP) & ~IGNORED);
            assertEquals(HEAP_FRAME | Paging.US | Paging.RW | Paging.P, pte(core, KernelLayout.USER_HEAP));
            assertEquals(0x1234, core.probePrivate(HEAP_FRAME + 0x14, 4), "the write went to the new frame");
            assertEquals(0x3FF, core.probePrivate(KernelLayout.FRAME_BITMAP, 4), "ten frames in use");
        }
    }

    @ParameterizedTest(name = "hardware switch: {0}")
    @ValueSource(booleans = {true, false})
    void aUserTaskThatReadsKernelMemoryIsKilledAndTheOthersRunOn(boolean hardwareSwitch) {
        try (Machine machine = run(hardwareSwitch, k -> {
            k.createUserTask("snoop", Priority.NORMAL, libc -> libc.ops().read32(KernelLayout.TASK_TABLE));
            k.createUserTask("polite", Priority.LOW, libc -> libc.write(1, "still here\n"));
        })) {
            assertEquals("core 0: snoop killed: page fault: a read of 00120000 (protection violation) from user mode in snoop\n"
                + "still here\n", machine.core(0).consoleText());
            assertEquals(List.of(new TraceEvent.PageFaultResolved(KernelLayout.TASK_TABLE, "killed", "snoop", 0)),
                machine.trace().events(TraceEvent.PageFaultResolved.class));
        }
    }

    @ParameterizedTest(name = "hardware switch: {0}")
    @ValueSource(booleans = {true, false})
    void aNullPointerInTheKernelIsAPanicNamingTheAddress(boolean hardwareSwitch) {
        try (Machine machine = run(hardwareSwitch, k -> k.scheduler().create("buggy", Priority.NORMAL,
            () -> k.ops().read32(0x10)))) {
            TraceEvent.Panic panic = machine.trace().events(TraceEvent.Panic.class).get(0);
            assertTrue(panic.reason().contains("core 0: page fault: a read of 00000010 (page not present) from the kernel in buggy"),
                panic.reason());
        }
    }

    /**
     * Kernel Java code that rewrites a PTE through its operations, without INVLPG: its next read
     * and write of the page reach the frame the entry names now, although the ones before had
     * left the page in the core's translation shortcuts.
     */
    @ParameterizedTest(name = "hardware switch: {0}")
    @ValueSource(booleans = {true, false})
    void kernelCodeThatRewritesAPteReachesTheNewFrameAtOnce(boolean hardwareSwitch) {
        int page = 0x00130000;
        int other = 0x00131000;
        int[] read = new int[2];
        try (Machine machine = run(hardwareSwitch, k -> k.scheduler().create("remap", Priority.NORMAL, () -> {
            var ops = k.ops();
            ops.write32(page + 0x10, 0xAAAA);
            ops.write32(other + 0x10, 0xBBBB);
            read[0] = ops.read32(page + 0x10);
            int pteAddress = (ops.read32(DIRECTORY + 4 * (page >>> 22)) & Paging.FRAME) + 4 * ((page >>> 12) & 0x3FF);
            int pte = ops.read32(pteAddress);
            ops.write32(pteAddress, other | (pte & ~Paging.FRAME));
            read[1] = ops.read32(page + 0x10);
            ops.write32(page + 0x20, 0x1234);
            ops.write32(pteAddress, pte);
            ops.invlpg(page);
        }))) {
            Core core = machine.core(0);
            assertEquals(0xAAAA, read[0]);
            assertEquals(0xBBBB, read[1], "the read after the PTE write comes from the new frame");
            assertEquals(0x1234, core.probePrivate(other + 0x20, 4), "and so does the write");
            assertEquals(0, core.probePrivate(page + 0x20, 4));
        }
    }
}
