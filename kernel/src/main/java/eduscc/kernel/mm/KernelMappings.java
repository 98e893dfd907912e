package eduscc.kernel.mm;

import eduscc.kernel.arch.KernelLayout;
import eduscc.kernel.arch.SccAddresses;
import eduscc.machine.cpu.LocalApic;
import eduscc.machine.cpu.Paging;

/**
 * What the kernel maps before it turns paging on (eduOS cpu_init maps the kernel, the Multiboot
 * information and the VGA page into its boot page tables). The kit's kernel keeps the addresses
 * it has without paging, so every page it uses maps to itself:
 * <ul>
 *   <li>the low 16 MiB, page by page, as supervisor pages, except the first page, which stays
 *       unmapped so that a null pointer faults, and the user stacks and the user entry, which are
 *       user pages ({@link KernelLayout#IDENTITY_MAPPED});
 *   <li>the memory-mapped registers the kernel reads and writes: its tile's configuration
 *       registers (MYTILEID, GLCFG), the FPGA's interrupt controller and the local APIC, with
 *       PCD and PWT set as for any device memory.
 * </ul>
 * The user heap is left unmapped: its pages come one by one from the page-fault handler.
 */
public final class KernelMappings {
    /** The FPGA page holding the global interrupt controller's registers (facts A.7). */
    static final int GIC_PAGE = 0xF900D000;
    private static final int DEVICE = Paging.RW | Paging.PCD | Paging.PWT;

    private KernelMappings() {
    }

    /** The device pages of a kernel that owns its core: its tile's registers, the interrupt controller, the APIC. */
    public static final int[] NATIVE_DEVICES = {SccAddresses.CRB_OWN, GIC_PAGE, LocalApic.BASE};

    /** Builds the kernel's address space with the native devices; null when the frame pool cannot hold its tables. */
    public static AddressSpace build(AddressSpace space) {
        return build(space, NATIVE_DEVICES);
    }

    /**
     * Builds the kernel's address space with the device pages of its hardware layer
     * ({@code Hardware.devicePages}: the native registers, or lguest's device page and rings).
     */
    public static AddressSpace build(AddressSpace space, int[] devices) {
        for (int page = FrameAllocator.FRAME_SIZE; page < KernelLayout.IDENTITY_MAPPED; page += FrameAllocator.FRAME_SIZE) {
            if (!space.map(page, page, Paging.RW | (isUserPage(page) ? Paging.US : 0))) {
                return null;
            }
        }
        for (int device : devices) {
            if (!space.map(device, device, DEVICE)) {
                return null;
            }
            space.shareWithProcesses(device);
        }
        return space;
    }

    /** The user stacks and the page of the user entry: what ring-3 code may touch in the identity map. */
    static boolean isUserPage(int page) {
        return page >= KernelLayout.USER_STACKS && page <= KernelLayout.USER_ENTRY;
    }
}
