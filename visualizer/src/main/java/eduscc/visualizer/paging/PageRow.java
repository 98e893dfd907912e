package eduscc.visualizer.paging;

import eduscc.kernel.arch.KernelLayout;
import eduscc.labs.debug.PageTables;
import eduscc.machine.cpu.Paging;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One row of the paging view's directory or page-table list: a present entry decoded with the
 * names of SDM Vol. 3A §4.3 (Table 4-5 for a page-directory entry, Table 4-6 for a page-table
 * entry), or, in a page table, a run of present entries collapsed into one row.
 *
 * <p>A run is entries in a row that map consecutive frames (frame − linear the same for all) with
 * the same low twelve bits and the same allocator count, so every column but the addresses holds
 * for each entry of it. The kernel's identity map of the low 16 MiB then reads as a few rows per
 * table ("0x00001000-0x0011F000 -> same"); an entry the CPU has marked accessed or dirty, or one
 * with other bits, starts a row of its own, because those bits are what a student looks for.
 *
 * @param first   the index of the (first) entry
 * @param entries how many entries the row stands for
 * @param value   the (first) entry as the CPU reads it
 * @param linear  the linear range or page(s) the row covers, e.g. "0x00000000-0x003FFFFF"
 * @param maps    a PDE's page table "0x00C01000", a PTE's frame, "same" for an identity mapping
 * @param uses    the frame allocator's count for a frame of its pool, or "" outside the pool
 * @param shared  whether that count is above one (several mappings share the frame)
 */
public record PageRow(int first, int entries, int value, boolean directory, String linear, String maps,
                      String uses, boolean shared) {
    private static final int PAGE = 0x1000;
    private static final int TABLE_SPAN = 0x400000;

    /** "0x000" or "0x001-0x3FF": the index (or indices) in the directory or table. */
    public String index() {
        return entries == 1 ? String.format("0x%03X", first) : String.format("0x%03X-0x%03X", first, first + entries - 1);
    }

    public String entriesText() {
        return String.format(Locale.ROOT, "%,d", entries);
    }

    /** "1" or "0" for one of the entry's flag bits ({@link Paging#P}, {@link Paging#RW} ...). */
    public String bit(int mask) {
        if (directory && mask == Paging.D) {
            return ""; // bit 6 of a PDE that points to a table is ignored (Table 4-5)
        }
        return (value & mask) != 0 ? "1" : "0";
    }

    /** The present entries of the page directory, one row each. */
    static List<PageRow> directory(PageTables tables) {
        List<PageRow> rows = new ArrayList<>();
        for (int i = 0; i < PageTables.ENTRIES; i++) {
            int pde = tables.pde(i);
            if (pde != PageTables.UNREADABLE && (pde & Paging.P) != 0) {
                int from = i * TABLE_SPAN;
                int table = pde & Paging.FRAME;
                int count = count(tables, table);
                rows.add(new PageRow(i, 1, pde, true, String.format("0x%08X-0x%08X", from, from + TABLE_SPAN - 1),
                    String.format("0x%08X", table), uses(count), count > 1));
            }
        }
        return rows;
    }

    /** The present entries of the table directory entry {@code pdeIndex} points at, runs collapsed. */
    static List<PageRow> table(PageTables tables, int pdeIndex) {
        List<PageRow> rows = new ArrayList<>();
        int i = 0;
        while (i < PageTables.ENTRIES) {
            int pte = tables.pte(pdeIndex, i);
            if (pte == PageTables.UNREADABLE || (pte & Paging.P) == 0) {
                i++;
                continue;
            }
            int count = count(tables, pte & Paging.FRAME);
            int end = i + 1;
            while (end < PageTables.ENTRIES && continues(tables, pdeIndex, i, pte, count, end)) {
                end++;
            }
            rows.add(run(pdeIndex, i, end - i, pte, count));
            i = end;
        }
        return rows;
    }

    /** Whether entry {@code next} carries on the run that entry {@code start} began. */
    private static boolean continues(PageTables tables, int pdeIndex, int start, int pte, int count, int next) {
        int candidate = tables.pte(pdeIndex, next);
        return candidate != PageTables.UNREADABLE
            && (candidate & ~Paging.FRAME) == (pte & ~Paging.FRAME)
            && (candidate & Paging.FRAME) == (pte & Paging.FRAME) + (next - start) * PAGE
            && count(tables, candidate & Paging.FRAME) == count;
    }

    private static PageRow run(int pdeIndex, int first, int entries, int pte, int count) {
        int page = pdeIndex * TABLE_SPAN + first * PAGE;
        int last = page + (entries - 1) * PAGE;
        int frame = pte & Paging.FRAME;
        String linear = entries == 1 ? String.format("0x%08X", page) : String.format("0x%08X-0x%08X", page, last);
        String maps = frame == page ? "same" : entries == 1 ? String.format("0x%08X", frame)
            : String.format("0x%08X-0x%08X", frame, frame + (entries - 1) * PAGE);
        return new PageRow(first, entries, pte, false, linear, maps, uses(count), count > 1);
    }

    /** The allocator's count of the frame at {@code physical}, or -1 outside its pool. */
    static int count(PageTables tables, int physical) {
        long offset = Integer.toUnsignedLong(physical) - KernelLayout.FRAME_POOL;
        if (offset < 0 || offset >= (long) KernelLayout.FRAME_POOL_FRAMES * PAGE) {
            return -1;
        }
        return tables.frameCount((int) (offset / PAGE));
    }

    private static String uses(int count) {
        return count < 0 ? "" : Integer.toString(count);
    }
}
