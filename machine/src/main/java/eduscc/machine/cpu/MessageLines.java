package eduscc.machine.cpu;

import eduscc.machine.cache.MemoryHierarchy;
import eduscc.machine.cost.CacheCosts;

/**
 * The bytes of the MPBT lines in a core's L1 data cache (facts A.3). Another core can rewrite an
 * MPB or a shared-DRAM line at any time and nothing tells this core's cache: the SCC has no
 * coherence. So a line read through an MPBT page is copied here when the L1D fills it, and every
 * later read that hits the line returns the copy, stale or not, until CL1INVMB (or eviction)
 * drops the line and the next read fetches it again. This is why RCCE's {@code wait_until}
 * executes CL1INVMB before every look at a flag.
 *
 * <p>The copies sit beside the L1D's slots: a slot's copy is valid while the slot holds its line
 * tagged MPBT ({@link MemoryHierarchy#messageLineSlot}). A write that hits the line updates the
 * copy, which stays clean: the write goes on through the write-combine buffer (an assumption the
 * cache model already makes, as if the page were write-through, which is how MPB drivers map it).
 */
final class MessageLines {
    private static final int LINE_BYTES = CacheCosts.LINE_BYTES;
    private final MemoryHierarchy caches;
    private final PhysicalMemory memory;
    private final byte[][] copies;

    MessageLines(MemoryHierarchy caches, PhysicalMemory memory) {
        this.caches = caches;
        this.memory = memory;
        this.copies = new byte[caches.dataLineSlots()][];
    }

    /** Whether the L1D holds the line of {@code physical} as an MPBT line now. */
    boolean holds(int physical) {
        return caches.messageLineSlot(physical) >= 0;
    }

    /**
     * The value of a read within one line, after the caches have been charged for it:
     * {@code wasHeld} says whether the line was in the L1D before (a hit reads the copy), else the
     * fill just made has to be copied from memory. Without a fill (CR0.CD) the read goes to memory.
     */
    int read(int physical, int size, boolean wasHeld) {
        int slot = caches.messageLineSlot(physical);
        if (slot < 0) {
            return memory.read(physical, size);
        }
        if (!wasHeld) {
            fill(slot, physical & ~(LINE_BYTES - 1));
        }
        byte[] line = copies[slot];
        int offset = physical & (LINE_BYTES - 1);
        int value = 0;
        for (int i = 0; i < size; i++) {
            value |= (line[offset + i] & 0xFF) << (8 * i);
        }
        return value;
    }

    /** A write within one line: the copy, if the line is held, takes the new bytes. */
    void write(int physical, int size, int value) {
        int slot = caches.messageLineSlot(physical);
        if (slot < 0) {
            return;
        }
        byte[] line = copies[slot];
        int offset = physical & (LINE_BYTES - 1);
        for (int i = 0; i < size; i++) {
            line[offset + i] = (byte) (value >>> (8 * i));
        }
    }

    private void fill(int slot, int lineAddress) {
        if (copies[slot] == null) {
            copies[slot] = new byte[LINE_BYTES];
        }
        memory.readLine(lineAddress, copies[slot]);
    }
}
