package eduscc.visualizer.descriptors;

import eduscc.machine.cpu.tables.Tss32;
import eduscc.machine.snapshot.TssBytes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * A 32-bit TSS field by field, in the order of SDM Vol. 3A Figure 7-2 (facts D.4), decoded with
 * {@link Tss32}. A field is marked changed when its value differs from the same TSS at the
 * previous snapshot: after a hardware task switch that is exactly what step 8 saved into the old
 * task's TSS (EIP, EFLAGS, the general and segment registers); after a software switch it is the
 * ESP0 the kernel wrote.
 *
 * @param title    what this TSS is, e.g. "active TSS: TR = 0040, base 00112080"
 * @param selector the TSS descriptor's selector
 * @param base     the TSS's linear address
 * @param fields   the fields, empty when the TSS could not be read
 * @param problem  why it could not be read; empty otherwise
 */
public record TssPanel(String title, int selector, int base, List<Field> fields, String problem) {

    /** One TSS field: its name, its offset in the TSS, its value in hex and whether it changed. */
    public record Field(String name, int offset, int value, String text, boolean changed) { }

    public TssPanel {
        fields = List.copyOf(fields);
    }

    /** The fields in SDM order: name, offset, how to read it, and whether it is a 16-bit field. */
    private record Layout(String name, int offset, ToIntFunction<Tss32> value, boolean bits16) { }

    private static final List<Layout> LAYOUT = List.of(
        new Layout("link", Tss32.LINK, Tss32::link, true),
        new Layout("ESP0", Tss32.ESP0, Tss32::esp0, false),
        new Layout("SS0", Tss32.SS0, Tss32::ss0, true),
        new Layout("ESP1", Tss32.ESP1, Tss32::esp1, false),
        new Layout("SS1", Tss32.SS1, Tss32::ss1, true),
        new Layout("ESP2", Tss32.ESP2, Tss32::esp2, false),
        new Layout("SS2", Tss32.SS2, Tss32::ss2, true),
        new Layout("CR3", Tss32.CR3, Tss32::cr3, false),
        new Layout("EIP", Tss32.EIP, Tss32::eip, false),
        new Layout("EFLAGS", Tss32.EFLAGS, Tss32::eflags, false),
        new Layout("EAX", Tss32.EAX, Tss32::eax, false),
        new Layout("ECX", Tss32.ECX, Tss32::ecx, false),
        new Layout("EDX", Tss32.EDX, Tss32::edx, false),
        new Layout("EBX", Tss32.EBX, Tss32::ebx, false),
        new Layout("ESP", Tss32.ESP, Tss32::esp, false),
        new Layout("EBP", Tss32.EBP, Tss32::ebp, false),
        new Layout("ESI", Tss32.ESI, Tss32::esi, false),
        new Layout("EDI", Tss32.EDI, Tss32::edi, false),
        new Layout("ES", Tss32.ES, Tss32::es, true),
        new Layout("CS", Tss32.CS, Tss32::cs, true),
        new Layout("SS", Tss32.SS, Tss32::ss, true),
        new Layout("DS", Tss32.DS, Tss32::ds, true),
        new Layout("FS", Tss32.FS, Tss32::fs, true),
        new Layout("GS", Tss32.GS, Tss32::gs, true),
        new Layout("LDT", Tss32.LDT, Tss32::ldt, true),
        new Layout("T", Tss32.TRAP, t -> t.trap() ? 1 : 0, true),
        new Layout("I/O map base", Tss32.IOMAP, Tss32::ioMapBase, true));

    /**
     * @param now    the TSS bytes at this snapshot
     * @param before the same TSS's bytes at the previous snapshot, or null when there is none
     */
    public static TssPanel of(String title, TssBytes now, TssBytes before) {
        return of(title, now, before, TssNames.NONE);
    }

    /** As {@link #of(String, TssBytes, TssBytes)}, with the back link named after its task by {@code names}. */
    public static TssPanel of(String title, TssBytes now, TssBytes before, TssNames names) {
        if (!now.readable()) {
            return new TssPanel(title, now.selector(), now.base(), List.of(), now.problem());
        }
        Tss32 tss = Tss32.fromBytes(now.bytes(), 0);
        Tss32 earlier = before == null || !before.readable() ? null : Tss32.fromBytes(before.bytes(), 0);
        List<Field> fields = new ArrayList<>();
        for (Layout f : LAYOUT) {
            int value = f.value().applyAsInt(tss);
            boolean changed = earlier != null && f.value().applyAsInt(earlier) != value;
            String text = f.bits16() ? String.format("%04X", value) : String.format("%08X", value);
            if (f.offset() == Tss32.LINK && value != 0) {
                text = names.named(text, value); // the task a nested task returns to with IRET
            }
            fields.add(new Field(f.name(), f.offset(), value, text, changed));
        }
        return new TssPanel(title, now.selector(), now.base(), fields, "");
    }

    /** The field called {@code name}; tests and the view look fields up by their SDM name. */
    public Field field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst()
            .orElseThrow(() -> new IllegalArgumentException("a TSS has no field " + name));
    }

    public List<String> changedFields() {
        return fields.stream().filter(Field::changed).map(Field::name).toList();
    }
}
