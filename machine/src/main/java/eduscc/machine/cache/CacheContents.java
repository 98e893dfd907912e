package eduscc.machine.cache;

import java.util.Arrays;

/**
 * What one cache or TLB holds at a pause: for every slot in use its tag (a line number, or for a
 * TLB a page number), its flags ({@link SetAssociativeCache#DIRTY},
 * {@link SetAssociativeCache#MESSAGE_BUFFER}) and its place in the set's replacement order
 * (0 = most recently used). Together with the counters this is all the state a cache has, so
 * two equal contents behave the same from then on: stepping back must give equal contents.
 *
 * <p>Immutable. Slots are numbered set by set ({@code set * ways + way}); only the slots in use
 * are kept, in slot order, because a kernel fills a small part of a 256 KB L2 and a pause on 48
 * cores takes one of these per cache.
 */
public final class CacheContents {
    private final String name;
    private final int slotCount;
    private final int ways;
    private final int[] slots;
    private final int[] tags;
    private final byte[] flags;
    private final byte[] ages;

    CacheContents(String name, int slotCount, int ways, int[] slots, int[] tags, byte[] flags, byte[] ages) {
        this.name = name;
        this.slotCount = slotCount;
        this.ways = ways;
        this.slots = slots;
        this.tags = tags;
        this.flags = flags;
        this.ages = ages;
    }

    public String name() {
        return name;
    }

    public int ways() {
        return ways;
    }

    /** All slots, used or not. */
    public int slots() {
        return slotCount;
    }

    /** How many slots hold a line (or a translation). */
    public int occupied() {
        return slots.length;
    }

    /** The tag in {@code slot}, or -1 when the slot is empty. */
    public int tag(int slot) {
        int i = Arrays.binarySearch(slots, slot);
        return i < 0 ? -1 : tags[i];
    }

    /** The flags of {@code slot} (0 when empty). */
    public int flags(int slot) {
        int i = Arrays.binarySearch(slots, slot);
        return i < 0 ? 0 : flags[i];
    }

    /** 0 for the most recently used slot of its set, up to {@code ways - 1} for the next victim; -1 when empty. */
    public int age(int slot) {
        int i = Arrays.binarySearch(slots, slot);
        return i < 0 ? -1 : ages[i];
    }

    /** Whether {@code tag} is held. */
    public boolean contains(int tag) {
        int base = (tag & (slotCount / ways - 1)) * ways;
        for (int slot = base; slot < base + ways; slot++) {
            if (tag(slot) == tag) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CacheContents c && name.equals(c.name) && slotCount == c.slotCount && ways == c.ways
            && Arrays.equals(slots, c.slots) && Arrays.equals(tags, c.tags) && Arrays.equals(flags, c.flags)
            && Arrays.equals(ages, c.ages);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(slots) + Arrays.hashCode(tags)) + Arrays.hashCode(ages);
    }

    @Override
    public String toString() {
        return name + ": " + occupied() + " of " + slotCount + " slots in use";
    }
}
