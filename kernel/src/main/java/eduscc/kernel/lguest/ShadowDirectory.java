package eduscc.kernel.lguest;

import eduscc.kernel.mm.FrameAllocator;
import eduscc.machine.cpu.Operations;
import eduscc.machine.cpu.Paging;

/**
 * One of the host's cached shadow page directories (lguest's {@code struct pgdir}: the guest
 * directory it mirrors and the host page the processor loads into CR3). Its shadow page tables
 * are filled one entry at a time by {@link ShadowPageTables#demandPage}; this class holds the
 * directory's frame and drops tables from it, all of them or the user part only.
 */
final class ShadowDirectory {
    static final int ENTRIES = 1024;
    private final Operations ops;
    private final FrameAllocator frames;
    /** The host-physical frame of this shadow directory: what the Switcher loads into CR3. */
    final int frame;
    /** The guest-physical address of the guest directory it mirrors. */
    int guestDirectory;

    private ShadowDirectory(Operations ops, FrameAllocator frames, int frame, int guestDirectory) {
        this.ops = ops;
        this.frames = frames;
        this.frame = frame;
        this.guestDirectory = guestDirectory;
    }

    /** An empty shadow for {@code guestDirectory}, with only the Switcher's table ({@code switcherTable}) in its last slot. */
    static ShadowDirectory create(Operations ops, FrameAllocator frames, int switcherTable, int guestDirectory) {
        int frame = frames.allocate();
        if (frame == FrameAllocator.NO_FRAME) {
            throw new GuestFault("the host's frame pool cannot hold another shadow page directory");
        }
        frames.zero(frame);
        ops.write32(frame + 4 * SwitcherLayout.DIRECTORY_SLOT, switcherTable | Paging.RW | Paging.P);
        return new ShadowDirectory(ops, frames, frame, guestDirectory);
    }

    /** The shadow directory entry for {@code slot}. */
    int entry(int slot) {
        return ops.read32(frame + 4 * slot);
    }

    void setEntry(int slot, int pde) {
        ops.write32(frame + 4 * slot, pde);
    }

    /** Every table but the Switcher's goes back to the frame pool. */
    void dropAll() {
        for (int slot = 0; slot < ENTRIES; slot++) {
            if (slot != SwitcherLayout.DIRECTORY_SLOT) {
                dropTable(slot);
            }
        }
    }

    /** The tables of the user part go; the kernel part, the same in every guest directory, stays. */
    void dropUserPart(KernelPart kernelPart) {
        for (int slot = 0; slot < ENTRIES; slot++) {
            if (slot != SwitcherLayout.DIRECTORY_SLOT && !kernelPart.contains(slot)) {
                dropTable(slot);
            }
        }
    }

    void dropTable(int slot) {
        int pde = entry(slot);
        if ((pde & Paging.P) != 0) {
            setEntry(slot, 0);
            frames.release(pde & Paging.FRAME);
        }
    }
}
