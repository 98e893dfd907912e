package eduscc.machine.engine;

import java.util.Arrays;

/**
 * One core's contexts parked by a task switch, by the place that resumes them (a
 * {@code Core.contextKey}: the linear EIP and the ESP a switch saved). The x86 code of a switch
 * asks at every instruction whether the registers now name a parked context, so the keys are kept
 * sorted in a plain {@code long[]} and found by binary search: no boxing, no allocation per
 * question. A core has as many entries as it has tasks switched away from, a handful in every lab.
 */
final class ParkedContexts {
    private long[] keys = new long[8];
    private ExecutionContext[] contexts = new ExecutionContext[8];
    private int size;

    boolean contains(long key) {
        return Arrays.binarySearch(keys, 0, size, key) >= 0;
    }

    /** Parks {@code context} at {@code key}, in place of any context parked there before. */
    void put(long key, ExecutionContext context) {
        int at = Arrays.binarySearch(keys, 0, size, key);
        if (at >= 0) {
            contexts[at] = context;
            return;
        }
        int insert = -at - 1;
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            contexts = Arrays.copyOf(contexts, size * 2);
        }
        System.arraycopy(keys, insert, keys, insert + 1, size - insert);
        System.arraycopy(contexts, insert, contexts, insert + 1, size - insert);
        keys[insert] = key;
        contexts[insert] = context;
        size++;
    }

    /** The context parked at {@code key}, which is no longer parked; null if none is. */
    ExecutionContext remove(long key) {
        int at = Arrays.binarySearch(keys, 0, size, key);
        if (at < 0) {
            return null;
        }
        ExecutionContext context = contexts[at];
        System.arraycopy(keys, at + 1, keys, at, size - at - 1);
        System.arraycopy(contexts, at + 1, contexts, at, size - at - 1);
        size--;
        contexts[size] = null;
        return context;
    }

    void clear() {
        Arrays.fill(contexts, 0, size, null);
        size = 0;
    }
}
