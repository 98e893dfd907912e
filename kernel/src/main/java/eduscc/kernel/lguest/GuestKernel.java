package eduscc.kernel.lguest;

import eduscc.kernel.Kernel;
import eduscc.kernel.KernelConfig;
import eduscc.kernel.arch.EntryStubs;
import eduscc.kernel.arch.KernelLayout;
import eduscc.kernel.arch.KernelText;
import eduscc.kernel.boot.InitialRamdisk;
import eduscc.kernel.boot.KernelImage;
import eduscc.kernel.mm.AddressSpace;
import eduscc.kernel.mm.PageFaultResolverFactory;
import eduscc.kernel.sched.ReadyQueueFactory;
import eduscc.machine.boot.MultibootInfo;
import eduscc.machine.cpu.Core;
import eduscc.machine.cpu.Registers;
import java.util.function.Consumer;

/**
 * The kit's own kernel as an lguest guest (DESIGN §4: one kernel, two hardware layers): the
 * launcher loads what the kernel needs in memory (entry.asm at its address, the initial ramdisk
 * and the Multiboot information that names it), and binds the kernel's entry in the guest's own
 * scope ({@link KernelText#scoped}, in effect while the guest's IDT is loaded). When the Switcher
 * first IRETs to that entry in ring 1, a new context starts there: a {@link Kernel} on
 * {@link LguestHardware}, which boots as the native kernel does, asking the host wherever the
 * native kernel would execute a privileged instruction.
 */
public final class GuestKernel implements GuestProgram {
    /** Where the guest keeps its struct lguest_data and its console's line buffer: free pages of the kernel's layout. */
    public static final int LGUEST_DATA = 0x00124000;
    public static final int CONSOLE_BUFFER = 0x00125000;
    /** The guest kernel's first stack, where the reset stub puts the native kernel's. */
    public static final int BOOT_STACK = 0x00090000;

    private final String name;
    private final KernelConfig config;
    private final byte[] ramdisk;
    private final Consumer<Kernel> createTasks;
    private Kernel kernel;

    /**
     * @param config      the guest kernel's choices: it must switch tasks in software (a task switch
     *                    through a TSS is the host's) and page (it always runs on shadow tables)
     * @param ramdisk     its initial ramdisk ({@link InitialRamdisk#build})
     * @param createTasks creates its tasks, as a lab does for a native kernel
     */
    public GuestKernel(String name, KernelConfig config, byte[] ramdisk, Consumer<Kernel> createTasks) {
        if (config.hardwareSwitch() || !config.paging()) {
            throw new IllegalArgumentException("guest kernel '" + name + "' must switch tasks in software and page");
        }
        this.name = name;
        this.config = config;
        this.ramdisk = ramdisk.clone();
        this.createTasks = createTasks;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void load(GuestMemory memory, Core core) {
        ParavirtPatches patches = patchedEntryStubs();
        memory.load(KernelLayout.HANDLERS, patches.bytes());
        initialLguestData(memory, patches);
        memory.load(InitialRamdisk.ADDRESS, ramdisk);
        MultibootInfo info = new MultibootInfo(640, memory.size() / 1024 - 1024, "eduscc guest " + name,
            InitialRamdisk.ADDRESS, InitialRamdisk.ADDRESS + ramdisk.length, "initrd");
        memory.load(MultibootInfo.ADDRESS, info.toBytes());
        KernelText text = KernelText.scoped(core, SwitcherLayout.GUEST_IDT);
        text.bind(entry(), "guest kernel entry", () -> {
            int devicePage = core.ops().getRegister(Registers.ESI);
            LguestHardware hardware = new LguestHardware(core.ops(), core.pid(), LGUEST_DATA, devicePage, CONSOLE_BUFFER,
                memory.base());
            kernel = new Kernel(core, config, hardware, text, ReadyQueueFactory.KIT, PageFaultResolverFactory.KIT, createTasks);
            kernel.boot();
        });
    }

    /** entry.asm as the guest runs it, with lguest's patches ({@link ParavirtPatches}). */
    static ParavirtPatches patchedEntryStubs() {
        return ParavirtPatches.forGuest(LGUEST_DATA);
    }

    /**
     * What a Linux guest's image holds in its lguest_data before LHCALL_LGUEST_INIT: the window in
     * which the host must not inject an interrupt (inside lguest_iret), and which part of every
     * address space is the kernel's, the same in all (kernel_address, and the kit's user_address:
     * the kernel's identity map lies below user space, the top GiB above it, as
     * {@link AddressSpace#forProcess} shares them), so that the host keeps their shadows across
     * process switches.
     */
    private static void initialLguestData(GuestMemory memory, ParavirtPatches patches) {
        memory.write32(LGUEST_DATA + LguestData.NOIRQ_START, patches.symbol("noirq_start"));
        memory.write32(LGUEST_DATA + LguestData.NOIRQ_END, patches.symbol("noirq_end"));
        memory.write32(LGUEST_DATA + LguestData.KERNEL_ADDRESS, (int) AddressSpace.KERNEL_TOP);
        memory.write32(LGUEST_DATA + LguestData.USER_ADDRESS, KernelLayout.IDENTITY_MAPPED);
    }

    /** The native kernel's entry address, bound in the guest's scope. */
    @Override
    public int entry() {
        return KernelImage.entryAddress();
    }

    @Override
    public int stackTop() {
        return BOOT_STACK;
    }

    /** The guest's kernel once it has started (null before), for the debugger and tests. */
    public Kernel kernel() {
        return kernel;
    }
}
