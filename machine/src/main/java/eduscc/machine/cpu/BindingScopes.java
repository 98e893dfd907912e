package eduscc.machine.cpu;

import java.util.Arrays;

/**
 * Whose Java code is at an address. A kernel binds its routines and entries to addresses in its
 * text; a second kernel on the same core, the same kernel run as a paravirtualized guest in ring 1
 * (lguest), binds the same routines at the same addresses, because it is the same program with
 * the same layout. One table keyed by address cannot hold both, so a binding may belong to a
 * <em>scope</em>, and the processor state says which scope is in force.
 *
 * <p>The state that says it is IDTR: the base of the interrupt descriptor table loaded now. While
 * a guest runs, the hypervisor's Switcher has loaded the guest's IDT (every trap must reach the
 * Switcher's stubs, never the host's handlers), and it loads the host's IDT again on the way out.
 * So IDTR tells host from guest whatever the ring: the guest kernel in ring 1, its user programs
 * in ring 3, and the Switcher's own ring-0 code after its LIDT. CR3 would not do (the host runs
 * on many address spaces, one per process), nor would CPL (host and guest both have ring 3).
 *
 * <p>The rule, checked at every lookup:
 * <ul>
 *   <li>while IDTR.base is the base of a scope that has bindings, only that scope's bindings
 *       apply: an address the scope does not bind is x86 code, even where the unscoped kernel
 *       binds Java (a guest never runs the host's Java code);</li>
 *   <li>otherwise the unscoped bindings apply ({@link Core#bind}), as on a core with no scopes.</li>
 * </ul>
 * A scope begins to apply with its first binding; a core with no scoped binding pays one int
 * compare per lookup. A core has a scope or two, so they are a short array searched in order,
 * with the last answer remembered (IDTR changes only at LIDT, and at a guest entry or exit).
 */
final class BindingScopes {
    private final BindingTable unscoped = new BindingTable();
    private int count;
    private int[] idtBases = new int[2];
    private BindingTable[] tables = new BindingTable[2];
    private int lastIdtBase;
    private BindingTable lastTable;

    BindingTable unscoped() {
        return unscoped;
    }

    /** Whether any scope has bindings; if not, the unscoped ones apply whatever IDTR holds. */
    boolean hasScopes() {
        return count != 0;
    }

    /** The bindings that apply while IDTR.base is {@code idtBase}. */
    BindingTable inEffect(int idtBase) {
        if (count == 0) {
            return unscoped;
        }
        if (lastTable != null && idtBase == lastIdtBase) {
            return lastTable;
        }
        BindingTable scoped = scope(idtBase);
        lastIdtBase = idtBase;
        lastTable = scoped != null ? scoped : unscoped;
        return lastTable;
    }

    /** The scope of {@code idtBase}; null if nothing was bound for it. */
    BindingTable scope(int idtBase) {
        for (int i = 0; i < count; i++) {
            if (idtBases[i] == idtBase) {
                return tables[i];
            }
        }
        return null;
    }

    /** The scope of {@code idtBase}, made (empty) if it has none yet; the caller binds into it. */
    BindingTable scopeToBindInto(int idtBase) {
        BindingTable scoped = scope(idtBase);
        if (scoped != null) {
            return scoped;
        }
        if (count == idtBases.length) {
            idtBases = Arrays.copyOf(idtBases, 2 * count);
            tables = Arrays.copyOf(tables, 2 * count);
        }
        scoped = new BindingTable();
        idtBases[count] = idtBase;
        tables[count] = scoped;
        count++;
        lastTable = null;
        return scoped;
    }

    /** The IDT bases that have scopes, in ascending unsigned order (for the debugger). */
    int[] idtBases() {
        int[] bases = Arrays.copyOf(idtBases, count);
        for (int i = 0; i < bases.length; i++) {
            bases[i] ^= Integer.MIN_VALUE;
        }
        Arrays.sort(bases);
        for (int i = 0; i < bases.length; i++) {
            bases[i] ^= Integer.MIN_VALUE;
        }
        return bases;
    }
}
