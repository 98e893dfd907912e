package eduscc.kernel.sys;

import eduscc.kernel.Kernel;
import eduscc.kernel.KernelConfig;
import eduscc.kernel.boot.InitialRamdisk;
import eduscc.kernel.boot.RamdiskFile;
import eduscc.kernel.boot.SccBoot;
import eduscc.kernel.user.ProgramLibrary;
import eduscc.machine.Machine;
import eduscc.machine.MachineConfig;
import eduscc.machine.chip.CoreId;
import eduscc.machine.x86.asm.Assembler;
import eduscc.machine.x86.asm.ElfWriter;
import eduscc.machine.x86.asm.OutputFormat;
import java.util.List;
import java.util.function.Consumer;

/** The process tests' machine: one core with paging, x86 programs in the ramdisk's /bin, run to the end. */
final class ProgramRun {
    private ProgramRun() {
    }

    /** The ELF32 executable the kit's assembler makes of {@code source}, which may include the kit's library. */
    static byte[] elf(String name, String source) {
        return ElfWriter.executable(Assembler.assemble(name + ".asm", source, OutputFormat.ELF32, ProgramLibrary.INCLUDES));
    }

    /** Boots with {@code files} in /bin and the tasks {@code tasks} creates, and runs until every task is done. */
    static Machine run(boolean hardwareSwitch, List<RamdiskFile> files, Consumer<Kernel> tasks) {
        KernelConfig config = new KernelConfig(100, 0, true, hardwareSwitch).withPaging(true);
        Machine machine = SccBoot.boot(List.of(CoreId.of(0)), MachineConfig.DEFAULT, null, InitialRamdisk.build("/bin", files),
            core -> {
                Kernel kernel = new Kernel(core, config, tasks);
                return kernel::boot;
            });
        machine.run();
        return machine;
    }
}
