package eduscc.machine.memory;

import eduscc.machine.chip.SubDestination;
import eduscc.machine.chip.TileId;

import java.util.Objects;

/**
 * Where a core's physical access lands after its LUT (facts A.5, "Resulting system address").
 *
 * <p>The full 46-bit system address is bypass(1) | y(4) | x(4) | subdest(3) | address(34)
 * [HPI scc_addr_t]; this record keeps the routing fields apart because the interconnect routes
 * on them, and the 34-bit {@code address} is what the target (a DRAM, an MPB, a CRB, the SIF) sees.
 *
 * @param address the 34-bit address inside the target: LUT address bits {@code << 24} | the low
 *                24 bits of the physical address
 */
public record SystemAddress(boolean bypass, TileId tile, SubDestination subdest, long address) {

    /** 16 MB per LUT entry: the low 24 bits of a physical address pass through [BF-rck LUT_SIZE]. */
    public static final int OFFSET_BITS = 24;
    public static final int OFFSET_MASK = (1 << OFFSET_BITS) - 1;
    /** Address width inside a target [HPI][BF-dev]. */
    public static final int ADDRESS_WIDTH = 34;

    public SystemAddress {
        Objects.requireNonNull(tile, "tile");
        Objects.requireNonNull(subdest, "subdest");
        if (address < 0 || address >= 1L << ADDRESS_WIDTH) {
            throw new IllegalArgumentException(String.format("system address 0x%x exceeds 34 bits", address));
        }
    }

    /** Applies {@code entry} to a core physical address. */
    public static SystemAddress of(LutEntry entry, int physicalAddress) {
        long address = ((long) entry.addressBits() << OFFSET_BITS) | (physicalAddress & OFFSET_MASK);
        return new SystemAddress(entry.bypass(), entry.tile(), entry.subdest(), address);
    }

    /** The top 10 address bits: the 16 MB slot within the target. */
    public int slot() {
        return (int) (address >>> OFFSET_BITS);
    }

    /** The 46-bit system address as one number. */
    public long encode() {
        return (bypass ? 1L << 45 : 0L)
                | (long) tile.y() << 41
                | (long) tile.x() << 37
                | (long) subdest.code() << ADDRESS_WIDTH
                | address;
    }

    @Override
    public String toString() {
        return String.format("%s/%s:0x%09x%s", tile, subdest, address, bypass ? " bypass" : "");
    }
}
