package eduscc.labs.debug;

import eduscc.machine.Machine;
import eduscc.machine.cpu.WriteWatch;
import eduscc.machine.snapshot.MemoryDump;
import java.util.ArrayList;
import java.util.List;

/**
 * Records where the cores write, so the memory view can mark the bytes written since the last
 * step. It is the machine's write watch for the whole session; it keeps the latest
 * {@link #CAPACITY} writes in a ring, each with the position of its step, merging a write that
 * continues the one before it in the same step (a PUSHA, a frame of stores). Watching never
 * changes what the machine does; it costs a few stores per data write.
 */
final class MemoryWrites implements WriteWatch {
    /** Enough for every write of one step (a task switch writes about a hundred bytes); a long run keeps its last. */
    static final int CAPACITY = 512;

    private final Machine machine;
    private final int[] core = new int[CAPACITY];
    private final int[] linear = new int[CAPACITY];
    private final int[] size = new int[CAPACITY];
    private final long[] position = new long[CAPACITY];
    private int next;
    private int count;
    /** The latest step whose writes the ring has dropped to make room. */
    private long droppedUpTo = -1;

    MemoryWrites(Machine machine) {
        this.machine = machine;
    }

    @Override
    public void written(int pid, int address, int bytes) {
        // The write happens inside the step that ends at the next boundary.
        long step = machine.boundaries() + 1;
        int last = (next + CAPACITY - 1) % CAPACITY;
        if (count > 0 && core[last] == pid && position[last] == step && linear[last] + size[last] == address) {
            size[last] += bytes;
            return;
        }
        if (count == CAPACITY) {
            droppedUpTo = position[next];
        }
        core[next] = pid;
        linear[next] = address;
        size[next] = bytes;
        position[next] = step;
        next = (next + 1) % CAPACITY;
        count = Math.min(count + 1, CAPACITY);
    }

    /** The writes of the steps after {@code from} up to {@code to}; read while the machine is paused. */
    LastWrites between(long from, long to) {
        List<MemoryWrite> found = new ArrayList<>();
        int oldest = (next + CAPACITY - count) % CAPACITY;
        for (int i = 0; i < count; i++) {
            int k = (oldest + i) % CAPACITY;
            if (position[k] > from && position[k] <= to) {
                long physical = MemoryDump.physicalOf(machine.core(core[k]), machine.chip(), linear[k]);
                found.add(new MemoryWrite(core[k], linear[k], physical, size[k], position[k]));
            }
        }
        return new LastWrites(from, found, droppedUpTo > from);
    }
}
