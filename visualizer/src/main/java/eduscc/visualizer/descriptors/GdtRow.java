package eduscc.visualizer.descriptors;

import eduscc.machine.cpu.tables.DescriptorType;
import eduscc.machine.cpu.tables.GateDescriptor;
import eduscc.machine.cpu.tables.SegmentDescriptor;

/**
 * One GDT entry as the descriptor panel shows it: the 8 bytes as they lie in memory and the
 * fields of SDM Vol. 3A §3.4.5 (layout in facts D.1), decoded with {@link SegmentDescriptor}.
 *
 * @param index      the entry's index in the table
 * @param selector   the selector that names it with RPL 0 (index * 8)
 * @param bytes      the 8 bytes in memory order, byte 0 first, e.g. {@code FF FF 00 00 00 9A CF 00}
 * @param base       the 32-bit base (0 for a gate, which has none)
 * @param limit      the effective limit in bytes, scaled by G
 * @param granularity the G flag
 * @param defaultBig the D/B flag
 * @param present    the P flag
 * @param dpl        the descriptor privilege level
 * @param system     true when S is clear: a TSS, LDT or gate rather than code or data
 * @param gate       a call or task gate: it names a selector and offset instead of a base and limit
 * @param type       the type in words, e.g. "code, readable, accessed" or "32-bit TSS (busy)"
 * @param unused     an all-zero entry other than the null descriptor: shown dimmed
 * @param changed    the bytes differ from the same entry at the previous snapshot
 * @param owner      for a TSS descriptor, the task it belongs to ("realtime"); empty otherwise
 */
public record GdtRow(int index, int selector, String bytes, int base, long limit, boolean granularity,
                     boolean defaultBig, boolean present, int dpl, boolean system, boolean gate, String type,
                     boolean unused, boolean changed, String owner) {

    /** Decodes entry {@code index} from its 8 bytes (one little-endian long). */
    public static GdtRow decode(int index, long bits, boolean changed) {
        SegmentDescriptor d = SegmentDescriptor.decode(bits);
        boolean gate = d.isGate();
        return new GdtRow(index, index * 8, hexBytes(bits), gate ? 0 : d.base(), gate ? 0 : d.effectiveLimit(),
            d.granularity(), d.defaultBig(), d.present(), d.dpl(), !d.s(), gate, typeWords(index, bits, d),
            bits == 0 && index != 0, changed, "");
    }

    /** The same row, naming the task whose TSS this descriptor is. */
    public GdtRow ownedBy(String task) {
        return new GdtRow(index, selector, bytes, base, limit, granularity, defaultBig, present, dpl, system, gate, type,
            unused, changed, task);
    }

    /** What the type field says, in the words of SDM §3.4.5.1 and §3.5. */
    static String typeWords(int index, long bits, SegmentDescriptor d) {
        if (bits == 0) {
            return index == 0 ? "null" : "empty";
        }
        String words;
        if (d.isCode()) {
            words = "code" + (d.isConforming() ? ", conforming" : "") + (d.isReadable() ? ", readable" : ", execute-only");
        } else if (d.isData()) {
            words = "data" + (d.isExpandDown() ? ", expand-down" : "") + (d.isWritable() ? ", writable" : ", read-only");
        } else if (d.isGate()) {
            GateDescriptor g = GateDescriptor.decode(bits);
            words = g.type().sdmName() + (g.type().hasOffset()
                ? String.format(" to %04X:%08X", g.selector().value(), g.offset())
                : String.format(" to TSS %04X", g.selector().value()));
        } else {
            String name = DescriptorType.systemTypeName(d.type());
            words = name.equals("reserved") ? String.format("reserved system type 0x%X", d.type()) : name;
        }
        if (d.isAccessed()) {
            words += ", accessed";
        }
        return d.present() ? words : words + " (not present)";
    }

    /** The 8 bytes of a descriptor in memory order, as a memory dump shows them. */
    static String hexBytes(long bits) {
        StringBuilder text = new StringBuilder(23);
        for (int i = 0; i < 8; i++) {
            if (i > 0) {
                text.append(' ');
            }
            text.append(String.format("%02X", bits >>> (8 * i) & 0xFF));
        }
        return text.toString();
    }

    public String selectorText() {
        return String.format("%04X", selector);
    }

    public String baseText() {
        return gate ? "" : String.format("%08X", base);
    }

    public String limitText() {
        return gate ? "" : String.format("%08X", limit);
    }
}
