package eduscc.machine.memory;

import eduscc.machine.chip.SubDestination;
import eduscc.machine.chip.TileId;

import java.util.Objects;

/**
 * One entry of a core's 256-entry lookup table (facts A.5, "LUT entry format").
 *
 * <p>The LUT is how an SCC core, whose P54C only knows 32-bit physical addresses, reaches 48
 * cores' worth of memory and devices: the top 8 bits of a physical address pick an entry, and the
 * entry says which router (tile), which port behind it (sub-destination) and which 16 MB slot
 * there (the top 10 bits of a 34-bit address) the access goes to.
 *
 * <p>Layout of the 32-bit word [BF-dev][HPI scc_lut_t][BF-rck encoder]: bits 9:0 address,
 * 12:10 sub-destination, 16:13 x, 20:17 y (so 20:13 is the route byte), 21 bypass, 31:22 zero.
 *
 * @param addressBits top 10 bits of the 34-bit address inside the target, 0..0x3FF
 * @param subdest     port behind the destination router
 * @param tile        destination router
 * @param bypass      the bypass bit; carried and shown, its effect is not modelled
 */
public record LutEntry(int addressBits, SubDestination subdest, TileId tile, boolean bypass) {

    /** Bits 9:0 [BF-dev][HPI]. */
    public static final int ADDRESS_BITS_MASK = 0x3FF;
    private static final int SUBDEST_SHIFT = 10; // bits 12:10 [BF-dev][HPI]
    private static final int X_SHIFT = 13;       // bits 16:13 [BF-dev][HPI]
    private static final int Y_SHIFT = 17;       // bits 20:17 [BF-dev][HPI]
    private static final int BYPASS_BIT = 1 << 21; // [BF-dev][HPI]
    /** Bits 31:22 must be zero [BF-dev][HPI]. */
    public static final int RESERVED_MASK = 0xFFC0_0000;

    public LutEntry {
        if (addressBits < 0 || addressBits > ADDRESS_BITS_MASK) {
            throw new IllegalArgumentException(
                    String.format("LUT address bits must be 0..0x3ff, was 0x%x", addressBits));
        }
        Objects.requireNonNull(subdest, "subdest");
        Objects.requireNonNull(tile, "tile");
    }

    /** The 32-bit word as it is stored in LUTn of the CRB. */
    public int encode() {
        return (bypass ? BYPASS_BIT : 0)
                | tile.y() << Y_SHIFT
                | tile.x() << X_SHIFT
                | subdest.code() << SUBDEST_SHIFT
                | addressBits;
    }

    /**
     * Decodes a LUT word.
     *
     * @throws IllegalArgumentException if bits 31:22 are set or bits 20:13 name no tile
     */
    public static LutEntry decode(int word) {
        if ((word & RESERVED_MASK) != 0) {
            throw new IllegalArgumentException(
                    String.format("LUT entry 0x%08x has reserved bits 31:22 set", word));
        }
        int x = (word >>> X_SHIFT) & 0xF;
        int y = (word >>> Y_SHIFT) & 0xF;
        TileId tile;
        try {
            tile = new TileId(x, y);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    String.format("LUT entry 0x%08x routes to x=%d, y=%d, which is not a tile", word, x, y), e);
        }
        return new LutEntry(word & ADDRESS_BITS_MASK, SubDestination.ofCode((word >>> SUBDEST_SHIFT) & 0x7),
                tile, (word & BYPASS_BIT) != 0);
    }

    @Override
    public String toString() {
        return String.format("%s/%s slot 0x%03x%s", tile, subdest, addressBits, bypass ? " bypass" : "");
    }
}
