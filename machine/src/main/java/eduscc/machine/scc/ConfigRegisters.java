package eduscc.machine.scc;

import eduscc.machine.chip.CoreId;
import eduscc.machine.chip.TileId;
import eduscc.machine.memory.DefaultLutMap;
import eduscc.machine.memory.FrameChanges;
import eduscc.machine.memory.Lut;
import eduscc.machine.memory.LutEntry;
import eduscc.machine.time.Frequency;

import java.util.Objects;

/**
 * One tile's configuration register bank, the CRB (facts A.6; LUT format A.5).
 *
 * <p>It is how software controls the hardware of a tile: GLCFG drives each core's interrupt pins,
 * GCBCFG holds the cores in reset and sets the tile clock, LOCK0/1 are the chip's only atomic
 * test-and-set, and LUT0/1 decide where each core's physical addresses go. Any core can reach any
 * tile's CRB over the mesh; MYTILEID is the one register whose value depends on who asks.
 *
 * <p>Registers are 32-bit words at 4-byte aligned offsets; an offset that names no register is a
 * bus error, not a silently ignored access. Choices where the facts are silent: writes to the
 * read-only MYTILEID and sensor value are dropped; the sensor value reads 0 (no thermal model);
 * L2CFG and the sensor control word are stored as written and have no effect.
 */
public final class ConfigRegisters {

    /** CRB size per tile, 8 KB [INTEL-cfg][HPI SCC_CRB_SIZE 0x2000]. */
    public static final int SIZE = 0x2000;
    public static final int GLCFG0 = 0x010;   // [INTEL-cfg][BF-dev]
    public static final int GLCFG1 = 0x018;   // [INTEL-cfg][BF-dev]
    public static final int L2CFG0 = 0x020;   // [INTEL-cfg][BF-dev]
    public static final int L2CFG1 = 0x028;   // [INTEL-cfg][BF-dev]
    public static final int SENSOR = 0x040;   // thermal sensor control [INTEL-cfg][BF-dev]
    public static final int SENSOR_VALUE = 0x048; // [INTEL-cfg][BF-dev]
    public static final int GCBCFG = 0x080;   // [INTEL-cfg][BF-dev]
    public static final int MYTILEID = 0x100; // [INTEL-cfg][BF-dev][HPI]
    public static final int LOCK0 = 0x200;    // [INTEL-cfg][HPI][BareMichael]
    public static final int LOCK1 = 0x400;    // [INTEL-cfg][HPI][BareMichael]
    public static final int LUT0 = 0x800;     // [INTEL-cfg][BF-dev][HPI]
    public static final int LUT1 = 0x1000;    // [INTEL-cfg][BF-dev][HPI]
    /** Bytes between LUT entries; the entry is the low word [HPI SCC_LUT_STRIDE 8]. */
    public static final int LUT_STRIDE = 8;

    /** GLCFG bit 0, NMI, wired to LAPIC LINT1 [BF-dev][sccKit]. */
    public static final int GLCFG_NMI = 1 << 0;
    /** GLCFG bit 1, INTR, wired to LAPIC LINT0 [BF-dev][sccKit]. */
    public static final int GLCFG_INTR = 1 << 1;
    /** GLCFG default of the RW bits [BF-dev][sccKit]. */
    public static final int GLCFG_DEFAULT = 0xDF8;
    /**
     * Bits 11:0 are read-write; 25:12 are status the model does not produce, so they read 0
     * [BF-dev]. Only bits 0 and 1 have an effect here: INIT, FLUSH#, STPCLK# ... are stored only.
     */
    private static final int GLCFG_WRITABLE = 0xFFF;
    /** L2CFG default [INTEL-cfg][sccKit][BF-dev]. Stored as written; WAYDISABLE has no effect. */
    public static final int L2CFG_DEFAULT = 0x6CF;
    /** GCBCFG reset value: 533 MHz tile, 800 MHz mesh, both cores and L2s in reset [sccKit sccGui]. */
    public static final int GCBCFG_DEFAULT = 0x00A8E2FF;
    public static final int GCBCFG_RESC0 = 1 << 0;  // core 0 reset [BF-dev][INTEL-cfg]
    public static final int GCBCFG_RESC1 = 1 << 1;  // core 1 reset [BF-dev][INTEL-cfg]
    public static final int GCBCFG_RESL20 = 1 << 2; // L2 of core 0 reset [BF-dev][INTEL-cfg]
    public static final int GCBCFG_RESL21 = 1 << 3; // L2 of core 1 reset [BF-dev][INTEL-cfg]
    /** Bits 25:0 are defined [BF-dev]; 31:26 read 0. */
    private static final int GCBCFG_WRITABLE = 0x03FF_FFFF;

    private final TileId tile;
    private final ChipWires wires;
    private final int[] glcfg = new int[CoreId.CORES_PER_TILE];
    private final int[] l2cfg = new int[CoreId.CORES_PER_TILE];
    private final boolean[] lockFree = new boolean[CoreId.CORES_PER_TILE];
    private final Lut[] luts = new Lut[CoreId.CORES_PER_TILE];
    private final FrameChanges frameChanges;
    private int gcbcfg;
    private int sensorControl;

    /**
     * A CRB in its reset state (as after {@code sccReset -g}): both cores held in reset, default
     * registers and LUTs. Construction drives no wires: the engine starts every core in reset.
     */
    public ConfigRegisters(TileId tile, ChipWires wires) {
        this(tile, wires, new FrameChanges());
    }

    /** As {@link #ConfigRegisters(TileId, ChipWires)}, the LUTs' writes counted in the chip's {@code frameChanges}. */
    public ConfigRegisters(TileId tile, ChipWires wires, FrameChanges frameChanges) {
        this.tile = Objects.requireNonNull(tile, "tile");
        this.wires = Objects.requireNonNull(wires, "wires");
        this.frameChanges = Objects.requireNonNull(frameChanges, "frameChanges");
        gcbcfg = GCBCFG_DEFAULT;
        for (int z = 0; z < CoreId.CORES_PER_TILE; z++) {
            glcfg[z] = GLCFG_DEFAULT;
            l2cfg[z] = L2CFG_DEFAULT;
            lockFree[z] = true;
        }
        loadDefaultLuts();
    }

    public TileId tile() {
        return tile;
    }

    /** A register read by {@code requester}; reading a LOCK has the test-and-set side effect. */
    public int read32(CoreId requester, int offset) {
        Objects.requireNonNull(requester, "requester");
        return switch (offset) {
            case GLCFG0, GLCFG1 -> glcfg[(offset - GLCFG0) / 8];
            case L2CFG0, L2CFG1 -> l2cfg[(offset - L2CFG0) / 8];
            case SENSOR -> sensorControl;
            case SENSOR_VALUE -> 0; // no thermal model
            case GCBCFG -> gcbcfg;
            case MYTILEID -> myTileId(requester);
            case LOCK0, LOCK1 -> testAndSet(offset == LOCK0 ? 0 : 1);
            default -> readLut(requester, offset);
        };
    }

    /** A register write by {@code requester}; GLCFG and GCBCFG writes drive the tile's wires. */
    public void write32(CoreId requester, int offset, int value) {
        Objects.requireNonNull(requester, "requester");
        switch (offset) {
            case GLCFG0, GLCFG1 -> {
                int z = (offset - GLCFG0) / 8;
                setGlcfg(z, (glcfg[z] & ~GLCFG_WRITABLE) | (value & GLCFG_WRITABLE));
            }
            case L2CFG0, L2CFG1 -> l2cfg[(offset - L2CFG0) / 8] = value;
            case SENSOR -> sensorControl = value;
            case SENSOR_VALUE, MYTILEID -> { } // read-only: the write is dropped
            case GCBCFG -> setGcbcfg(value & GCBCFG_WRITABLE);
            case LOCK0, LOCK1 -> lockFree[offset == LOCK0 ? 0 : 1] = true;
            default -> writeLut(requester, offset, value);
        }
    }

    /**
     * MYTILEID returns this tile's x and y and the requester's sub-id z [HPI][BF-rck]. The facts
     * describe only a core reading its own tile's register; for a requester on another tile we
     * still return the requester's z, because the register reports the packet's source sub-id.
     */
    private int myTileId(CoreId requester) {
        return CoreId.myTileId(tile, requester.z());
    }

    /** LOCKn bit 0 is clear-on-read: 1 means "you got it" [RCCE][HPI][BareMichael]. */
    private int testAndSet(int z) {
        if (lockFree[z]) {
            lockFree[z] = false;
            return 1;
        }
        return 0;
    }

    /** LUTz entry i is the low word at LUTz + 8i; the high word reads 0 and ignores writes. */
    private int readLut(CoreId requester, int offset) {
        int z = lutNumber(requester, offset);
        int within = offset - (z == 0 ? LUT0 : LUT1);
        return within % LUT_STRIDE != 0 ? 0 : luts[z].readWord(within / LUT_STRIDE);
    }

    private void writeLut(CoreId requester, int offset, int value) {
        int z = lutNumber(requester, offset);
        int within = offset - (z == 0 ? LUT0 : LUT1);
        if (within % LUT_STRIDE != 0) {
            return;
        }
        try {
            luts[z].writeWord(within / LUT_STRIDE, value);
        } catch (IllegalArgumentException e) {
            throw new BusError(requester, String.format("LUT%d[0x%02x] of tile %s rejects the write: %s",
                    z, within / LUT_STRIDE, tile, e.getMessage()));
        }
    }

    /** Which LUT an offset falls in, or a bus error for an offset that names no register. */
    private int lutNumber(CoreId requester, int offset) {
        if (offset < LUT0 || offset >= LUT1 + DefaultLutMap.ENTRIES * LUT_STRIDE || (offset & 3) != 0) {
            throw new BusError(requester, String.format("the CRB of tile %s has no register at offset 0x%03x",
                    tile, offset));
        }
        return offset < LUT1 ? 0 : 1;
    }

    // --- the wires -------------------------------------------------------------------------

    /**
     * The pins follow the register at once: the level change is stamped with the current global
     * time, and the cost of getting the write there is charged to the writer by the interconnect.
     */
    private void setGlcfg(int z, int value) {
        int changed = glcfg[z] ^ value;
        glcfg[z] = value;
        CoreId core = CoreId.of(tile, z);
        if ((changed & GLCFG_INTR) != 0) {
            wires.lintLevel(core, ChipWires.LINT0, (value & GLCFG_INTR) != 0, wires.now());
        }
        if ((changed & GLCFG_NMI) != 0) {
            wires.lintLevel(core, ChipWires.LINT1, (value & GLCFG_NMI) != 0, wires.now());
        }
    }

    /**
     * A core runs only while both its RESCn and its RESL2n bit are clear: BF starts a core by
     * clearing both [BF-rck rck_start_core]. Our choice for the case the facts leave open: setting
     * either bit again puts the core back into reset.
     */
    private void setGcbcfg(int value) {
        int old = gcbcfg;
        gcbcfg = value;
        for (int z = 0; z < CoreId.CORES_PER_TILE; z++) {
            boolean was = inReset(old, z);
            boolean now = inReset(value, z);
            if (was != now) {
                wires.resetLine(CoreId.of(tile, z), now, wires.now());
            }
        }
    }

    private static boolean inReset(int gcbcfgValue, int z) {
        return (gcbcfgValue & ((GCBCFG_RESC0 | GCBCFG_RESL20) << z)) != 0;
    }

    /**
     * The GIC asserting a LINT pin: it sets the pin's GLCFG bit (facts A.7 step 3), so software
     * reading GLCFG sees it and must clear it itself (step 5).
     */
    void assertLint(int z, int pin) {
        setGlcfg(z, glcfg[z] | (pin == ChipWires.LINT0 ? GLCFG_INTR : GLCFG_NMI));
    }

    /** {@code sccReset -g} for this tile: cores back into reset, all registers and LUTs to defaults. */
    public void reset() {
        setGcbcfg(GCBCFG_DEFAULT);
        for (int z = 0; z < CoreId.CORES_PER_TILE; z++) {
            setGlcfg(z, GLCFG_DEFAULT);
            l2cfg[z] = L2CFG_DEFAULT;
            lockFree[z] = true;
        }
        sensorControl = 0;
        loadDefaultLuts();
    }

    // --- the LUTs ----------------------------------------------------------------------------

    /** Core z's LUT entry for physical addresses {@code index << 24 ...}; null when unmapped. */
    public LutEntry lut(int z, int index) {
        return luts[checkZ(z)].get(index);
    }

    /** Core z's whole LUT, for the interconnect's translation fast path. */
    public Lut lutOf(int z) {
        return luts[checkZ(z)];
    }

    /** Replaces core z's LUT entry; null unmaps it. Takes effect on the core's next access. */
    public void setLut(int z, int index, LutEntry entry) {
        luts[checkZ(z)].set(index, entry);
    }

    /** Loads both cores' LUTs as {@code sccMerge -lut_default} does (facts A.5). */
    public void loadDefaultLuts() {
        for (int z = 0; z < CoreId.CORES_PER_TILE; z++) {
            if (luts[z] == null) {
                luts[z] = new Lut(frameChanges);
            }
            luts[z].loadDefault(CoreId.of(tile, z));
        }
    }

    // --- side-effect-free views for the debugger ---------------------------------------------

    public int glcfg(int z) {
        return glcfg[checkZ(z)];
    }

    public int l2cfg(int z) {
        return l2cfg[checkZ(z)];
    }

    public int gcbcfg() {
        return gcbcfg;
    }

    /** True while GCBCFG holds core z in reset. */
    public boolean inReset(int z) {
        return inReset(gcbcfg, checkZ(z));
    }

    /** True when LOCKz has been acquired and not released; reading it here does not acquire it. */
    public boolean lockHeld(int z) {
        return !lockFree[checkZ(z)];
    }

    /** The tile clock GCBCFG selects. */
    public Frequency tileFrequency() {
        try {
            return Frequency.ofGcbcfg(gcbcfg);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(String.format("GCBCFG 0x%08x of tile %s: %s", gcbcfg, tile,
                    e.getMessage()), e);
        }
    }

    private static int checkZ(int z) {
        if (z < 0 || z >= CoreId.CORES_PER_TILE) {
            throw new IllegalArgumentException("core-in-tile z must be 0 or 1, was " + z);
        }
        return z;
    }
}
