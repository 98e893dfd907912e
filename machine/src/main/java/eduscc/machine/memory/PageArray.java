package eduscc.machine.memory;

import java.util.Arrays;

/**
 * The written 4 KiB pages of one memory controller's DRAM, found by page number in two steps,
 * the way the P54C finds a page through its page directory and a page table (SDM Vol. 3A §4.3):
 *
 * <pre>
 *   34-bit DRAM address:  | slot (10 bits) | page in slot (12 bits) | byte in page (12 bits) |
 *                               |                   |
 *        directory[1024] -------+--> table[4096] ---+--> byte[4096], or null: never written
 * </pre>
 *
 * A slot is one 16 MB LUT slot (facts A.5), so a core's private memory fills a handful of tables.
 * Nothing is boxed or hashed on the way, and the pages are listed in address order by walking
 * the directory, never by sorting or hash order.
 */
final class PageArray {

    /** Bytes per page: the P54C's 4 KiB page. */
    static final int PAGE_SHIFT = 12;
    private static final int TABLE_BITS = 12;
    private static final int TABLE_MASK = (1 << TABLE_BITS) - 1;
    private static final int DIRECTORY_BITS = SystemAddress.ADDRESS_WIDTH - TABLE_BITS - PAGE_SHIFT;
    /** Page numbers of the 34-bit space of a memory controller: 0 .. 2^22 - 1. */
    static final long PAGES = 1L << (DIRECTORY_BITS + TABLE_BITS);

    private final byte[][][] directory = new byte[1 << DIRECTORY_BITS][][];
    private long count;

    /** The page, or null when it was never written since the last {@link #clear}. */
    byte[] page(long pageNumber) {
        byte[][] table = directory[directoryIndex(pageNumber)];
        return table == null ? null : table[(int) pageNumber & TABLE_MASK];
    }

    /** The page, made (all zeros) if it did not exist: a write is about to fill it. */
    byte[] pageForWrite(long pageNumber) {
        int slot = directoryIndex(pageNumber);
        byte[][] table = directory[slot];
        if (table == null) {
            table = new byte[1 << TABLE_BITS][];
            directory[slot] = table;
        }
        int index = (int) pageNumber & TABLE_MASK;
        byte[] page = table[index];
        if (page == null) {
            page = new byte[1 << PAGE_SHIFT];
            table[index] = page;
            count++;
        }
        return page;
    }

    /** How many pages exist. */
    long count() {
        return count;
    }

    /** The numbers of the existing pages, ascending. */
    long[] pageNumbers() {
        long[] numbers = new long[Math.toIntExact(count)];
        int n = 0;
        for (int slot = 0; slot < directory.length; slot++) {
            byte[][] table = directory[slot];
            for (int index = 0; table != null && index < table.length; index++) {
                if (table[index] != null) {
                    numbers[n++] = ((long) slot << TABLE_BITS) | index;
                }
            }
        }
        return numbers;
    }

    /** Forgets every page. */
    void clear() {
        Arrays.fill(directory, null);
        count = 0;
    }

    private static int directoryIndex(long pageNumber) {
        if (pageNumber < 0 || pageNumber >= PAGES) {
            throw new IllegalArgumentException(String.format(
                "DRAM address 0x%x is beyond the 34-bit space of a memory controller", pageNumber << PAGE_SHIFT));
        }
        return (int) (pageNumber >>> TABLE_BITS);
    }
}
