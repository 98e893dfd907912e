package eduscc.visualizer.paging;

import eduscc.kernel.mm.CopyOnWrite;
import eduscc.labs.debug.PageTables;
import eduscc.machine.cpu.ControlBits;
import eduscc.machine.cpu.Paging;
import java.util.ArrayList;
import java.util.List;

/**
 * The walk the CPU makes for one linear address (SDM Vol. 3A §4.3, Figure 4-2), told step by step
 * from the bytes of the paging view: bits 31-22 pick the PDE at CR3 + 4 × index, bits 21-12 the
 * PTE in the table that PDE names, bits 11-0 are the offset in the frame that PTE names. The walk
 * stops where the CPU would raise #PF: at an entry whose P bit is clear.
 *
 * <p>Ring 3 may use the page only if U/S is set in both entries, and write it only if R/W is set
 * in both (SDM Vol. 3A §4.6); the outcome says which entry forbids it, since that is the question
 * a user task's page fault raises.
 *
 * @param steps   one line per step: the split of the address, the PDE, the PTE
 * @param outcome "physical 0x..." with what ring 3 may do, or "stops: ..." with the reason
 */
public record PageWalk(List<String> steps, String outcome) {

    public PageWalk {
        steps = List.copyOf(steps);
    }

    /**
     * @param cr4 CR4 at the pause: with PSE on, a PDE with PS set maps a 4 MiB page itself
     */
    public static PageWalk of(PageTables tables, int cr4, int linear) {
        int dirIndex = linear >>> 22;
        int tableIndex = linear >>> 12 & 0x3FF;
        List<String> steps = new ArrayList<>();
        steps.add(String.format("linear 0x%08X: directory index 0x%03X (bits 31-22), table index 0x%03X (bits 21-12),"
            + " offset 0x%03X (bits 11-0)", linear, dirIndex, tableIndex, linear & 0xFFF));
        int pdeAt = (tables.cr3() & Paging.FRAME) + 4 * dirIndex;
        int pde = tables.pde(dirIndex);
        if (pde == PageTables.UNREADABLE) {
            return stop(steps, String.format("PDE at 0x%08X could not be read", pdeAt));
        }
        if ((pde & Paging.P) == 0) {
            steps.add(String.format("PDE at 0x%08X = 0x%08X: not present", pdeAt, pde));
            return stop(steps, String.format("PDE not present: an access here is a page fault (#PF, CR2 = 0x%08X)", linear));
        }
        if ((pde & Paging.PS_OR_MPBT) != 0 && (cr4 & ControlBits.CR4_PSE) != 0) {
            steps.add(String.format("PDE at 0x%08X = 0x%08X (%s): a 4 MiB page at 0x%08X", pdeAt, pde, flags(pde, true),
                pde & 0xFFC00000));
            return found(steps, pde & 0xFFC00000 | linear & 0x3FFFFF, pde, pde, "PDE", "PDE");
        }
        int table = pde & Paging.FRAME;
        steps.add(String.format("PDE at 0x%08X = 0x%08X (%s): page table at 0x%08X", pdeAt, pde, flags(pde, false), table));
        int pteAt = table + 4 * tableIndex;
        int pte = tables.pte(dirIndex, tableIndex);
        if (pte == PageTables.UNREADABLE) {
            return stop(steps, String.format("PTE at 0x%08X could not be read", pteAt));
        }
        if ((pte & Paging.P) == 0) {
            steps.add(String.format("PTE at 0x%08X = 0x%08X: not present", pteAt, pte));
            return stop(steps, String.format("PTE not present: an access here is a page fault (#PF, CR2 = 0x%08X)", linear));
        }
        int frame = pte & Paging.FRAME;
        steps.add(String.format("PTE at 0x%08X = 0x%08X (%s): frame 0x%08X", pteAt, pte, flags(pte, true), frame));
        return found(steps, frame | linear & 0xFFF, pde, pte, "PDE", "PTE");
    }

    /** Paging off: no walk, the linear address is the physical one (SDM Vol. 3A §4.1.1). */
    public static PageWalk withoutPaging(int linear) {
        return new PageWalk(List.of(String.format("linear 0x%08X: CR0.PG is clear, nothing is translated", linear)),
            String.format("physical 0x%08X", linear));
    }

    private static PageWalk found(List<String> steps, int physical, int pde, int pte, String upper, String lower) {
        String ring3;
        if ((pde & Paging.US) == 0 || (pte & Paging.US) == 0) {
            ring3 = "no access, U/S is clear in the " + ((pde & Paging.US) == 0 ? upper : lower);
        } else if ((pde & Paging.RW) == 0 || (pte & Paging.RW) == 0) {
            ring3 = "read only, R/W is clear in the " + ((pde & Paging.RW) == 0 ? upper : lower);
        } else {
            ring3 = "read and write";
        }
        return new PageWalk(steps, String.format("physical 0x%08X; from ring 3: %s", physical, ring3));
    }

    private static PageWalk stop(List<String> steps, String why) {
        return new PageWalk(steps, "stops: " + why);
    }

    /**
     * The set flag bits by their SDM names, e.g. "P R/W U/S A"; D only where it means something
     * (a PTE, or a PDE that maps a 4 MiB page: in a PDE that points to a table bit 6 is ignored, Table 4-5).
     */
    static String flags(int entry, boolean dirtyMeans) {
        StringBuilder s = new StringBuilder();
        append(s, entry, Paging.P, "P");
        append(s, entry, Paging.RW, "R/W");
        append(s, entry, Paging.US, "U/S");
        append(s, entry, Paging.PWT, "PWT");
        append(s, entry, Paging.PCD, "PCD");
        append(s, entry, Paging.A, "A");
        if (dirtyMeans) {
            append(s, entry, Paging.D, "D");
            append(s, entry, CopyOnWrite.COW, "COW");
        }
        return s.toString();
    }

    private static void append(StringBuilder s, int entry, int mask, String name) {
        if ((entry & mask) != 0) {
            s.append(s.length() == 0 ? "" : " ").append(name);
        }
    }
}
