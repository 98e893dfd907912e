package eduscc.labs.debug;

import java.util.List;

/**
 * The memory writes that led to a snapshot: those of the command that just ran (a step, a run to
 * an event), or after a command that re-ran from the boot (any step back), those of the last step
 * only, so "written since the last step" never lists the whole re-run.
 *
 * @param fromPosition the writes are those made after this position
 * @param writes       oldest first, at most {@link MemoryWrites#CAPACITY} of them
 * @param truncated    true when the command wrote more than that and the earliest are not listed
 */
public record LastWrites(long fromPosition, List<MemoryWrite> writes, boolean truncated) {
    public static final LastWrites NONE = new LastWrites(0, List.of(), false);

    public LastWrites {
        writes = List.copyOf(writes);
    }

    /** Every byte these writes touched, counted once per write. */
    public int bytes() {
        return writes.stream().mapToInt(MemoryWrite::size).sum();
    }
}
