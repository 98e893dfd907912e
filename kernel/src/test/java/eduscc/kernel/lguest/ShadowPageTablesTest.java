package eduscc.kernel.lguest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import eduscc.kernel.Kernel;
import eduscc.kernel.KernelConfig;
import eduscc.kernel.boot.SccBoot;
import eduscc.kernel.mm.FrameAllocator;
import eduscc.kernel.sched.Priority;
import eduscc.machine.Machine;
import eduscc.machine.MachineConfig;
import eduscc.machine.chip.CoreId;
import eduscc.machine.cpu.Operations;
import eduscc.machine.cpu.Paging;
import java.util.List;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/**
 * The host's four cached shadow directories (facts C.5), on a booted core without paging: guest
 * page tables written by hand into guest memory, the shadows read back from host memory.
 */
class ShadowPageTablesTest {
    /** Guest directories at guest-physical 0x1000, 0x2000, ... */
    private static final int[] DIRECTORIES = {0x1000, 0x2000, 0x3000, 0x4000, 0x5000};
    /** One kernel table (slot 0) shared by every directory, and one user table (slot 4) each. */
    private static final int KERNEL_TABLE = 0x10000;
    private static final int USER_TABLE = 0x11000;
    private static final int KERNEL_PAGE = 0x00020000;
    private static final int USER_PAGE = 0x01000000;
    private static final int USED = Paging.P | Paging.RW | Paging.US | Paging.A | Paging.D;

    /** Builds the guest's tables and a shadow for the first directory, then runs {@code body} in a kernel task. */
    private static void run(BiConsumer<ShadowPageTables, Operations> body) {
        KernelConfig config = new KernelConfig(100, 0, true, true);
        try (Machine machine = SccBoot.boot(List.of(CoreId.of(0)), MachineConfig.DEFAULT, core -> {
            Kernel kernel = new Kernel(core, config, k -> k.scheduler().create("host", Priority.NORMAL, () -> {
                FrameAllocator frames = new FrameAllocator(k.ops());
                frames.init();
                GuestMemory memory = new GuestMemory(k.ops(), GuestMemory.DEFAULT_BASE, 1 << 20);
                for (int directory : DIRECTORIES) {
                    memory.write32(directory, KERNEL_TABLE | USED);
                    memory.write32(directory + 4 * (USER_PAGE >>> 22), USER_TABLE | USED);
                }
                memory.write32(KERNEL_TABLE + 4 * (KERNEL_PAGE >>> 12), 0x20000 | USED);
                memory.write32(USER_TABLE, 0x30000 | USED);
                int[] switcher = {frames.allocate(), frames.allocate(), frames.allocate()};
                ShadowPageTables shadows = ShadowPageTables.create(k.ops(), frames, memory, switcher, DIRECTORIES[0]);
                shadows.setKernelPart(new KernelPart(0x01000000, 0xC0000000));
                body.accept(shadows, k.ops());
            }));
            return kernel::boot;
        })) {
            machine.run();
        }
    }

    private static int shadowEntry(Operations ops, ShadowPageTables shadows, int linear) {
        int pde = ops.read32(shadows.directory() + 4 * (linear >>> 22));
        return (pde & Paging.P) == 0 ? 0 : ops.read32((pde & Paging.FRAME) + 4 * ((linear >>> 12) & 0x3FF));
    }

    @Test
    void switchingBackFindsTheSameShadowWithItsKernelPartKeptAndItsUserPartEmptied() {
        int[] seen = new int[6];
        run((shadows, ops) -> {
            shadows.demandPage(KERNEL_PAGE, 0);
            shadows.demandPage(USER_PAGE, Paging.ERR_USER);
            seen[0] = shadows.directory();
            seen[1] = shadowEntry(ops, shadows, KERNEL_PAGE);
            shadows.switchTo(DIRECTORIES[1]);
            seen[2] = shadows.directory();
            shadows.switchTo(DIRECTORIES[0]);
            seen[3] = shadows.directory();
            seen[4] = shadowEntry(ops, shadows, KERNEL_PAGE);
            seen[5] = shadowEntry(ops, shadows, USER_PAGE);
        });
        assertEquals(GuestMemory.DEFAULT_BASE + 0x20000 | USED, seen[1], "the host frame of the guest's page, the guest's flags");
        assertNotEquals(seen[0], seen[2], "a second guest directory gets a shadow of its own");
        assertEquals(seen[0], seen[3], "and the first one's is found again");
        assertEquals(seen[1], seen[4], "its kernel part stayed");
        assertEquals(0, seen[5], "its user part was emptied: it faults back in");
    }

    @Test
    void aFifthDirectoryTakesTheFirstSlotAndTheNextTheSecond() {
        int[][] cached = new int[2][];
        run((shadows, ops) -> {
            for (int i = 1; i < DIRECTORIES.length; i++) {
                shadows.switchTo(DIRECTORIES[i]);
            }
            cached[0] = shadows.cachedGuestDirectories();
            shadows.switchTo(0x6000);
            cached[1] = shadows.cachedGuestDirectories();
        });
        assertArrayEquals(new int[] {0x5000, 0x2000, 0x3000, 0x4000}, cached[0]);
        assertArrayEquals(new int[] {0x5000, 0x6000, 0x3000, 0x4000}, cached[1]);
    }

    @Test
    void aKernelEntryChangesInEveryShadowAUserEntryOnlyInItsOwn() {
        int[] seen = new int[4];
        run((shadows, ops) -> {
            shadows.demandPage(KERNEL_PAGE, 0);
            shadows.demandPage(USER_PAGE, Paging.ERR_USER);
            shadows.switchTo(DIRECTORIES[1]);
            shadows.demandPage(KERNEL_PAGE, 0);
            shadows.demandPage(USER_PAGE, Paging.ERR_USER);
            // Directory 0 (not loaded) changes its kernel page and its user page.
            shadows.setPte(DIRECTORIES[0], KERNEL_PAGE, 0x21000 | USED);
            shadows.setPte(DIRECTORIES[0], USER_PAGE, 0x31000 | USED);
            seen[0] = shadowEntry(ops, shadows, KERNEL_PAGE);
            seen[1] = shadowEntry(ops, shadows, USER_PAGE);
            shadows.switchTo(DIRECTORIES[0]);
            seen[2] = shadowEntry(ops, shadows, KERNEL_PAGE);
            seen[3] = shadowEntry(ops, shadows, USER_PAGE);
        });
        assertEquals(GuestMemory.DEFAULT_BASE + 0x21000 | USED, seen[0], "the kernel part: every shadow");
        assertEquals(GuestMemory.DEFAULT_BASE + 0x30000 | USED, seen[1], "directory 1's user page is its own");
        assertEquals(GuestMemory.DEFAULT_BASE + 0x21000 | USED, seen[2]);
        assertEquals(0, seen[3], "directory 0's user part was emptied by the switch back");
    }
}
