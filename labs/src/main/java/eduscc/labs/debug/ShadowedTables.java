package eduscc.labs.debug;

import eduscc.kernel.lguest.HostBookkeeping;
import eduscc.kernel.lguest.SwitcherLayout;
import eduscc.machine.cpu.Paging;
import java.util.ArrayList;
import java.util.List;

/**
 * The guest's page directory in use beside its shadow (lguest page_tables.c, facts C.5), entry by
 * entry where the shadow maps something: the guest's entry names a guest-physical frame, the
 * shadow's the host-physical frame the processor really uses, with the guest's flags, minus RW
 * until the guest's entry is DIRTY. The shadow is filled one page at a time as the guest faults,
 * so the rows are few; each directory slot says how many pages the guest maps there beside how
 * many the shadow holds.
 *
 * <p>The guest's tables are read from guest memory (guest-physical + the guest's base), the
 * shadow's from the host's frames, both through {@link GuestWorlds.Probe}, a table at a time: nothing is disturbed.
 *
 * @param guestDirectory  guest-physical address of the guest's directory (the guest's CR3)
 * @param shadowDirectory host-physical address of its shadow (the processor's CR3 in the guest world)
 * @param slots    every directory slot the guest or the shadow maps, the Switcher's (1023) left out
 * @param entries  every page the shadow maps, in address order, the last fill's included even if empty
 * @param lastFill the last entry a page fault filled, if it was in this directory; null otherwise
 */
public record ShadowedTables(int guestDirectory, int shadowDirectory, List<Slot> slots, List<Entry> entries,
                             HostBookkeeping.ShadowFill lastFill) {
    /** More rows than a lab's guest makes its shadow hold at once; a bound on what a pause copies. */
    public static final int MAX_ENTRIES = 2048;
    private static final int ENTRIES = 1024;

    public ShadowedTables {
        slots = List.copyOf(slots);
        entries = List.copyOf(entries);
    }

    /**
     * One directory slot (4 MiB).
     *
     * @param guestPages  present entries in the guest's page table there
     * @param shadowPages present entries in the shadow's
     */
    public record Slot(int index, int guestPde, int shadowPde, int guestPages, int shadowPages) {
    }

    /** One page: the guest's entry, the shadow's, and whether the last page fault filled it. */
    public record Entry(int linear, int guestPte, int shadowPte, boolean lastFilled) {
    }

    static ShadowedTables read(GuestWorlds.Probe probe, HostBookkeeping host) {
        int guestBase = host.memoryBase();
        HostBookkeeping.ShadowFill fill = host.lastFill();
        if (fill != null && fill.guestDirectory() != host.guestDirectory()) {
            fill = null;
        }
        List<Slot> slots = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        int[] guestDirectory = probe.words(guestBase + host.guestDirectory(), ENTRIES);
        int[] shadowDirectory = probe.words(host.shadowDirectory(), ENTRIES);
        int[] none = new int[ENTRIES];
        for (int slot = 0; slot < SwitcherLayout.DIRECTORY_SLOT; slot++) {
            int guestPde = guestDirectory[slot];
            int shadowPde = shadowDirectory[slot];
            boolean guestTable = present(guestPde) && (guestPde & Paging.FRAME) < host.memorySize();
            if (!guestTable && !present(shadowPde)) {
                continue;
            }
            int[] guestTableEntries = guestTable ? probe.words(guestBase + (guestPde & Paging.FRAME), ENTRIES) : none;
            int[] shadowTableEntries = present(shadowPde) ? probe.words(shadowPde & Paging.FRAME, ENTRIES) : none;
            int guestPages = 0;
            int shadowPages = 0;
            for (int i = 0; i < ENTRIES; i++) {
                int guestPte = guestTableEntries[i];
                int shadowPte = shadowTableEntries[i];
                guestPages += present(guestPte) ? 1 : 0;
                shadowPages += present(shadowPte) ? 1 : 0;
                int linear = slot << 22 | i << 12;
                boolean filled = fill != null && (fill.linear() & Paging.FRAME) == linear;
                if ((present(shadowPte) || filled) && entries.size() < MAX_ENTRIES) {
                    entries.add(new Entry(linear, guestPte, shadowPte, filled));
                }
            }
            slots.add(new Slot(slot, guestPde, shadowPde, guestPages, shadowPages));
        }
        return new ShadowedTables(host.guestDirectory(), host.shadowDirectory(), slots, entries, fill);
    }

    private static boolean present(int entry) {
        return (entry & Paging.P) != 0;
    }

    /** The row of the page at {@code linear}, if the shadow maps it or the last fault filled it. */
    public java.util.Optional<Entry> entry(int linear) {
        return entries.stream().filter(e -> e.linear() == (linear & Paging.FRAME)).findFirst();
    }
}
