package eduscc.machine.memory;

/**
 * Counts the events after which a {@link DirectFrame} handed out on one chip may no longer show a
 * core what it showed when a translation shortcut was made through it: a LUT entry written (the
 * frame's physical address may lead elsewhere now), a DRAM cleared (its pages are gone), and a
 * write, by anyone, to a frame marked as holding a page directory or a page table
 * ({@link DirectFrame#holdsPagingStructure}). While the count stands, every frame of the chip is
 * still current and every marked frame reads as before, so a shortcut need not look again.
 *
 * <p>There is no hardware counterpart; the count is the simulator's, never the model's. One chip
 * runs one core at a time, so a plain counter is enough. The count may advance more often than
 * needed (a LUT write that changes nothing, a write to a frame that held a table once): that costs
 * a second look, never a wrong answer.
 */
public final class FrameChanges {
    private long count;

    /** The number of changes so far; it never goes back. */
    public long count() {
        return count;
    }

    /** Something a shortcut may depend on changed. */
    public void changed() {
        count++;
    }
}
