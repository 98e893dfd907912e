package eduscc.machine.cache;

/**
 * The tags of one set-associative cache: which lines (or, for a TLB, which pages) it holds, and
 * for each whether it is dirty or of MPBT type. The tags keep no data: for ordinary lines memory
 * always holds the current bytes (no other core writes a core's private DRAM), so they decide
 * what an access costs, never what it reads. The bytes of MPBT lines, which another core can
 * change behind the cache, are kept beside the L1D's slots ({@code MessageLines}), so a stale
 * read returns the stale bytes as on the chip.
 *
 * <p>Replacement is least recently used within a set (ASSUMPTION, see CacheCosts). Flat arrays,
 * one slot per line, and no allocation per access: the simulator looks up a cache on every
 * memory access.
 */
public final class SetAssociativeCache {
    /** The line was written since it was filled (write-back). */
    public static final int DIRTY = 1;
    /** The line came from an MPBT page; CL1INVMB drops it (facts A.3). */
    public static final int MESSAGE_BUFFER = 2;
    private static final int EMPTY = -1;

    private final String name;
    private final int ways;
    private final int setMask;
    private final int[] tags;
    private final long[] lastUse;
    private final byte[] flags;
    private long useClock;
    /**
     * The tag and slot the last {@link #lookup} hit, until anything but a lookup or
     * {@link #markDirty} changes the cache ({@link #EMPTY}: none). See {@link #lookup}.
     */
    private int lastHitTag = EMPTY;
    private int lastHitSlot;
    private int victimTag = EMPTY;
    /** Counts every change of tags, flags or replacement order; never goes back, not even at reset. */
    private long changes;
    /**
     * The slots filled with MPBT lines since the last CL1INVMB, so that CL1INVMB, which a core
     * spinning on a flag executes again and again, looks at those instead of every slot (the
     * simulator's shortcut: which lines it drops is the same). Past {@code tags.length} entries it
     * gives up and CL1INVMB looks at every slot.
     */
    private final int[] messageSlots;
    private int messageSlotCount;
    private boolean messageSlotsOverflowed;
    /** The contents as last copied for a snapshot, and the change count they were copied at. */
    private CacheContents copied;
    private long copiedAt = -1;

    /** A cache of {@code sets} x {@code ways} slots; {@code sets} must be a power of two. */
    public SetAssociativeCache(String name, int sets, int ways) {
        if (sets <= 0 || Integer.bitCount(sets) != 1 || ways <= 0) {
            throw new IllegalArgumentException(name + ": sets must be a power of two and ways positive, was "
                + sets + " x " + ways);
        }
        this.name = name;
        this.ways = ways;
        this.setMask = sets - 1;
        this.tags = new int[sets * ways];
        this.lastUse = new long[sets * ways];
        this.flags = new byte[sets * ways];
        this.messageSlots = new int[sets * ways];
        reset();
    }

    /** A cache of {@code bytes} in lines of {@code lineBytes}. */
    public static SetAssociativeCache ofBytes(String name, int bytes, int ways, int lineBytes) {
        return new SetAssociativeCache(name, bytes / lineBytes / ways, ways);
    }

    public String name() {
        return name;
    }

    /**
     * The slot holding {@code tag}, now the most recently used of its set; -1 on a miss.
     *
     * <p>Most accesses go to the line (or page) of the access before, so a lookup of the tag
     * the last one hit answers at once. That is exact: since that hit nothing moved a tag (every
     * fill, invalidation and reset forgets it), so the slot still holds the tag, and its use is
     * still the latest of the whole cache, so counting this use too would change no order
     * between slots: no victim and no age in {@link #contents} comes out differently.
     */
    public int lookup(int tag) {
        if (tag == lastHitTag) {
            return lastHitSlot;
        }
        int base = (tag & setMask) * ways;
        for (int slot = base; slot < base + ways; slot++) {
            if (tags[slot] == tag) {
                lastUse[slot] = ++useClock;
                changes++;
                lastHitTag = tag;
                lastHitSlot = slot;
                return slot;
            }
        }
        return -1;
    }

    /**
     * Whether {@link #lookup} of {@code tag} would answer from the last hit: a hit that changes
     * nothing but the count the caller keeps.
     */
    public boolean isLastHit(int tag) {
        return tag == lastHitTag && tag != EMPTY;
    }

    /** Whether {@code tag} is held, without touching the replacement order (tests, debugger). */
    public boolean contains(int tag) {
        int base = (tag & setMask) * ways;
        for (int slot = base; slot < base + ways; slot++) {
            if (tags[slot] == tag) {
                return true;
            }
        }
        return false;
    }

    /**
     * The slot holding {@code tag} with every bit of {@code flag} set, or -1; touches neither the
     * replacement order nor the last hit (the data beside an MPBT line is found by it).
     */
    public int slotWith(int tag, int flag) {
        int base = (tag & setMask) * ways;
        for (int slot = base; slot < base + ways; slot++) {
            if (tags[slot] == tag && (flags[slot] & flag) == flag) {
                return slot;
            }
        }
        return -1;
    }

    /** How many slots the cache has: sets times ways. */
    public int slots() {
        return tags.length;
    }

    public void markDirty(int slot) {
        flags[slot] |= DIRTY;
        changes++;
    }

    /**
     * Brings {@code tag} into its set in place of an empty slot or the least recently used one.
     * Returns true when the evicted line was dirty; {@link #victim()} then names it.
     */
    public boolean fill(int tag, int lineFlags) {
        int base = (tag & setMask) * ways;
        int victim = base;
        for (int slot = base; slot < base + ways; slot++) {
            if (tags[slot] == EMPTY) {
                victim = slot;
                break;
            }
            if (lastUse[slot] < lastUse[victim]) {
                victim = slot;
            }
        }
        boolean dirty = tags[victim] != EMPTY && (flags[victim] & DIRTY) != 0;
        lastHitTag = EMPTY;
        victimTag = tags[victim];
        tags[victim] = tag;
        flags[victim] = (byte) lineFlags;
        lastUse[victim] = ++useClock;
        changes++;
        if ((lineFlags & MESSAGE_BUFFER) != 0) {
            rememberMessageSlot(victim);
        }
        return dirty;
    }

    /** The tag the last {@link #fill} evicted (-1: it took an empty slot). */
    public int victim() {
        return victimTag;
    }

    /** Drops {@code tag} if held (INVLPG drops one TLB entry). */
    public void invalidate(int tag) {
        lastHitTag = EMPTY;
        int base = (tag & setMask) * ways;
        for (int slot = base; slot < base + ways; slot++) {
            if (tags[slot] == tag) {
                tags[slot] = EMPTY;
                flags[slot] = 0;
                changes++;
            }
        }
    }

    /** Drops every line with {@code flag} set, without writing anything back; returns how many. */
    public int invalidateMatching(int flag) {
        lastHitTag = EMPTY;
        int dropped = 0;
        if (flag == MESSAGE_BUFFER && !messageSlotsOverflowed) {
            for (int i = 0; i < messageSlotCount; i++) {
                dropped += drop(messageSlots[i], flag);
            }
        } else {
            for (int slot = 0; slot < tags.length; slot++) {
                dropped += drop(slot, flag);
            }
        }
        if (flag == MESSAGE_BUFFER) {
            messageSlotCount = 0;
            messageSlotsOverflowed = false;
        }
        return dropped;
    }

    /** Empties {@code slot} if it holds a line with {@code flag}; 1 if it did. */
    private int drop(int slot, int flag) {
        if (tags[slot] == EMPTY || (flags[slot] & flag) == 0) {
            return 0;
        }
        tags[slot] = EMPTY;
        flags[slot] = 0;
        changes++;
        return 1;
    }

    private void rememberMessageSlot(int slot) {
        if (messageSlotCount < messageSlots.length) {
            messageSlots[messageSlotCount++] = slot;
        } else {
            messageSlotsOverflowed = true;
        }
    }

    /** Every slot empty and the replacement order forgotten: the state after reset. */
    public void reset() {
        java.util.Arrays.fill(tags, EMPTY);
        java.util.Arrays.fill(lastUse, 0);
        java.util.Arrays.fill(flags, (byte) 0);
        messageSlotCount = 0;
        messageSlotsOverflowed = false;
        useClock = 0;
        lastHitTag = EMPTY;
        victimTag = EMPTY;
        changes++;
    }

    /**
     * The contents now, for a snapshot. A cache that has not changed since the last call gives
     * the same object again, so a pause on 48 cores copies only the caches that were used.
     */
    public CacheContents contents() {
        if (copied == null || changes != copiedAt) {
            copied = copyContents();
            copiedAt = changes;
        }
        return copied;
    }

    /** The slots in use with their tags, flags and ages (how many slots of the set were used later). */
    private CacheContents copyContents() {
        int used = occupied();
        int[] slots = new int[used];
        int[] usedTags = new int[used];
        byte[] usedFlags = new byte[used];
        byte[] ages = new byte[used];
        int i = 0;
        for (int slot = 0; slot < tags.length; slot++) {
            if (tags[slot] == EMPTY) {
                continue;
            }
            int base = slot - slot % ways;
            int later = 0;
            for (int other = base; other < base + ways; other++) {
                if (tags[other] != EMPTY && lastUse[other] > lastUse[slot]) {
                    later++;
                }
            }
            slots[i] = slot;
            usedTags[i] = tags[slot];
            usedFlags[i] = flags[slot];
            ages[i] = (byte) later;
            i++;
        }
        return new CacheContents(name, tags.length, ways, slots, usedTags, usedFlags, ages);
    }

    /** How many slots hold a line. */
    public int occupied() {
        int n = 0;
        for (int tag : tags) {
            if (tag != EMPTY) {
                n++;
            }
        }
        return n;
    }
}
