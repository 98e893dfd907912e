package eduscc.visualizer.lguest;

import eduscc.kernel.lguest.HostBookkeeping;
import eduscc.labs.debug.GuestWorlds;
import eduscc.labs.debug.ShadowedTables;
import eduscc.machine.cpu.Paging;
import java.util.ArrayList;
import java.util.List;

/**
 * What the page-table pane shows for one hosting core at one pause (issue 12, "the guest's page
 * table beside its shadow"): which guest directory is in use and which shadow the processor
 * walks instead, the four directories the host caches shadows for, the last entry a page fault
 * filled, each directory slot's count of pages (the guest's beside the shadow's: the shadow
 * holds only what the guest touched since the shadow was last emptied), and a row per page the
 * shadow maps: the guest's frame and flags, the host's frame and flags, and what differs.
 *
 * @param header    "guest CR3 0x00180000 (guest-physical) is shadowed by 0x00C0D000 (host-physical)"
 * @param cache     "shadows cached for guest directories: 0x00180000, 0x00300000, free, free"
 * @param lastFill  "last page-fault fill: 0x00124570, page 0x00124000 (and a new shadow table for slot 0)", or a line saying none
 * @param slots     "slot 0 (0x00000000..0x003FFFFF): the guest maps 1024 pages, the shadow 3"
 * @param rows      one per page the shadow maps, in address order
 * @param filledRow the index in {@code rows} of the last fill's page, or -1
 */
public record ShadowViewModel(String header, String cache, String lastFill, List<String> slots, List<Row> rows,
                              int filledRow) {
    public ShadowViewModel {
        slots = List.copyOf(slots);
        rows = List.copyOf(rows);
    }

    /** One page: its linear address, the guest's entry, the shadow's, a note; {@code filled} if the last fault wrote it. */
    public record Row(String page, String guestFrame, String guestFlags, String shadowFrame, String shadowFlags,
                      String note, boolean filled) {
    }

    public static ShadowViewModel of(GuestWorlds worlds) {
        ShadowedTables t = worlds.tables();
        HostBookkeeping host = worlds.host();
        String header = String.format("guest CR3 0x%08X (guest-physical, at host 0x%08X) is shadowed by 0x%08X"
            + " (host-physical): the processor walks the shadow; each host frame is the guest's frame + 0x%08X",
            t.guestDirectory(), host.memoryBase() + t.guestDirectory(), t.shadowDirectory(), host.memoryBase());
        List<String> cached = new ArrayList<>();
        for (int d : host.cachedDirectories()) {
            cached.add(d == 0 ? "free" : String.format("0x%08X", d));
        }
        String cache = "shadows cached for guest directories: " + String.join(", ", cached);
        List<String> slots = new ArrayList<>();
        for (ShadowedTables.Slot s : t.slots()) {
            long from = Integer.toUnsignedLong(s.index()) << 22;
            slots.add(String.format("slot %d (0x%08X..0x%08X): the guest maps %d pages, the shadow %d", s.index(), from,
                from + (1 << 22) - 1, s.guestPages(), s.shadowPages()));
        }
        List<Row> rows = new ArrayList<>();
        int filledRow = -1;
        for (ShadowedTables.Entry e : t.entries()) {
            if (e.lastFilled()) {
                filledRow = rows.size();
            }
            rows.add(new Row(String.format("0x%08X", e.linear()), frame(e.guestPte()), flags(e.guestPte()),
                frame(e.shadowPte()), flags(e.shadowPte()), note(e), e.lastFilled()));
        }
        return new ShadowViewModel(header, cache, lastFill(t), slots, rows, filledRow);
    }

    private static String lastFill(ShadowedTables t) {
        HostBookkeeping.ShadowFill fill = t.lastFill();
        if (fill == null) {
            return "last page-fault fill: none in this directory's shadow yet";
        }
        return String.format("last page-fault fill: 0x%08X, page 0x%08X%s", fill.linear(), fill.linear() & Paging.FRAME,
            fill.newTable() ? String.format(" (and a new shadow table for slot %d)", fill.linear() >>> 22) : "");
    }

    private static String frame(int entry) {
        return (entry & Paging.P) == 0 ? "-" : String.format("0x%08X", entry & Paging.FRAME);
    }

    /** The flags lguest copies, by the SDM's names (Vol. 3A table 4-6); "not present" for an empty entry. */
    static String flags(int entry) {
        if ((entry & Paging.P) == 0) {
            return "not present";
        }
        StringBuilder s = new StringBuilder("P");
        s.append((entry & Paging.RW) != 0 ? " RW" : " RO");
        s.append((entry & Paging.US) != 0 ? " US" : "");
        s.append((entry & Paging.A) != 0 ? " A" : "");
        s.append((entry & Paging.D) != 0 ? " D" : "");
        s.append((entry & Paging.PCD) != 0 ? " PCD" : "");
        s.append((entry & Paging.PWT) != 0 ? " PWT" : "");
        return s.toString();
    }

    private static String note(ShadowedTables.Entry e) {
        List<String> notes = new ArrayList<>();
        if (e.lastFilled()) {
            notes.add("the last page fault filled it");
        }
        boolean guestPresent = (e.guestPte() & Paging.P) != 0;
        if (!guestPresent && (e.shadowPte() & Paging.P) != 0) {
            notes.add("the guest has unmapped it; its LHCALL_SET_PTE has not come");
        }
        if (guestPresent && (e.guestPte() & Paging.RW) != 0 && (e.shadowPte() & Paging.RW) == 0
            && (e.shadowPte() & Paging.P) != 0) {
            notes.add("RO until the guest's entry is DIRTY");
        }
        return String.join("; ", notes);
    }
}
