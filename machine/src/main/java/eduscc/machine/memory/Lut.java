package eduscc.machine.memory;

import eduscc.machine.chip.CoreId;
import java.util.Objects;

/**
 * One core's 256-entry lookup table (facts A.5): the step between the P54C's 32-bit physical
 * address and the chip's 46-bit system address.
 *
 * <p>An entry is either a {@link LutEntry} or unmapped (null). In the CRB an unmapped entry reads
 * as the word 0; writing 0 unmaps it. The word 0 would decode as "slot 0 of core 0 of tile (0,0)",
 * a sub-destination with no memory behind it, so nothing reachable is lost by that convention.
 *
 * <p>Every write of an entry advances the LUT's {@link FrameChanges}: a frame found through the
 * old entry may now lie behind another address (the cores' translation shortcuts look again).
 */
public final class Lut {

    private final LutEntry[] entries = new LutEntry[DefaultLutMap.ENTRIES];
    private final FrameChanges changes;

    /** A LUT with every entry unmapped, counting its changes alone. */
    public Lut() {
        this(new FrameChanges());
    }

    /** A LUT with every entry unmapped whose writes are counted in {@code changes} (the chip's). */
    public Lut(FrameChanges changes) {
        this.changes = Objects.requireNonNull(changes, "changes");
    }

    /** The default LUT of {@code core} as {@code sccMerge -lut_default} sets it. */
    public static Lut defaultFor(CoreId core) {
        Lut lut = new Lut();
        lut.loadDefault(core);
        return lut;
    }

    /** The LUT index of a physical address: its top 8 bits. */
    public static int indexOf(int physical) {
        return physical >>> SystemAddress.OFFSET_BITS;
    }

    public LutEntry get(int index) {
        return entries[checkIndex(index)];
    }

    /** Replaces an entry; null unmaps it. */
    public void set(int index, LutEntry entry) {
        entries[checkIndex(index)] = entry;
        changes.changed();
    }

    /** The entry as the 32-bit word the CRB shows, 0 when unmapped. */
    public int readWord(int index) {
        LutEntry entry = get(index);
        return entry == null ? 0 : entry.encode();
    }

    /**
     * Stores a word written through the CRB.
     *
     * @throws IllegalArgumentException if the word sets bits 31:22 or names no tile
     */
    public void writeWord(int index, int word) {
        set(index, word == 0 ? null : LutEntry.decode(word));
    }

    /** Overwrites every entry with {@code core}'s default map. */
    public void loadDefault(CoreId core) {
        LutEntry[] defaults = DefaultLutMap.forCore(core);
        System.arraycopy(defaults, 0, entries, 0, entries.length);
        changes.changed();
    }

    /** Where {@code physical} goes, or null when its entry is unmapped. */
    public SystemAddress translate(int physical) {
        LutEntry entry = entries[indexOf(physical)];
        return entry == null ? null : SystemAddress.of(entry, physical);
    }

    private static int checkIndex(int index) {
        if (index < 0 || index >= DefaultLutMap.ENTRIES) {
            throw new IllegalArgumentException("LUT index must be 0..255, was " + index);
        }
        return index;
    }
}
