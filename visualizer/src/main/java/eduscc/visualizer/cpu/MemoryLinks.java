package eduscc.visualizer.cpu;

import eduscc.machine.cpu.Registers;
import eduscc.machine.snapshot.CoreSnapshot;
import eduscc.machine.snapshot.MemoryDump;
import eduscc.machine.snapshot.SegmentSnapshot;
import eduscc.visualizer.memory.Landmark;
import java.util.List;
import java.util.Optional;

/**
 * The CPU view's values that are addresses, and where each points in memory: GDTR and IDTR bases
 * and the segment bases are linear; ESP and EBP are offsets in SS and EIP in CS, so their linear
 * address adds the segment's hidden base; CR3 holds the physical page directory.
 */
final class MemoryLinks {
    /** The label ids that get "Show in memory". */
    static final List<String> IDS = List.of("reg-gdtr", "reg-idtr", "reg-esp", "reg-ebp", "reg-eip", "reg-cr3",
        "seg-cs-base", "seg-ss-base", "seg-ds-base", "seg-es-base", "seg-fs-base", "seg-gs-base", "seg-ldtr-base",
        "seg-tr-base");

    private MemoryLinks() {
    }

    /** Where the value of label {@code id} points on {@code core}, if it is an address. */
    static Optional<Landmark> of(String id, CoreSnapshot core) {
        MemoryDump.Space linear = MemoryDump.Space.LINEAR;
        int ss = core.segment(Registers.SS).base();
        return Optional.ofNullable(switch (id) {
            case "reg-gdtr" -> new Landmark("GDT", linear, core.gdtrBase());
            case "reg-idtr" -> new Landmark("IDT", linear, core.idtrBase());
            case "reg-esp" -> new Landmark("ESP", linear, ss + core.register(Registers.ESP));
            case "reg-ebp" -> new Landmark("EBP", linear, ss + core.register(Registers.EBP));
            case "reg-eip" -> new Landmark("EIP", linear, core.segment(Registers.CS).base() + core.eip());
            case "reg-cr3" -> new Landmark("CR3", MemoryDump.Space.PHYSICAL, core.cr3() & ~0xFFF);
            case "seg-ldtr-base" -> new Landmark("LDT", linear, core.ldtr().base());
            case "seg-tr-base" -> new Landmark("TSS", linear, core.tr().base());
            default -> segmentBase(id, core);
        });
    }

    private static Landmark segmentBase(String id, CoreSnapshot core) {
        for (SegmentSnapshot s : core.segments()) {
            if (id.equals("seg-" + s.name().toLowerCase(java.util.Locale.ROOT) + "-base")) {
                return new Landmark(s.name().toUpperCase(java.util.Locale.ROOT) + " base", MemoryDump.Space.LINEAR, s.base());
            }
        }
        return null;
    }
}
