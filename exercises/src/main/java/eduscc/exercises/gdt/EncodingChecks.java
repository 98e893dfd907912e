package eduscc.exercises.gdt;

import eduscc.exercises.descriptors.EntryBytes;
import eduscc.exercises.observing.ObservedCheck;
import eduscc.exercises.observing.Observer;
import eduscc.kernel.arch.GdtEncoder;
import eduscc.kernel.arch.KernelLayout;
import java.util.List;
import java.util.function.Supplier;

/**
 * The checks of the encoder one rule at a time: each asks for the bytes of a few descriptors and
 * records them; the grader compares them with the kit's. The expected bytes, written out by hand
 * from SDM Vol. 3A Figure 3-8, are in each method's comment. Each check's descriptors differ from
 * the others' in the rule it is about, so that one mistake costs the points of its own rule.
 */
final class EncodingChecks {
    private EncodingChecks() {
    }

    static List<ObservedCheck> all(Supplier<GdtEncoder> encoders) {
        return List.of(
            check("the kernel's code segment 0x08: flat 4 GiB, ring 0", 15, o -> kernelCode(o, encoders.get())),
            check("the kernel's data segment 0x10: flat 4 GiB, ring 0", 10, o -> kernelData(o, encoders.get())),
            check("byte-granular limits (G clear): the limit counts bytes, all 20 bits of it", 15,
                o -> byteGranular(o, encoders.get())),
            check("the base split over bytes 2, 3, 4 and 7", 15, o -> baseSplit(o, encoders.get())),
            check("TSS descriptors: type 9, byte granular, limit 0x67", 15, o -> tss(o, encoders.get())),
            check("the user segments 0x1B and 0x23: DPL 3", 10, o -> userSegments(o, encoders.get())));
    }

    private static ObservedCheck check(String name, int points, ObservedCheck.Script script) {
        return new ObservedCheck(name, points, script, EntryBytes.judge(EntryBytes.SEGMENT_FIELDS));
    }

    /** FF FF 00 00 00 9A CF 00: eduOS's entry 1. */
    private static void kernelCode(Observer o, GdtEncoder encoder) {
        see(o, encoder, "the kernel's code segment", 0, 0xFFFFF, 0x9A, true, true);
    }

    /** FF FF 00 00 00 92 CF 00: eduOS's entry 2. */
    private static void kernelData(Observer o, GdtEncoder encoder) {
        see(o, encoder, "the kernel's data segment", 0, 0xFFFFF, 0x92, true, true);
    }

    /**
     * FF FF 00 00 00 92 40 00 (64 KiB, 32-bit), FF FF 00 00 00 9A 00 00 (64 KiB, 16-bit code, as
     * a real-mode stub uses one), FF FF 00 00 00 92 45 00 (384 KiB: limit 19:16 is 5 with G clear too).
     */
    private static void byteGranular(Observer o, GdtEncoder encoder) {
        see(o, encoder, "a 64 KiB 32-bit data segment", 0, 0xFFFF, 0x92, false, true);
        see(o, encoder, "a 64 KiB 16-bit code segment", 0, 0xFFFF, 0x9A, false, false);
        see(o, encoder, "a 384 KiB 32-bit data segment", 0, 0x5FFFF, 0x92, false, true);
    }

    /** FF FF 78 56 34 92 00 12 and FF FF 98 BA DC 92 00 FE. */
    private static void baseSplit(Observer o, GdtEncoder encoder) {
        see(o, encoder, "a 64 KiB 16-bit data segment at 0x12345678", 0x12345678, 0xFFFF, 0x92, false, false);
        see(o, encoder, "a 64 KiB 16-bit data segment at 0xFEDCBA98", 0xFEDCBA98, 0xFFFF, 0x92, false, false);
    }

    /** 67 00 00 20 11 89 00 00 and 67 00 80 21 11 89 00 00: the TSSs of slots 0 and 3. */
    private static void tss(Observer o, GdtEncoder encoder) {
        for (int slot : new int[] {0, 3}) {
            int base = KernelLayout.tssAddress(slot);
            see(o, encoder, "the TSS descriptor of slot " + slot, base, 0x67, 0x89, false, false);
        }
    }

    /** FF FF 00 00 00 FA CF 00 and FF FF 00 00 00 F2 CF 00: eduOS's entries 3 and 4. */
    private static void userSegments(Observer o, GdtEncoder encoder) {
        see(o, encoder, "the user code segment", 0, 0xFFFFF, 0xFA, true, true);
        see(o, encoder, "the user data segment", 0, 0xFFFFF, 0xF2, true, true);
    }

    private static void see(Observer o, GdtEncoder encoder, String what, int base, int limit, int access,
                            boolean granularity, boolean defaultBig) {
        String call = String.format("%s, encode(base 0x%08X, limit 0x%05X, access 0x%02X, G %s, D/B %s)", what, base,
            limit, access, granularity ? 1 : 0, defaultBig ? 1 : 0);
        o.see(call, EntryBytes.show(encoder.encode(base, limit, access, granularity, defaultBig)));
    }
}
