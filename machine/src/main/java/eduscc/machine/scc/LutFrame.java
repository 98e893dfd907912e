package eduscc.machine.scc;

import eduscc.machine.memory.DirectFrame;
import eduscc.machine.memory.FrameChanges;
import eduscc.machine.memory.Lut;
import eduscc.machine.memory.LutEntry;
import eduscc.machine.memory.SparseMemory;

/**
 * A frame of a core's private DRAM found through one LUT entry (facts A.5): it stays the frame
 * behind its physical address while that LUT entry is the one it was found through and the DRAM
 * has not been cleared. A LUT write always stores another {@link LutEntry} object, so comparing
 * identities is enough. Marks and writes go to the DRAM store, which counts them in the chip's
 * {@link FrameChanges}.
 */
final class LutFrame extends DirectFrame {
    private final Lut lut;
    private final int index;
    private final LutEntry entry;
    private final SparseMemory dram;
    /** The frame's address inside the DRAM. */
    private final long address;
    private final int generation;
    /**
     * Whether the frame is marked as a paging structure, as found when the chip's count of
     * changes stood at {@link #markedAt}: a new mark and a clear move the count, so while it
     * stands the answer holds, and a store through the frame need not ask the DRAM.
     */
    private boolean marked;
    private long markedAt = -1;

    LutFrame(Lut lut, int index, LutEntry entry, SparseMemory dram, long address, byte[] bytes) {
        super(bytes, dram.changes());
        this.lut = lut;
        this.index = index;
        this.entry = entry;
        this.dram = dram;
        this.address = address;
        this.generation = dram.generation();
    }

    @Override
    public boolean current() {
        return lut.get(index) == entry && dram.generation() == generation;
    }

    @Override
    public void holdsPagingStructure() {
        dram.markPagingStructure(address);
    }

    @Override
    protected void written() {
        FrameChanges changes = changes();
        if (changes.count() != markedAt) {
            marked = dram.isPagingStructure(address);
        }
        if (marked) {
            changes.changed();
        }
        markedAt = changes.count();
    }
}
