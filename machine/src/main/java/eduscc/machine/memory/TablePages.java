package eduscc.machine.memory;

import java.util.Arrays;

/**
 * The pages of one DRAM store that hold a page directory or a page table (SDM Vol. 3A §4.3)
 * through which a core's translation shortcut was made: a write to one of them may change a
 * translation, so the store counts it in its {@link FrameChanges}. A page stays marked until the
 * store is cleared, even after its table is freed: writes to it then only cost the shortcuts a
 * second look.
 *
 * <p>A bitmap over the store's page numbers in two levels, like {@link PageArray}: one LUT slot
 * (4096 pages) per second-level map, made when a page of that slot is first marked. Asking costs
 * two array reads and makes nothing, as every write asks.
 */
final class TablePages {
    private static final int SLOT_BITS = 12;
    private static final int SLOT_MASK = (1 << SLOT_BITS) - 1;

    private final long[][] marked = new long[(int) (PageArray.PAGES >>> SLOT_BITS)][];

    /** Marks page {@code pageNumber} (an address of the store shifted right by 12); false if it was marked already. */
    boolean mark(long pageNumber) {
        int slot = (int) (pageNumber >>> SLOT_BITS);
        if (marked[slot] == null) {
            marked[slot] = new long[(1 << SLOT_BITS) / Long.SIZE];
        }
        int page = (int) pageNumber & SLOT_MASK;
        long before = marked[slot][page >>> 6];
        marked[slot][page >>> 6] = before | 1L << page;
        return (before & 1L << page) == 0;
    }

    /** Whether page {@code pageNumber} was marked since the last {@link #clear}. */
    boolean isMarked(long pageNumber) {
        long[] bits = marked[(int) (pageNumber >>> SLOT_BITS)];
        if (bits == null) {
            return false;
        }
        int page = (int) pageNumber & SLOT_MASK;
        return (bits[page >>> 6] & (1L << page)) != 0;
    }

    /** Forgets every mark. */
    void clear() {
        Arrays.fill(marked, null);
    }
}
