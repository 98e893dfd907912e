package eduscc.machine.scc;

import eduscc.machine.chip.CoreId;
import eduscc.machine.time.Clocks;

import java.util.Arrays;
import java.util.List;

/**
 * The board FPGA's global register bank, the GRB (facts A.7, sccKit 1.4.0 and later), reached
 * through the system interface at physical 0xF9000000 in the default LUT map.
 *
 * <p>The SCC die has no global clock, no atomic read-modify-write across cores and no way to say
 * who sent an interrupt; the FPGA supplies all three: the 125 MHz global timestamp, the atomic
 * increment counters, and the global interrupt controller ({@link GlobalInterruptController}).
 * Everything else in its 64 KB is either not modelled or undefined, and both are bus errors: on
 * the chip "accessing an undefined register results in undefined behaviour, up to and including
 * the whole SCC locking up" [HPI].
 */
public final class Fpga {

    /** GRB size, 64 KB [HPI SCC_GRB_SIZE 0x10000]. */
    public static final int SIZE = 0x10000;
    /** Global timestamp, low and high word, 125 MHz [BareMichael][HPI]. */
    public static final int TIMESTAMP_LOW = 0x8224;
    public static final int TIMESTAMP_HIGH = 0x8228;
    /** Atomic increment registers: two sets of 48 at 0xE000 + 8i and 0xF000 + 8i [BareMichael][RCCE]. */
    public static final int AIR_SET0 = 0xE000;
    public static final int AIR_SET1 = 0xF000;
    public static final int AIR_STRIDE = 8;
    /** Counter at +0 (read returns and increments), init at +4 (plain read/write) [BareMichael][RCCE]. */
    public static final int AIR_INIT = 4;
    public static final int AIR_PER_SET = 48;

    private static final int EMAC_FIRST = 0x7E00;  // eMAC configuration [HPI][BF-eMAC]
    private static final int EMAC_LAST = 0x7E10;   // [HPI][BF-eMAC]
    private static final int FPGA_CONFIG = 0x822C; // [HPI]
    private static final int CLKFREQ = 0x8230;     // [HPI]
    private static final int PRIVATE_SLOTS = 0x8244; // [HPI]

    private final ChipWires wires;
    private final GlobalInterruptController gic;
    private final int[][] air = new int[2][AIR_PER_SET];

    /**
     * @param wires            the clock the timestamp counts and the wires the GIC drives
     * @param crbsByTileIndex  the 24 tiles' CRBs, through whose GLCFG the GIC raises interrupts
     */
    public Fpga(ChipWires wires, List<ConfigRegisters> crbsByTileIndex) {
        this.wires = wires;
        this.gic = new GlobalInterruptController(List.copyOf(crbsByTileIndex));
    }

    public GlobalInterruptController gic() {
        return gic;
    }

    /** A 32-bit read at {@code offset} in the GRB. Reading an AIR counter increments it. */
    public int read32(CoreId requester, int offset) {
        if (GlobalInterruptController.decodes(offset)) {
            return gic.read32(requester, offset);
        }
        if (offset == TIMESTAMP_LOW) {
            return (int) timestamp();
        }
        if (offset == TIMESTAMP_HIGH) {
            return (int) (timestamp() >>> 32);
        }
        AirWord word = airWord(requester, offset);
        int[] set = air[word.set()];
        return word.init() ? set[word.index()] : set[word.index()]++;
    }

    /** A 32-bit write at {@code offset} in the GRB. */
    public void write32(CoreId requester, int offset, int value) {
        if (GlobalInterruptController.decodes(offset)) {
            gic.write32(requester, offset, value);
            return;
        }
        if (offset == TIMESTAMP_LOW || offset == TIMESTAMP_HIGH) {
            throw new BusError(requester, "the global timestamp is read-only");
        }
        AirWord word = airWord(requester, offset);
        if (!word.init()) {
            // The facts define only reads of the counter word; writes go to the init word.
            throw new BusError(requester, String.format(
                    "AIR counter at FPGA offset 0x%04x is read-only; write its init register at +4", offset));
        }
        air[word.set()][word.index()] = value;
    }

    /**
     * The 125 MHz global timestamp: global time in ticks of 8 ns since time 0. Unlike the cores'
     * TSCs it is the same for every core, which is why software uses it to compare times
     * across cores [BF-TN: no global clock on the die].
     */
    public long timestamp() {
        return wires.now() / Clocks.TIMESTAMP_125MHZ_UNITS;
    }

    /** The current value of AIR {@code i} of {@code set} (0 or 1), without incrementing it. */
    public int atomicCounter(int set, int i) {
        if (set < 0 || set > 1 || i < 0 || i >= AIR_PER_SET) {
            throw new IllegalArgumentException("AIR set must be 0 or 1 and index 0..47, was " + set + ", " + i);
        }
        return air[set][i];
    }

    /** The FPGA part of {@code sccReset -g} in this model: GIC cleared and AIR counters zeroed. */
    public void reset() {
        gic.reset();
        for (int[] set : air) {
            Arrays.fill(set, 0);
        }
    }

    /** One word of an atomic increment register: the counter, or its init register. */
    private record AirWord(int set, int index, boolean init) {
    }

    /** Decodes an AIR offset, or throws the bus error for whatever else the offset is. */
    private static AirWord airWord(CoreId requester, int offset) {
        int set = offset >= AIR_SET1 ? 1 : 0;
        int within = offset - (set == 0 ? AIR_SET0 : AIR_SET1);
        if (offset >= AIR_SET0 && offset < SIZE && (offset & 3) == 0 && within / AIR_STRIDE < AIR_PER_SET) {
            return new AirWord(set, within / AIR_STRIDE, within % AIR_STRIDE == AIR_INIT);
        }
        throw new BusError(requester, describeUnknown(offset));
    }

    private static String describeUnknown(int offset) {
        String name = null;
        if (offset >= EMAC_FIRST && offset <= EMAC_LAST + 3) {
            name = "eMAC configuration";
        } else if (offset == FPGA_CONFIG) {
            name = "FPGA config";
        } else if (offset == CLKFREQ) {
            name = "CLKFREQ";
        } else if (offset == PRIVATE_SLOTS) {
            name = "private-slots count";
        }
        return name != null
                ? String.format("FPGA register 0x%04x (%s) is not modelled", offset, name)
                : String.format("the FPGA has no register at offset 0x%04x (on the SCC this can lock up the chip)",
                        offset);
    }
}
