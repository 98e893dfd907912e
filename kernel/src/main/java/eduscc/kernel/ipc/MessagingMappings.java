package eduscc.kernel.ipc;

import eduscc.kernel.mm.AddressSpace;
import eduscc.machine.cpu.Paging;

/**
 * Where the kernel sees the other cores: what RCCE_init maps before any message moves (facts B.2,
 * "it maps every UE's MPB and LOCK register"). The SCC spreads them over the physical address
 * space, one 16 MiB LUT slot per tile (facts A.5: tile t's MPB at 0xC0000000 + t * 16 MiB, its
 * configuration registers at 0xE0000000 + t * 16 MiB); the kernel gathers them into two windows
 * of its top GiB, so that one page table maps them all:
 * <pre>
 *   MPB_WINDOW  0xC0000000  the 24 tiles' MPBs, 16 KiB each, side by side: the 8 KiB share of
 *                           core pid starts at MPB_WINDOW + pid * 0x2000 (core 0 of a tile uses
 *                           the lower half, core 1 the upper, facts A.3)
 *   LOCK_WINDOW 0xC0080000  the first page of each tile's configuration registers, one page per
 *                           tile: LOCK0 at +0x200, LOCK1 at +0x400 (facts A.6)
 * </pre>
 * The MPB pages are MPBT (bit 7, with CR4.MPE) and write-through (PWT), as the SCC's drivers map
 * them (facts A.3); the register pages are uncached (PCD, PWT), as any device memory. The windows
 * are the kit's choice of place.
 */
public final class MessagingMappings {
    public static final int MPB_WINDOW = 0xC0000000;
    public static final int LOCK_WINDOW = 0xC0080000;
    /** Each core's share of its tile's MPB (RCCE's MPB_SIZE, facts A.3, B.1). */
    public static final int SHARE_SIZE = 0x2000;
    public static final int TILES = 24;
    private static final int MPB_PHYSICAL = 0xC0000000;
    private static final int CRB_PHYSICAL = 0xE0000000;
    private static final int SLOT = 0x01000000;
    private static final int MPB_BYTES = 0x4000;
    private static final int PAGE = 0x1000;
    private static final int LOCK0 = 0x200;
    private static final int MPB_PAGE = Paging.RW | Paging.PWT | Paging.PS_OR_MPBT;
    private static final int REGISTER_PAGE = Paging.RW | Paging.PCD | Paging.PWT;

    private MessagingMappings() {
    }

    /** The first byte of core {@code pid}'s 8 KiB share of its tile's MPB, in the kernel's window. */
    public static int share(int pid) {
        return MPB_WINDOW + pid * SHARE_SIZE;
    }

    /** Core {@code pid}'s test-and-set register (LOCK0 or LOCK1 of its tile), in the kernel's window. */
    public static int lockRegister(int pid) {
        return LOCK_WINDOW + (pid >> 1) * PAGE + LOCK0 * (1 + (pid & 1));
    }

    /**
     * Maps both windows into {@code space} and shares their page table with every process made
     * from it afterwards. Returns false when the frame pool has no frame left for the table.
     */
    public static boolean map(AddressSpace space) {
        for (int tile = 0; tile < TILES; tile++) {
            for (int offset = 0; offset < MPB_BYTES; offset += PAGE) {
                if (!space.map(MPB_WINDOW + tile * MPB_BYTES + offset, MPB_PHYSICAL + tile * SLOT + offset, MPB_PAGE)) {
                    return false;
                }
            }
            if (!space.map(LOCK_WINDOW + tile * PAGE, CRB_PHYSICAL + tile * SLOT, REGISTER_PAGE)) {
                return false;
            }
        }
        space.shareWithProcesses(MPB_WINDOW);
        return true;
    }
}
