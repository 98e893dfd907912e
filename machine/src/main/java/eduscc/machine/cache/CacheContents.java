package eduscc.machine.cache;

import java.util.Arrays;

/**
 * What one cache or TLB holds at a pause: for every slot its tag (a line number, or for a TLB a
 * page number; -1 when empty), its flags ({@link SetAssociativeCache#DIRTY},
 * {@link SetAssociativeCache#MESSAGE_BUFFER}) and its place in the set's replacement order
 * (0 = most recently used). Together with the counters this is all the state a cache has, so
 * two equal contents behave the same from then on: stepping back must give equal contents.
 * Immutable; slots are numbered set by set ({@code set * ways + way}).
 */
public final class CacheContents {
    private final String name;
    private final int ways;
    private final int[] tags;
    private final byte[] flags;
    private final byte[] ages;

    CacheContents(String name, int ways, int[] tags, byte[] flags, byte[] ages) {
        this.name = name;
        this.ways = ways;
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

    public int slots() {
        return tags.length;
    }

    /** The tag in {@code slot}, or -1 when the slot is empty. */
    public int tag(int slot) {
        return tags[slot];
    }

    public int flags(int slot) {
        return flags[slot];
    }

    /** 0 for the most recently used slot of its set, {@code ways - 1} for the next victim. */
    public int age(int slot) {
        return ages[slot];
    }

    /** How many slots hold a line (or a translation). */
    public int occupied() {
        int n = 0;
        for (int tag : tags) {
            if (tag >= 0) {
                n++;
            }
        }
        return n;
    }

    /** Whether {@code tag} is held. */
    public boolean contains(int tag) {
        int base = (tag & (tags.length / ways - 1)) * ways;
        for (int slot = base; slot < base + ways; slot++) {
            if (tags[slot] == tag) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CacheContents c && name.equals(c.name) && ways == c.ways && Arrays.equals(tags, c.tags)
            && Arrays.equals(flags, c.flags) && Arrays.equals(ages, c.ages);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(tags) + Arrays.hashCode(flags)) + Arrays.hashCode(ages);
    }

    @Override
    public String toString() {
        return name + ": " + occupied() + " of " + tags.length + " slots in use";
    }
}
