package eduscc.exercises.pagefaults;

import eduscc.exercises.observing.CheckNotFinished;
import eduscc.kernel.Kernel;
import eduscc.kernel.KernelConfig;
import eduscc.kernel.arch.KernelLayout;
import eduscc.kernel.boot.SccBoot;
import eduscc.kernel.mm.AddressSpace;
import eduscc.kernel.mm.FrameAllocator;
import eduscc.kernel.mm.PageFaultResolver;
import eduscc.kernel.mm.PageFaultResolverFactory;
import eduscc.kernel.sched.Priority;
import eduscc.machine.Machine;
import eduscc.machine.MachineConfig;
import eduscc.machine.cache.Level;
import eduscc.machine.chip.CoreId;
import eduscc.machine.cpu.Core;
import eduscc.machine.cpu.CoreStopped;
import eduscc.machine.cpu.CpuFault;
import eduscc.machine.cpu.JumpedAway;
import eduscc.machine.cpu.Operations;
import eduscc.machine.time.Clocks;
import java.util.List;

/**
 * Where a check calls the resolver under test: one core booted with paging, as in the paging lab,
 * and a kernel task that makes a fresh process address space, loads it into CR3 and runs the
 * check's body with interrupts off. So the resolver runs where the kernel's page-fault handler
 * would run it: in ring 0, on the machine's operations, with the page's space in CR3; and the
 * frames it gets are the ones the kernel would give it.
 *
 * <p>Frames in the order the check sees them: the boot keeps the pool's first eight (the kernel's
 * directory and seven tables); the process's directory is frame 8 ({@code 0x00C08000}); what the
 * body allocates comes after.
 */
final class CheckKernel {
    /** The process's page directory: the first frame after the boot's eight. */
    static final int DIRECTORY = KernelLayout.FRAME_POOL + 8 * FrameAllocator.FRAME_SIZE;
    /**
     * Two simulated seconds: the boot and any honest check take a few million cycles. A resolver
     * that loops on machine operations for ever ends here, as a check that did not finish.
     */
    static final long UNTIL_CYCLES = 2 * 533_333_333L;

    /** What a check's body works with; {@code resolver} is the one under test. */
    record Setup(Core core, Operations ops, FrameAllocator frames, AddressSpace space, PageFaultResolver resolver) {

        /** Frames of the pool in use: the bits set in the allocator's bitmap. */
        int framesInUse() {
            int used = 0;
            for (int word = 0; word < KernelLayout.FRAME_POOL_FRAMES / 32; word++) {
                used += Integer.bitCount(ops.read32(KernelLayout.FRAME_BITMAP + 4 * word));
            }
            return used;
        }

        /** Whether the core's data TLB still holds a translation of the page of {@code linear}. */
        boolean dataTlbHolds(int linear) {
            return core.memory().caches().of(Level.DTLB).contains(linear >>> 12);
        }
    }

    /** A check's calls, run in the kernel task. */
    @FunctionalInterface
    interface Body {
        void run(Setup setup) throws Exception;
    }

    private CheckKernel() {
    }

    /**
     * Boots, runs {@code body} with a resolver from {@code resolvers}, and rethrows whatever the
     * body threw (so the check reports it where the code under test threw it).
     */
    static void run(PageFaultResolverFactory resolvers, Body body) throws Exception {
        KernelConfig config = new KernelConfig(100, 0, true, true).withPaging(true);
        Throwable[] thrown = new Throwable[1];
        boolean[] started = new boolean[1];
        boolean[] finished = new boolean[1];
        try (Machine machine = SccBoot.boot(List.of(CoreId.of(0)), MachineConfig.DEFAULT, core -> {
            Kernel kernel = new Kernel(core, config, k -> k.scheduler().create("check", Priority.NORMAL, () -> {
                started[0] = true;
                Operations ops = k.ops();
                ops.cli();
                int kernelDirectory = ops.readCr(3);
                try {
                    // The allocator keeps everything in simulated memory: this view is the kernel's.
                    FrameAllocator frames = new FrameAllocator(ops);
                    AddressSpace kernelSpace = AddressSpace.of(k.hardware(), ops, frames, kernelDirectory);
                    AddressSpace space = AddressSpace.forProcess(ops, frames, kernelSpace);
                    ops.writeCr(3, space.directory());
                    body.run(new Setup(core, ops, frames, space, resolvers.create(ops, frames)));
                } catch (CoreStopped | JumpedAway | CpuFault e) {
                    throw e; // the machine unwinding its own way: not the code under test's doing
                } catch (Throwable e) {
                    thrown[0] = e;
                } finally {
                    finished[0] = true;
                }
                ops.writeCr(3, kernelDirectory);
            }));
            return kernel::boot;
        })) {
            machine.run(UNTIL_CYCLES * Clocks.TILE_533_UNITS);
        }
        if (thrown[0] instanceof Exception e) {
            throw e;
        }
        if (thrown[0] instanceof Error e) {
            throw e;
        }
        if (!finished[0]) {
            throw CheckNotFinished.of(started[0], UNTIL_CYCLES);
        }
    }
}
