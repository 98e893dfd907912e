package eduscc.kernel.boot;

import eduscc.kernel.arch.EntryStubs;
import eduscc.kernel.arch.KernelLayout;
import eduscc.machine.Machine;
import eduscc.machine.MachineConfig;
import eduscc.machine.boot.ImageBuilder;
import eduscc.machine.boot.ImageSegment;
import eduscc.machine.boot.Loader;
import eduscc.machine.boot.MultibootInfo;
import eduscc.machine.boot.ResetControl;
import eduscc.machine.chip.CoreId;
import eduscc.machine.cpu.Core;
import eduscc.machine.cpu.JavaCode;
import eduscc.machine.memory.DefaultLutMap;
import eduscc.machine.x86.Interpreter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Boots the SCC the way sccGui does (facts A.8): global reset, build the per-core images
 * (sccMerge), preload DRAM and LUTs (sccBoot), bind the kernel's Java entry on every core, then
 * release the chosen cores' resets (sccReset -r). The machine is returned ready to run.
 */
public final class SccBoot {
    /** The reset page: the last 4 KiB below 4 GiB, reached through LUT entry 0xFF. */
    public static final int RESET_PAGE = 0xFFFFF000;
    public static final int KERNEL_START = 0x00100000;
    /** A reset image must fit in the 16 MiB below 4 GiB that LUT entry 0xFF maps. */
    public static final int MAX_RESET_IMAGE = DefaultLutMap.BYTES_PER_ENTRY;

    private SccBoot() {
    }

    /** Boots the kit's own reset stub and kernel head on {@code cores}; the entry reports and halts. */
    public static Machine boot(List<CoreId> cores, MachineConfig config) {
        return boot(cores, config, KernelImage.resetStub().bytes());
    }

    /** Boots with {@code entry} bound at the kernel entry of every released core. */
    public static Machine boot(List<CoreId> cores, MachineConfig config, Function<Core, JavaCode> entry) {
        return boot(cores, config, KernelImage.resetStub().bytes(), entry);
    }

    /**
     * Boots with a reset image of the user's: a raw binary placed so that its last 16 bytes sit at
     * 0xFFFFFFF0, as a PC BIOS image is placed. The kernel head is loaded as usual, so reset code
     * that follows the boot protocol reaches the kernel.
     */
    public static Machine boot(List<CoreId> cores, MachineConfig config, byte[] resetImage) {
        return boot(cores, config, resetImage, BootEntry::new);
    }

    private static Machine boot(List<CoreId> cores, MachineConfig config, byte[] resetImage,
                                Function<Core, JavaCode> entry) {
        return boot(cores, config, resetImage, InitialRamdisk.empty("/"), entry);
    }

    /**
     * Boots with the initial ramdisk {@code ramdisk} (built by {@link InitialRamdisk}) placed at
     * {@link InitialRamdisk#ADDRESS} and named in every core's Multiboot module list.
     *
     * @param resetImage the reset code, or null for the kit's own reset stub
     */
    public static Machine boot(List<CoreId> cores, MachineConfig config, byte[] resetImage, byte[] ramdisk,
                               Function<Core, JavaCode> entry) {
        if (resetImage == null) {
            resetImage = KernelImage.resetStub().bytes();
        }
        if (ramdisk.length < InitialRamdisk.HEADER_SIZE || ramdisk.length > InitialRamdisk.MAX_SIZE) {
            throw new IllegalArgumentException("an initial ramdisk must be " + InitialRamdisk.HEADER_SIZE + " bytes to 4 MiB"
                + " long, got " + ramdisk.length);
        }
        if (resetImage.length == 0 || resetImage.length > MAX_RESET_IMAGE) {
            throw new IllegalArgumentException("a reset image must be 1 byte to 16 MiB long, got " + resetImage.length);
        }
        Machine machine = new Machine(config, new Interpreter());
        ResetControl.globalReset(machine.chip());
        Loader.load(ImageBuilder.build(images(cores, resetImage, ramdisk)), machine.chip());
        for (CoreId id : cores) {
            Core core = machine.core(id.pid());
            core.bind(KernelImage.entryAddress(), "kernel entry", entry.apply(core));
        }
        ResetControl.release(machine.chip(), cores);
        return machine;
    }

    private static Map<CoreId, List<ImageSegment>> images(List<CoreId> cores, byte[] resetImage, byte[] ramdisk) {
        byte[] head = KernelImage.head().bytes();
        byte[] entry = EntryStubs.assembly().bytes();
        int resetAddress = (int) (0x1_0000_0000L - resetImage.length);
        Map<CoreId, List<ImageSegment>> perCore = new LinkedHashMap<>();
        for (CoreId core : cores) {
            MultibootInfo info = new MultibootInfo(640, privateMemoryKb() - 1024,
                String.format("eduscc pid=%d tile=%d,%d core=%d", core.pid(), core.x(), core.y(), core.z()),
                InitialRamdisk.ADDRESS, InitialRamdisk.ADDRESS + ramdisk.length, "initrd");
            perCore.put(core, List.of(
                new ImageSegment("reset", resetAddress, resetImage),
                new ImageSegment("boot info", MultibootInfo.ADDRESS, info.toBytes()),
                new ImageSegment("kernel", KERNEL_START, head),
                new ImageSegment("entry stubs", KernelLayout.HANDLERS, entry),
                new ImageSegment("initrd", InitialRamdisk.ADDRESS, ramdisk)));
        }
        return perCore;
    }

    /** Private DRAM below the top slot: LUT entries 0x00-0x28, 41 × 16 MiB (facts A.5). */
    public static int privateMemoryKb() {
        return DefaultLutMap.SLOTS_PER_CORE * (DefaultLutMap.BYTES_PER_ENTRY / 1024);
    }
}
