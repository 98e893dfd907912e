package eduscc.kernel.lguest;

import eduscc.kernel.Kernel;
import eduscc.kernel.KernelConfig;
import eduscc.kernel.arch.EntryStubs;
import eduscc.kernel.arch.KernelLayout;
import eduscc.kernel.arch.KernelText;
import eduscc.kernel.boot.InitialRamdisk;
import eduscc.kernel.boot.KernelImage;
import eduscc.kernel.mm.PageFaultResolverFactory;
import eduscc.kernel.sched.ReadyQueueFactory;
import eduscc.machine.boot.MultibootInfo;
import eduscc.machine.cpu.Core;
import eduscc.machine.cpu.Registers;
import eduscc.machine.x86.asm.ListingLine;
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

    private static final int STI = 0xFB;
    private static final int NOP = 0x90;

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
        memory.load(KernelLayout.HANDLERS, patchedEntryStubs());
        memory.load(InitialRamdisk.ADDRESS, ramdisk);
        MultibootInfo info = new MultibootInfo(640, memory.size() / 1024 - 1024, "eduscc guest " + name,
            InitialRamdisk.ADDRESS, InitialRamdisk.ADDRESS + ramdisk.length, "initrd");
        memory.load(MultibootInfo.ADDRESS, info.toBytes());
        KernelText text = KernelText.scoped(core, SwitcherLayout.GUEST_IDT);
        text.bind(entry(), "guest kernel entry", () -> {
            int devicePage = core.ops().getRegister(Registers.ESI);
            LguestHardware hardware = new LguestHardware(core.ops(), core.pid(), LGUEST_DATA, devicePage, CONSOLE_BUFFER);
            kernel = new Kernel(core, config, hardware, text, ReadyQueueFactory.KIT, PageFaultResolverFactory.KIT, createTasks);
            kernel.boot();
        });
    }

    /**
     * entry.asm as the guest runs it: the one STI (in {@code isrsyscall}, which turns interrupts
     * on for the system call) becomes a NOP. In ring 1 STI would fault; the guest's real IF is
     * always on, and a system call from the guest's ring 3 arrives through a trap gate that leaves
     * its virtual flag as the user had it, on. Linux patches its paravirtualized instructions in
     * the same way when it boots under lguest; the native kernel's copy is untouched.
     */
    static byte[] patchedEntryStubs() {
        byte[] bytes = EntryStubs.assembly().bytes().clone();
        long from = EntryStubs.address("isrsyscall");
        long to = EntryStubs.address("isrsyscall.exit");
        for (ListingLine line : EntryStubs.assembly().listing()) {
            if (line.address() >= from && line.address() < to && line.source().trim().startsWith("sti")) {
                int at = (int) (line.address() - KernelLayout.HANDLERS);
                if (bytes[at] != (byte) STI) {
                    throw new IllegalStateException("entry.asm: no STI at isrsyscall's 'sti' line");
                }
                bytes[at] = (byte) NOP;
                return bytes;
            }
        }
        throw new IllegalStateException("entry.asm: isrsyscall has no STI to patch for the guest");
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
