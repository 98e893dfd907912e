package eduscc.labs.debug;

import eduscc.kernel.arch.KernelLayout;
import eduscc.machine.cpu.Core;
import eduscc.machine.cpu.Paging;
import eduscc.machine.scc.Interconnect;
import eduscc.machine.snapshot.MemoryDump;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One core's paging structures as bytes, for the debugger's paging view: the page directory CR3
 * points at, every page table a present directory entry points at (SDM Vol. 3A §4.3, 32-bit
 * paging), and the kernel's frame allocator, its bitmap ({@link KernelLayout#FRAME_BITMAP}) and
 * its per-frame counts ({@link KernelLayout#FRAME_COUNTS}).
 *
 * <p>Every byte is read at a pause through the same non-disturbing probe as the memory view
 * ({@link MemoryDump}, physical addresses through the core's LUT): looking sets no accessed bit,
 * charges no cycle and traces nothing, so stepping back by re-running still reaches the same state.
 * A directory entry with PS set while CR4.PSE is on maps a 4 MiB page and has no table to read;
 * the kit's kernel never makes one.
 *
 * @param core      the core whose CR3 and LUT were used
 * @param cr3       CR3 at the pause (its frame is where the directory was read)
 * @param directory the 4 KiB page directory
 * @param tables    each present directory entry's page table, by directory index
 * @param bitmap    the allocator's bitmap, one bit per frame of {@link KernelLayout#FRAME_POOL}
 * @param counts    the allocator's counts, one byte per frame
 */
public record PageTables(int core, int cr3, MemoryDump directory, SortedMap<Integer, MemoryDump> tables,
                         MemoryDump bitmap, MemoryDump counts) {
    public static final int ENTRIES = 1024;
    public static final int TABLE_BYTES = 4 * ENTRIES;
    /** More tables than any lab's address space has (the kernel's own take seven); a bound on the bytes a pause copies. */
    public static final int MAX_TABLES = 64;
    /**
     * What {@link #pde} and {@link #pte} answer for an entry the probe could not read. All ones
     * would be a present entry mapping the top frame of the 4 GiB with every bit set, which no
     * kernel of the kit writes.
     */
    public static final int UNREADABLE = -1;

    public PageTables {
        tables = Collections.unmodifiableSortedMap(new TreeMap<>(tables));
    }

    /** Reads core {@code core}'s paging structures; call only while the machine is paused. */
    public static PageTables read(Core core, Interconnect chip) {
        int cr3 = core.regs().cr3;
        MemoryDump directory = physical(core, chip, cr3 & Paging.FRAME, TABLE_BYTES);
        SortedMap<Integer, MemoryDump> tables = new TreeMap<>();
        for (int index = 0; index < ENTRIES && tables.size() < MAX_TABLES; index++) {
            int pde = entry(directory, index);
            if (pde != UNREADABLE && (pde & Paging.P) != 0 && (pde & Paging.PS_OR_MPBT) == 0) {
                tables.put(index, physical(core, chip, pde & Paging.FRAME, TABLE_BYTES));
            }
        }
        return new PageTables(core.pid(), cr3, directory,
            tables, physical(core, chip, KernelLayout.FRAME_BITMAP, KernelLayout.FRAME_POOL_FRAMES / 8),
            physical(core, chip, KernelLayout.FRAME_COUNTS, KernelLayout.FRAME_POOL_FRAMES));
    }

    private static MemoryDump physical(Core core, Interconnect chip, int address, int length) {
        return MemoryDump.read(core, chip, MemoryDump.Space.PHYSICAL, address, length);
    }

    /** Directory entry {@code index}, or {@link #UNREADABLE} if the probe could not read it. */
    public int pde(int index) {
        return entry(directory, index);
    }

    /** Whether the directory entry {@code index} points at a table this record holds. */
    public boolean hasTable(int index) {
        return tables.containsKey(index);
    }

    /** Entry {@code index} of the table directory entry {@code pdeIndex} points at, or {@link #UNREADABLE}. */
    public int pte(int pdeIndex, int index) {
        MemoryDump table = tables.get(pdeIndex);
        return table == null ? UNREADABLE : entry(table, index);
    }

    /** Whether frame {@code frame} of the pool is in use (its bitmap bit is set). */
    public boolean frameUsed(int frame) {
        int offset = frame / 8;
        return bitmap.readable(offset) && (bitmap.byteAt(offset) >>> (frame % 8) & 1) != 0;
    }

    /** How many mappings use frame {@code frame} of the pool (its count byte), or -1 if unreadable. */
    public int frameCount(int frame) {
        return counts.readable(frame) ? counts.byteAt(frame) : -1;
    }

    private static int entry(MemoryDump dump, int index) {
        int at = 4 * index;
        if (!dump.readable(at)) {
            return UNREADABLE;
        }
        return dump.byteAt(at) | dump.byteAt(at + 1) << 8 | dump.byteAt(at + 2) << 16 | dump.byteAt(at + 3) << 24;
    }
}
