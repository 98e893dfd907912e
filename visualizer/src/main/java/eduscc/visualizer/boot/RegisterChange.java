package eduscc.visualizer.boot;

import eduscc.machine.cpu.Registers;
import eduscc.machine.snapshot.CoreSnapshot;
import eduscc.machine.snapshot.SegmentSnapshot;
import eduscc.visualizer.descriptors.TssNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One register, or one part of a segment register's hidden descriptor cache, that differs between
 * two snapshots of a core. The caches are listed field by field because the boot story is about
 * them: after CR0.PE the CS selector and cache still hold real-mode values, and only the far jump
 * replaces them (SDM Vol. 3A §9.9.1, §3.4.3).
 *
 * @param register e.g. "EIP", "CR0", "CS base", "CS D/B"
 * @param before   the value at the earlier snapshot, in hex
 * @param after    the value now
 */
public record RegisterChange(String register, String before, String after) {

    /** Everything that differs from {@code before} to {@code after}, in register-file order. */
    public static List<RegisterChange> between(CoreSnapshot before, CoreSnapshot after) {
        return between(before, after, TssNames.NONE);
    }

    /** As {@link #between(CoreSnapshot, CoreSnapshot)}, with TR's selectors named after their task by {@code tss}. */
    public static List<RegisterChange> between(CoreSnapshot before, CoreSnapshot after, TssNames tss) {
        Map<String, String> was = registers(before);
        Map<String, String> now = registers(after);
        List<RegisterChange> changes = new ArrayList<>();
        for (Map.Entry<String, String> e : now.entrySet()) {
            if (!e.getValue().equals(was.get(e.getKey()))) {
                boolean tr = e.getKey().equals("TR selector");
                changes.add(new RegisterChange(e.getKey(),
                    tr ? tss.named(was.get(e.getKey()), before.tr().selector()) : was.get(e.getKey()),
                    tr ? tss.named(e.getValue(), after.tr().selector()) : e.getValue()));
            }
        }
        return changes;
    }

    /** The state a lecturer points at during boot, by name, in a stable order. */
    static Map<String, String> registers(CoreSnapshot c) {
        Map<String, String> r = new LinkedHashMap<>();
        r.put("mode", c.mode());
        r.put("CPL", Integer.toString(c.cpl()));
        r.put("EIP", hex32(c.eip()));
        r.put("EFLAGS", hex32(c.eflags()));
        for (int i = 0; i < 8; i++) {
            r.put(Registers.GPR_NAMES[i].toUpperCase(Locale.ROOT), hex32(c.register(i)));
        }
        r.put("CR0", hex32(c.cr0()));
        r.put("CR2", hex32(c.cr2()));
        r.put("CR3", hex32(c.cr3()));
        r.put("CR4", hex32(c.cr4()));
        for (SegmentSnapshot s : c.segments()) {
            segment(r, s);
        }
        r.put("GDTR base", hex32(c.gdtrBase()));
        r.put("GDTR limit", String.format("%04X", c.gdtrLimit()));
        r.put("IDTR base", hex32(c.idtrBase()));
        r.put("IDTR limit", String.format("%04X", c.idtrLimit()));
        segment(r, c.ldtr());
        segment(r, c.tr());
        return r;
    }

    private static void segment(Map<String, String> r, SegmentSnapshot s) {
        String name = s.name().toUpperCase(Locale.ROOT);
        r.put(name + " selector", String.format("%04X", s.selector()));
        r.put(name + " base", hex32(s.base()));
        r.put(name + " limit", hex32(s.limit()));
        r.put(name + " access", String.format("%02X", s.access()));
        r.put(name + " D/B", s.big() ? "32-bit" : "16-bit");
    }

    private static String hex32(int value) {
        return String.format("%08X", value);
    }
}
