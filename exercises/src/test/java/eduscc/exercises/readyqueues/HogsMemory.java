package eduscc.exercises.readyqueues;

import java.util.function.IntUnaryOperator;

/** Hostile: a correct queue that takes 4 GB of heap when its class is loaded. */
final class HogsMemory extends SolvedReadyQueues {
    static final long[] HOARD = new long[512 * 1024 * 1024];

    HogsMemory(IntUnaryOperator bsr) {
        super(bsr);
    }
}
