package eduscc.machine.boot;

import eduscc.machine.chip.CoreId;
import eduscc.machine.chip.MemoryController;
import eduscc.machine.memory.LutEntry;
import java.util.List;
import java.util.SortedMap;

/**
 * What sccMerge produces: the contents of each memory controller's DRAM (here a list of writes,
 * sccMerge's mch_*.obj files) and the LUT contents of each booted core (its lut_init.dat).
 */
public record BootImage(List<DramWrite> writes, SortedMap<Integer, LutEntry[]> luts) {

    /** Bytes at a DRAM address behind one memory controller, and whose image they belong to. */
    public record DramWrite(MemoryController controller, long dramAddress, byte[] bytes, CoreId core, String name) { }

    public long totalBytes() {
        return writes.stream().mapToLong(w -> w.bytes().length).sum();
    }
}
