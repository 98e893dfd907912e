package eduscc.visualizer.cpu;

import eduscc.machine.snapshot.SegmentSnapshot;
import eduscc.visualizer.descriptors.TssNames;

/**
 * A segment register, LDTR or TR as one row of the CPU view: the visible selector and the hidden
 * descriptor cache (SDM Vol. 3A §3.4.3). The two can disagree, and that is the lesson: after
 * {@code mov cr0} sets PE, CS still holds 0xF000 with the real-mode base until the far jump.
 *
 * @param name the register, {@code cs}, {@code ldtr}, ...
 * @param type the access byte in words (facts D.1), e.g. {@code code, readable, accessed} or
 *             {@code 32-bit TSS (busy)}
 * @param size the D/B flag: {@code 32-bit} or {@code 16-bit}; a system segment has none ({@code -})
 */
public record SegmentRow(String name, Value selector, Value base, Value limit, Value type, Value dpl,
                         Value present, Value size) {

    /** The row of {@code now}; {@code before} is the same register at the previous snapshot, or null. */
    public static SegmentRow of(SegmentSnapshot now, SegmentSnapshot before) {
        SegmentSnapshot b = before == null ? now : before; // compared with itself: nothing changed
        return new SegmentRow(now.name(), Value.hex16(now.selector(), b.selector()),
            Value.hex32(now.base(), b.base()), Value.hex32(now.limit(), b.limit()),
            Value.text(type(now.access()), type(b.access())),
            Value.text(Integer.toString(now.dpl()), Integer.toString(b.dpl())),
            Value.text(now.present() ? "yes" : "no", b.present() ? "yes" : "no"),
            Value.text(size(now), size(b)));
    }

    /** The row of TR: its selector followed by the task whose TSS it names, e.g. {@code 0x0030 (realtime)}. */
    static SegmentRow ofTaskRegister(SegmentSnapshot now, SegmentSnapshot before, TssNames tss) {
        SegmentRow row = of(now, before);
        Value named = new Value(tss.named(row.selector().text(), now.selector()), row.selector().changed());
        return new SegmentRow(row.name(), named, row.base(), row.limit(), row.type(), row.dpl(), row.present(),
            row.size());
    }

    /** The type field and S bit of an access byte in words: facts D.1, SDM Vol. 3A §3.4.5.1 and §3.5. */
    static String type(int access) {
        if (access == 0) {
            return "null (unusable)";
        }
        int type = access & 0xF;
        if ((access & 0x10) == 0) {
            return systemType(type);
        }
        StringBuilder s = new StringBuilder();
        if ((type & 8) != 0) {
            s.append("code");
            s.append((type & 4) != 0 ? ", conforming" : "");
            s.append((type & 2) != 0 ? ", readable" : ", execute-only");
        } else {
            s.append("data");
            s.append((type & 4) != 0 ? ", expand-down" : "");
            s.append((type & 2) != 0 ? ", writable" : ", read-only");
        }
        s.append((type & 1) != 0 ? ", accessed" : "");
        return s.toString();
    }

    private static String systemType(int type) {
        return switch (type) {
            case 0x1 -> "16-bit TSS (available)";
            case 0x2 -> "LDT";
            case 0x3 -> "16-bit TSS (busy)";
            case 0x4 -> "16-bit call gate";
            case 0x5 -> "task gate";
            case 0x6 -> "16-bit interrupt gate";
            case 0x7 -> "16-bit trap gate";
            case 0x9 -> "32-bit TSS (available)";
            case 0xB -> "32-bit TSS (busy)";
            case 0xC -> "32-bit call gate";
            case 0xE -> "32-bit interrupt gate";
            case 0xF -> "32-bit trap gate";
            default -> String.format("reserved system type 0x%X", type);
        };
    }

    private static String size(SegmentSnapshot s) {
        if ((s.access() & 0x10) == 0) {
            return "-";
        }
        return s.big() ? "32-bit" : "16-bit";
    }
}
