package eduscc.machine.boot;

import eduscc.machine.chip.CoreId;
import eduscc.machine.chip.MemoryController;
import eduscc.machine.memory.DefaultLutMap;
import eduscc.machine.memory.LutEntry;
import eduscc.machine.memory.SystemAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The kit's sccMerge (facts A.8, eduOS facts §6): takes, for each core to boot, the segments its
 * private memory must hold and turns them into writes to the DRAM behind that core's memory
 * controller, using the default LUT map ({@code -lut_default}) to find where the core's physical
 * addresses land. Every core gets its own copy, because every core boots its own kernel.
 */
public final class ImageBuilder {
    private ImageBuilder() {
    }

    public static BootImage build(Map<CoreId, List<ImageSegment>> perCore) {
        List<BootImage.DramWrite> writes = new ArrayList<>();
        SortedMap<Integer, LutEntry[]> luts = new TreeMap<>();
        List<CoreId> order = new ArrayList<>(perCore.keySet());
        order.sort((a, b) -> Integer.compare(a.pid(), b.pid()));
        for (CoreId core : order) {
            LutEntry[] lut = DefaultLutMap.forCore(core);
            luts.put(core.pid(), lut);
            for (ImageSegment segment : perCore.get(core)) {
                place(core, lut, segment, writes);
            }
        }
        return new BootImage(List.copyOf(writes), luts);
    }

    /** Splits a segment at 16 MiB LUT boundaries and maps each piece to its DRAM address. */
    private static void place(CoreId core, LutEntry[] lut, ImageSegment segment, List<BootImage.DramWrite> out) {
        byte[] bytes = segment.bytes();
        int done = 0;
        while (done < bytes.length) {
            int physical = segment.physicalAddress() + done;
            int inEntry = DefaultLutMap.BYTES_PER_ENTRY - (physical & (DefaultLutMap.BYTES_PER_ENTRY - 1));
            int length = Math.min(inEntry, bytes.length - done);
            LutEntry entry = lut[physical >>> 24];
            MemoryController mc = entry == null ? null : MemoryController.at(entry.tile(), entry.subdest());
            if (mc == null || mc != MemoryController.serving(core)) {
                throw new IllegalArgumentException(String.format(
                    "%s: segment '%s' at physical 0x%08X is not in the core's private DRAM (LUT entry 0x%02X)",
                    core, segment.name(), physical, physical >>> 24));
            }
            long dram = SystemAddress.of(entry, physical).address();
            out.add(new BootImage.DramWrite(mc, dram, Arrays.copyOfRange(bytes, done, done + length), core, segment.name()));
            done += length;
        }
    }
}
