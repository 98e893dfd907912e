package eduscc.visualizer.paging;

import eduscc.kernel.Kernel;
import eduscc.kernel.KernelConfig;
import eduscc.kernel.arch.KernelLayout;
import eduscc.kernel.boot.SccBoot;
import eduscc.labs.debug.DebugSnapshot;
import eduscc.labs.debug.PageTables;
import eduscc.machine.Machine;
import eduscc.machine.MachineConfig;
import eduscc.machine.chip.CoreId;
import eduscc.machine.snapshot.MachineSnapshot;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

/**
 * A core whose kernel booted with paging on and ran no task, as the kernel's PagingTest boots it
 * (the labs do not yet turn paging on), with a paging view that reads its tables from it.
 */
public final class PagingMachine implements AutoCloseable {
    private final Machine machine;
    private final PagingView view;

    public PagingMachine() {
        KernelConfig config = new KernelConfig(100, 0, true, true).withPaging(true);
        machine = SccBoot.boot(List.of(CoreId.of(0)), MachineConfig.DEFAULT, core -> new Kernel(core, config, k -> { })::boot);
        machine.run();
        view = new PagingView(pid -> CompletableFuture.completedFuture(PageTables.read(machine.core(pid), machine.chip())));
    }

    public PagingView view() {
        return view;
    }

    /** The machine now, without its page tables: the view asks for them, as in the window. */
    public DebugSnapshot snapshot() {
        return new DebugSnapshot("paging", machine.boundaries(), MachineSnapshot.of(machine), new TreeMap<>(),
            List.of(), "paused", new TreeMap<>());
    }

    /**
     * Writes {@code count} into frame {@code frame}'s count byte behind the kernel's back, as a
     * fork that shares the frame would leave it (the kernel has no fork yet).
     */
    public void setFrameCount(int frame, int count) {
        machine.chip().writeBytes(CoreId.of(0), KernelLayout.FRAME_COUNTS + frame, new byte[] {(byte) count}, 0, 1);
    }

    @Override
    public void close() {
        machine.close();
    }
}
