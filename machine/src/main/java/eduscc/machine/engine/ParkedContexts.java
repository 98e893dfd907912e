package eduscc.machine.engine;

import eduscc.machine.cpu.Core;
import java.util.Arrays;

/**
 * One core's contexts parked by a task switch, by the place that resumes them: a world (the IDT
 * base the context runs under, {@code Core.parkWorld}) and a {@code Core.contextKey} (the linear
 * EIP and the ESP a switch saved). A host kernel and its guest kernel share a layout, so two of
 * their contexts may wait at the same key; the world tells them apart. The x86 code of a switch
 * asks at every instruction whether the registers now name a parked context, so the keys are kept
 * sorted in a plain {@code long[]} and found by binary search: no boxing, no allocation per
 * question. Entries with the same key (one per world) lie side by side. A core has as many
 * entries as it has tasks switched away from, a handful in every lab.
 *
 * <p>Nearly every question is answered "no" (the registers name a parked place only at the
 * return of a switch), so a 64-bit filter answers most of them before the search: one bit per
 * parked linear EIP ({@code Core.parkedPlaceBit}). An EIP whose bit is clear is parked nowhere;
 * a set bit only means "search". The filter is rebuilt from the entries when one leaves, so it
 * never claims less than the entries hold. The engine hands it to the core ({@link #filter}),
 * which asks it itself before it asks the engine.
 */
final class ParkedContexts {
    private long[] keys = new long[8];
    private int[] worlds = new int[8];
    private ExecutionContext[] contexts = new ExecutionContext[8];
    private int size;
    /** The union of {@link #filterBit} over the keys held: a clear bit means no such key. */
    private long filter;

    boolean contains(int world, long key) {
        return (filter & filterBit(key)) != 0 && find(world, key) >= 0;
    }

    /** The key's bit in {@link #filter}: its linear EIP's (the key's high half). */
    private static long filterBit(long key) {
        return Core.parkedPlaceBit((int) (key >>> 32));
    }

    /** The filter of the parked EIPs: a clear bit means no context is parked at any EIP with that bit. */
    long filter() {
        return filter;
    }

    /** Parks {@code context} at {@code key} in {@code world}, in place of any context parked there before. */
    void put(int world, long key, ExecutionContext context) {
        int found = find(world, key);
        if (found >= 0) {
            contexts[found] = context;
            return;
        }
        int at = Arrays.binarySearch(keys, 0, size, key);
        int insert = at >= 0 ? at : -at - 1;
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            worlds = Arrays.copyOf(worlds, size * 2);
            contexts = Arrays.copyOf(contexts, size * 2);
        }
        System.arraycopy(keys, insert, keys, insert + 1, size - insert);
        System.arraycopy(worlds, insert, worlds, insert + 1, size - insert);
        System.arraycopy(contexts, insert, contexts, insert + 1, size - insert);
        keys[insert] = key;
        worlds[insert] = world;
        contexts[insert] = context;
        size++;
        filter |= filterBit(key);
    }

    /** The context parked at {@code key} in {@code world}, which is no longer parked; null if none is. */
    ExecutionContext remove(int world, long key) {
        int at = find(world, key);
        if (at < 0) {
            return null;
        }
        ExecutionContext context = contexts[at];
        System.arraycopy(keys, at + 1, keys, at, size - at - 1);
        System.arraycopy(worlds, at + 1, worlds, at, size - at - 1);
        System.arraycopy(contexts, at + 1, contexts, at, size - at - 1);
        size--;
        contexts[size] = null;
        filter = 0;
        for (int i = 0; i < size; i++) {
            filter |= filterBit(keys[i]);
        }
        return context;
    }

    /** The index of the entry for ({@code world}, {@code key}), or -1: a binary search, then the neighbours with that key. */
    private int find(int world, long key) {
        int at = Arrays.binarySearch(keys, 0, size, key);
        if (at < 0) {
            return -1;
        }
        while (at > 0 && keys[at - 1] == key) {
            at--;
        }
        for (; at < size && keys[at] == key; at++) {
            if (worlds[at] == world) {
                return at;
            }
        }
        return -1;
    }

    void clear() {
        Arrays.fill(contexts, 0, size, null);
        size = 0;
        filter = 0;
    }
}
