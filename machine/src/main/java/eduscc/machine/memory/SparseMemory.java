package eduscc.machine.memory;

import java.util.Arrays;
import java.util.Objects;

/**
 * A byte-addressable store that only holds the pages somebody wrote (facts A.5: each memory
 * controller addresses 34 bits, far more than a simulation should allocate).
 *
 * <p>The DRAM behind one memory controller is one of these. Pages of 4 KiB are allocated on the
 * first write; reading a page nobody wrote returns zeros and allocates nothing. Multi-byte values
 * are little-endian, as the P54C stores them, and may straddle a page boundary.
 *
 * <p>The pages sit in a {@link PageArray}, a two-level table over the controller's 34-bit space,
 * so the hot path allocates and boxes nothing; an address beyond 34 bits is an error.
 *
 * <p>Pages that hold a core's page directory or page tables can be marked ({@link
 * #markPagingStructure}): every write to a marked page, through any of the methods here or
 * straight into a frame's bytes ({@link #writtenDirectly}), advances the store's
 * {@link FrameChanges}, and so does {@link #clear}. The translation shortcuts of the cores rely on it.
 */
public final class SparseMemory {

    /** Page size: the P54C's 4 KiB page, so a paged-in frame is one allocation. */
    public static final int PAGE_SIZE = 4096;
    private static final int PAGE_SHIFT = PageArray.PAGE_SHIFT;
    private static final int PAGE_MASK = PAGE_SIZE - 1;

    private final PageArray pages = new PageArray();
    private final TablePages tables = new TablePages();
    private final FrameChanges changes;
    /** Counts {@link #clear}s: a page handed out by {@link #existingPage} belongs to one generation. */
    private int generation;

    /** A store of its own, counting its changes alone. */
    public SparseMemory() {
        this(new FrameChanges());
    }

    /** A store whose changes are counted in {@code changes}, which a chip shares among its DRAMs and LUTs. */
    public SparseMemory(FrameChanges changes) {
        this.changes = Objects.requireNonNull(changes, "changes");
    }

    public int read8(long addr) {
        byte[] page = pages.page(addr >>> PAGE_SHIFT);
        return page == null ? 0 : page[(int) (addr & PAGE_MASK)] & 0xFF;
    }

    public int read16(long addr) {
        return readLittleEndian(addr, 2);
    }

    public int read32(long addr) {
        return readLittleEndian(addr, 4);
    }

    public void write8(long addr, int value) {
        pageForWrite(addr)[(int) (addr & PAGE_MASK)] = (byte) value;
        writtenDirectly(addr);
    }

    public void write16(long addr, int value) {
        writeLittleEndian(addr, 2, value);
    }

    public void write32(long addr, int value) {
        writeLittleEndian(addr, 4, value);
    }

    /** Copies {@code len} bytes starting at {@code addr} into {@code dst[off..]}. */
    public void readBytes(long addr, byte[] dst, int off, int len) {
        Objects.checkFromIndexSize(off, len, dst.length);
        while (len > 0) {
            int inPage = (int) (addr & PAGE_MASK);
            int chunk = Math.min(len, PAGE_SIZE - inPage);
            byte[] page = pages.page(addr >>> PAGE_SHIFT);
            if (page == null) {
                Arrays.fill(dst, off, off + chunk, (byte) 0);
            } else {
                System.arraycopy(page, inPage, dst, off, chunk);
            }
            addr += chunk;
            off += chunk;
            len -= chunk;
        }
    }

    /** Copies {@code src[off..off+len)} to memory starting at {@code addr}. */
    public void writeBytes(long addr, byte[] src, int off, int len) {
        Objects.checkFromIndexSize(off, len, src.length);
        while (len > 0) {
            int inPage = (int) (addr & PAGE_MASK);
            int chunk = Math.min(len, PAGE_SIZE - inPage);
            System.arraycopy(src, off, pageForWrite(addr), inPage, chunk);
            writtenDirectly(addr);
            addr += chunk;
            off += chunk;
            len -= chunk;
        }
    }

    /** How many 4 KiB pages exist, i.e. have been written at least once since the last clear. */
    public long pagesAllocated() {
        return pages.count();
    }

    /** Base addresses of the allocated pages in ascending (unsigned) address order. */
    public long[] allocatedPages() {
        long[] numbers = pages.pageNumbers();
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] <<= PAGE_SHIFT;
        }
        return numbers;
    }

    /** Forgets every page; the whole store reads as zeros again. */
    public void clear() {
        pages.clear();
        tables.clear();
        generation++;
        changes.changed();
    }

    /**
     * Marks the page holding {@code addr} as a page directory or page table a translation was
     * found through: from now until {@link #clear}, every write to it advances {@link #changes}.
     * A new mark advances it too, so whoever found the page unmarked asks again.
     */
    public void markPagingStructure(long addr) {
        if (tables.mark(addr >>> PAGE_SHIFT)) {
            changes.changed();
        }
    }

    /** Whether the page holding {@code addr} is marked ({@link #markPagingStructure}). */
    public boolean isPagingStructure(long addr) {
        return tables.isMarked(addr >>> PAGE_SHIFT);
    }

    /**
     * Someone wrote the page holding {@code addr} through its bytes ({@link #existingPage}):
     * counted as a change when the page is marked. Every write method here calls it too.
     */
    public void writtenDirectly(long addr) {
        if (tables.isMarked(addr >>> PAGE_SHIFT)) {
            changes.changed();
        }
    }

    /** The count of this store's changes (shared with the chip's other stores and LUTs). */
    public FrameChanges changes() {
        return changes;
    }

    /**
     * The live bytes of the page holding {@code addr} (the store itself, not a copy), or null if
     * it was never written. The page stays this store's until the next {@link #clear}.
     */
    public byte[] existingPage(long addr) {
        return pages.page(addr >>> PAGE_SHIFT);
    }

    /** Changes with every {@link #clear}: a page from an older generation is no longer the store's. */
    public int generation() {
        return generation;
    }

    private int readLittleEndian(long addr, int size) {
        int inPage = (int) (addr & PAGE_MASK);
        if (inPage + size > PAGE_SIZE) {
            int value = 0;
            for (int i = 0; i < size; i++) {
                value |= read8(addr + i) << (8 * i);
            }
            return value;
        }
        byte[] page = pages.page(addr >>> PAGE_SHIFT);
        if (page == null) {
            return 0;
        }
        int value = 0;
        for (int i = 0; i < size; i++) {
            value |= (page[inPage + i] & 0xFF) << (8 * i);
        }
        return value;
    }

    private void writeLittleEndian(long addr, int size, int value) {
        int inPage = (int) (addr & PAGE_MASK);
        if (inPage + size > PAGE_SIZE) {
            for (int i = 0; i < size; i++) {
                write8(addr + i, value >>> (8 * i));
            }
            return;
        }
        byte[] page = pageForWrite(addr);
        for (int i = 0; i < size; i++) {
            page[inPage + i] = (byte) (value >>> (8 * i));
        }
        writtenDirectly(addr);
    }

    private byte[] pageForWrite(long addr) {
        return pages.pageForWrite(addr >>> PAGE_SHIFT);
    }
}
