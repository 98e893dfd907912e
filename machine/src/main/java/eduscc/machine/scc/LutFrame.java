package eduscc.machine.scc;

import eduscc.machine.memory.DirectFrame;
import eduscc.machine.memory.Lut;
import eduscc.machine.memory.LutEntry;
import eduscc.machine.memory.SparseMemory;

/**
 * A frame of a core's private DRAM found through one LUT entry (facts A.5): it stays the frame
 * behind its physical address while that LUT entry is the one it was found through and the DRAM
 * has not been cleared. A LUT write always stores another {@link LutEntry} object, so comparing
 * identities is enough.
 */
final class LutFrame extends DirectFrame {
    private final Lut lut;
    private final int index;
    private final LutEntry entry;
    private final SparseMemory dram;
    private final int generation;

    LutFrame(Lut lut, int index, LutEntry entry, SparseMemory dram, byte[] bytes) {
        super(bytes);
        this.lut = lut;
        this.index = index;
        this.entry = entry;
        this.dram = dram;
        this.generation = dram.generation();
    }

    @Override
    public boolean current() {
        return lut.get(index) == entry && dram.generation() == generation;
    }
}
