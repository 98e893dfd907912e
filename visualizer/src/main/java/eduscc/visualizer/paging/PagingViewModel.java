package eduscc.visualizer.paging;

import eduscc.kernel.arch.KernelLayout;
import eduscc.labs.debug.DebugSnapshot;
import eduscc.labs.debug.PageTables;
import eduscc.machine.cpu.ControlBits;
import eduscc.machine.snapshot.CoreSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the paging view shows for one core at one pause: CR3 and CR0.PG, the page directory's
 * present entries, the page table of a chosen entry, the walk of a typed address, and the kernel
 * frame allocator's bitmap and counts (eduOS mm/memory.c). Everything is decoded from the bytes
 * the snapshot read from simulated memory ({@link PageTables}), never from the kernel's objects.
 *
 * <p>Without paging there is nothing to decode: the header says so in one line and the lists are
 * empty. When the snapshot carries another core's tables, or none yet, the view asks for them and
 * this model says it is waiting.
 */
public final class PagingViewModel {
    /** One frame of the allocator's pool: its number, address, bitmap bit and count. */
    public record FrameCell(int frame, int address, boolean used, int count) {
        /** Several mappings share the frame (after a fork, until copy-on-write splits it). */
        public boolean shared() {
            return count > 1;
        }

        /** The line under the grid for the hovered or selected cell. */
        public String describe() {
            String count = this.count < 0 ? "count unreadable" : this.count == 1 ? "count 1 (one mapping)"
                : String.format("count %d (%s)", this.count, this.count == 0 ? "no mapping" : this.count + " mappings share it");
            return String.format("frame %d at 0x%08X: %s, %s", frame, address, used ? "in use" : "free", count);
        }
    }

    private final int core;
    private final String header;
    private final boolean paging;
    private final PageTables tables;
    private final int cr4;
    private final List<PageRow> directory;
    private final List<FrameCell> frames;

    private PagingViewModel(int core, String header, boolean paging, PageTables tables, int cr4,
                            List<PageRow> directory, List<FrameCell> frames) {
        this.core = core;
        this.header = header;
        this.paging = paging;
        this.tables = tables;
        this.cr4 = cr4;
        this.directory = List.copyOf(directory);
        this.frames = List.copyOf(frames);
    }

    public static PagingViewModel of(DebugSnapshot snapshot, int core) {
        CoreSnapshot regs = snapshot.machine().core(core);
        boolean on = (regs.cr0() & ControlBits.CR0_PG) != 0;
        if (!on) {
            return new PagingViewModel(core, String.format("core %d: CR3 = 0x%08X; paging is off: CR0.PG clear;"
                + " linear = physical", core, regs.cr3()), false, null, regs.cr4(), List.of(), List.of());
        }
        PageTables tables = snapshot.pages();
        if (tables == null || tables.core() != core) {
            return new PagingViewModel(core, String.format("core %d: CR3 = 0x%08X; CR0.PG set: paging is on; reading the page tables ...",
                core, regs.cr3()), true, null, regs.cr4(), List.of(), List.of());
        }
        List<PageRow> directory = PageRow.directory(tables);
        List<FrameCell> frames = new ArrayList<>();
        for (int f = 0; f < KernelLayout.FRAME_POOL_FRAMES; f++) {
            frames.add(new FrameCell(f, KernelLayout.FRAME_POOL + f * 0x1000, tables.frameUsed(f), tables.frameCount(f)));
        }
        String header = String.format(Locale.ROOT, "core %d: CR3 = 0x%08X; CR0.PG set: paging is on", core, regs.cr3());
        return new PagingViewModel(core, header, true, tables, regs.cr4(), directory, frames);
    }

    public int core() {
        return core;
    }

    /** "core 0: CR3 = 0x00C00000; CR0.PG set: paging is on" or the one line saying paging is off. */
    public String header() {
        return header;
    }

    public boolean paging() {
        return paging;
    }

    /** Whether the page tables were read (false while paging is off or the read is on its way). */
    public boolean decoded() {
        return tables != null;
    }

    /** The present directory entries, one row each. */
    public List<PageRow> directory() {
        return directory;
    }

    /** The present entries of the table directory entry {@code pdeIndex} points at, runs collapsed. */
    public List<PageRow> table(int pdeIndex) {
        return tables == null || !tables.hasTable(pdeIndex) ? List.of() : PageRow.table(tables, pdeIndex);
    }

    /** "page table 0x00C01000 of directory entry 0x000: 1,023 present entries in 7 rows". */
    public String tableTitle(int pdeIndex) {
        Optional<PageRow> pde = directory.stream().filter(r -> r.first() == pdeIndex).findFirst();
        if (pde.isEmpty()) {
            return "select a directory entry to see its page table";
        }
        List<PageRow> rows = table(pdeIndex);
        int present = rows.stream().mapToInt(PageRow::entries).sum();
        return String.format(Locale.ROOT, "page table %s of directory entry %s: %,d present entries in %d rows",
            pde.get().maps(), pde.get().index(), present, rows.size());
    }

    /** The walk of {@code linear} through this core's tables (or none, without paging). */
    public PageWalk walk(int linear) {
        if (!paging) {
            return PageWalk.withoutPaging(linear);
        }
        if (tables == null) {
            return new PageWalk(List.of(), "the page tables are still being read");
        }
        return PageWalk.of(tables, cr4, linear);
    }

    /** The allocator's pool, frame by frame (empty until the tables are read). */
    public List<FrameCell> frames() {
        return frames;
    }

    /** "frames 0x00C00000-0x00FFFFFF: 8 of 1,024 in use, 0 shared (count > 1)". */
    public String framesTitle() {
        if (frames.isEmpty()) {
            return "";
        }
        long used = frames.stream().filter(FrameCell::used).count();
        long shared = frames.stream().filter(FrameCell::shared).count();
        return String.format(Locale.ROOT, "frames 0x%08X-0x%08X: %d of %,d in use, %d shared (count > 1)",
            KernelLayout.FRAME_POOL, KernelLayout.FRAME_POOL + KernelLayout.FRAME_POOL_FRAMES * 0x1000 - 1, used,
            frames.size(), shared);
    }

    /** Parses a typed address: hex with or without 0x ("00120000", "0x10000000"); empty if it is none. */
    public static Optional<Integer> parseAddress(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.startsWith("0x")) {
            t = t.substring(2);
        }
        t = t.replace("_", "");
        if (t.isEmpty() || t.length() > 8 || !t.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            return Optional.empty();
        }
        return Optional.of((int) Long.parseLong(t, 16));
    }
}
