package eduscc.kernel.lguest;

import eduscc.kernel.Kernel;
import eduscc.kernel.KernelConfig;
import eduscc.kernel.boot.SccBoot;
import eduscc.machine.Machine;
import eduscc.machine.MachineConfig;
import eduscc.machine.chip.CoreId;
import eduscc.machine.x86.asm.Assembler;
import java.util.List;
import java.util.function.Consumer;

/** The lguest tests' machine: core 0 with paging and software switching hosts x86 guests, run to the end. */
final class GuestRun {
    static final int LOAD = 0x00400000;
    static final int MEMORY = 8 << 20;

    private GuestRun() {
    }

    /** A guest image assembled from {@code source} (org {@link #LOAD}), started at its first byte, stack below it. */
    static GuestImage image(String name, String source) {
        byte[] bytes = Assembler.assemble(name + ".asm", source).bytes();
        return new GuestImage(name, bytes, LOAD, LOAD, LOAD);
    }

    static Machine run(Consumer<Kernel> tasks) {
        return run(100, tasks);
    }

    /** With the host's timer at {@code timerHz}. */
    static Machine run(int timerHz, Consumer<Kernel> tasks) {
        KernelConfig config = new KernelConfig(timerHz, 0, true, false).withPaging(true);
        Machine machine = SccBoot.boot(List.of(CoreId.of(0)), MachineConfig.DEFAULT, core -> {
            Kernel kernel = new Kernel(core, config, tasks);
            return kernel::boot;
        });
        machine.run();
        return machine;
    }

    static Machine runGuest(GuestImage image) {
        return run(kernel -> kernel.createGuest(image.name(), 8, image, MEMORY));
    }
}
