package eduscc.visualizer.descriptors;

import eduscc.labs.debug.DebugSnapshot;
import eduscc.machine.snapshot.CoreSnapshot;
import eduscc.machine.snapshot.TableBytes;
import eduscc.machine.snapshot.TablesSnapshot;
import eduscc.machine.snapshot.TssBytes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the descriptor panel shows for one core at one pause: the GDT entry by entry, the IDT gate
 * by gate and the active TSS field by field, all decoded from the bytes the snapshot read from
 * simulated memory (DESIGN §2), never from the kernel's Java objects.
 *
 * <p>Comparing with the previous snapshot shows what the last step wrote: the accessed bit the CPU
 * sets when a segment is first loaded, the busy bits a task switch flips, and, after a hardware
 * task switch, the fields of the old task's TSS that the switch saved (SDM Vol. 3A §7.3 step 8).
 * That TSS is no longer the one TR points at, so it is shown as a second panel.
 */
public final class DescriptorTablesViewModel {
    private final String gdtHeader;
    private final List<GdtRow> gdt;
    private final String idtHeader;
    private final List<GateRow> idt;
    private final TssPanel activeTss;
    private final Optional<TssPanel> savedTss;

    private DescriptorTablesViewModel(String gdtHeader, List<GdtRow> gdt, String idtHeader, List<GateRow> idt,
                                      TssPanel activeTss, Optional<TssPanel> savedTss) {
        this.gdtHeader = gdtHeader;
        this.gdt = List.copyOf(gdt);
        this.idtHeader = idtHeader;
        this.idt = List.copyOf(idt);
        this.activeTss = activeTss;
        this.savedTss = savedTss;
    }

    /** @param before the snapshot shown before this one, or null: then nothing is marked changed */
    public static DescriptorTablesViewModel of(DebugSnapshot now, DebugSnapshot before, int core) {
        return of(now.machine().core(core), before == null ? null : before.machine().core(core),
            TssNames.of(now, core));
    }

    public static DescriptorTablesViewModel of(CoreSnapshot now, CoreSnapshot before) {
        return of(now, before, TssNames.NONE);
    }

    /** @param names names each TSS selector (GDT rows, TR, the back link) after its task */
    public static DescriptorTablesViewModel of(CoreSnapshot now, CoreSnapshot before, TssNames names) {
        TablesSnapshot t = now.tables();
        TablesSnapshot b = before == null ? null : before.tables();
        List<GdtRow> gdt = new ArrayList<>();
        for (int i = 0; i < t.gdt().size(); i++) {
            GdtRow row = GdtRow.decode(i, t.gdt().entry(i), changed(t.gdt(), b == null ? null : b.gdt(), i));
            gdt.add(row.system() && !row.gate() ? row.ownedBy(names.owner(row.selector())) : row);
        }
        List<GateRow> idt = new ArrayList<>();
        for (int v = 0; v < t.idt().size(); v++) {
            idt.add(GateRow.decode(v, t.idt().entry(v), changed(t.idt(), b == null ? null : b.idt(), v)));
        }
        TssBytes tss = t.tss();
        String title = tss.readable() ? String.format("active TSS: TR = %s, base %08X",
            names.named(String.format("%04X", tss.selector()), tss.selector()), tss.base()) : "active TSS";
        TssPanel active = TssPanel.of(title, tss, b == null ? null : b.tssAt(tss.base()).orElse(null), names);
        return new DescriptorTablesViewModel(header("GDT", t.gdt(), "entries"), gdt, header("IDT", t.idt(), "gates"),
            idt, active, saved(t, before, names));
    }

    /** Changed only against the same table: after a new LGDT there is nothing to compare with. */
    private static boolean changed(TableBytes now, TableBytes before, int index) {
        return before != null && before.base() == now.base() && index < before.size()
            && before.entry(index) != now.entry(index);
    }

    /**
     * When TR changed since the previous snapshot, the task switch saved the outgoing task's state
     * into the TSS TR pointed at before: show that TSS as it is now, compared with how it was.
     */
    private static Optional<TssPanel> saved(TablesSnapshot now, CoreSnapshot before, TssNames names) {
        if (before == null || !before.tables().tss().readable() || before.tr().selector() == now.tss().selector()) {
            return Optional.empty();
        }
        TssBytes old = before.tables().tss();
        return now.tssAt(old.base()).map(t -> TssPanel.of(String.format(
            "previous task's TSS %s, base %08X: what the task switch saved",
            names.named(String.format("%04X", old.selector()), old.selector()), old.base()), t, old, names));
    }

    private static String header(String table, TableBytes bytes, String what) {
        if (bytes.size() == 0 && !bytes.complete()) {
            return table + ": " + bytes.problem();
        }
        String text = String.format("%s at %08X, limit %04X: %d %s", table, bytes.base(), bytes.limit(),
            bytes.declaredEntries(), what);
        if (bytes.size() < bytes.declaredEntries() && bytes.complete()) {
            text += String.format(", showing the first %d", bytes.size());
        }
        return bytes.complete() ? text : text + "; " + bytes.problem();
    }

    public String gdtHeader() {
        return gdtHeader;
    }

    public List<GdtRow> gdt() {
        return gdt;
    }

    public String idtHeader() {
        return idtHeader;
    }

    public List<GateRow> idt() {
        return idt;
    }

    public TssPanel activeTss() {
        return activeTss;
    }

    /** The previous task's TSS after a hardware task switch, with the fields the switch saved marked. */
    public Optional<TssPanel> savedTss() {
        return savedTss;
    }
}
