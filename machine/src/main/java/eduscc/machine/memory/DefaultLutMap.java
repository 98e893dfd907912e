package eduscc.machine.memory;

import eduscc.machine.chip.CoreId;
import eduscc.machine.chip.MemoryController;
import eduscc.machine.chip.SubDestination;
import eduscc.machine.chip.SystemInterface;
import eduscc.machine.chip.TileId;

/**
 * The LUT contents {@code sccMerge -lut_default} gives every core (facts A.5, "Default LUT map"),
 * which sccLinux, RCCE and Barrelfish all assume [BF-TN table][INTEL-cfg symbols].
 *
 * <p>Reading the table top-down is reading a core's physical address map: 656 MB of private DRAM
 * at 0, 64 MB of shared DRAM at 2 GB, every tile's MPB from 3 GB, every tile's CRB from 3.5 GB, the
 * FPGA's register bank at 0xF9000000, and at the very top one more private slot holding the
 * reset vector.
 */
public final class DefaultLutMap {

    /** First/last private DRAM entry: 0x00..0x28 [BF-TN][INTEL-cfg]. */
    public static final int PRIVATE_FIRST = 0x00;
    public static final int PRIVATE_LAST = 0x28;
    /** Private 16 MB slots per core in its MC: 41 = 0x29 [BF-rck addrbits = idx*0x29]. */
    public static final int SLOTS_PER_CORE = 0x29;
    /**
     * Shared DRAM, one entry per MC in MC order: SHM_X0_Y0 0x80, SHM_X5_Y0 0x81, SHM_X0_Y2 0x82,
     * SHM_X5_Y2 0x83 [BF-TN][INTEL-cfg].
     */
    public static final int SHARED_FIRST = 0x80;
    /**
     * The slot each MC's shared entry points at. The facts do not give it (A.5 only says that the
     * slots after 12 x 41 = 492 private ones are shared). Our choice: the first slot after the
     * private blocks, 492 = 0x1EC.
     */
    public static final int SHARED_SLOT = MemoryController.CORES_PER_CONTROLLER * SLOTS_PER_CORE;
    /** MPB of tile t at entry 0xC0 + t; own tile's MPB at 0xD8 [BF-TN][INTEL-cfg MPB_X0_Y0, MPB_OWN]. */
    public static final int MPB_FIRST = 0xC0;
    public static final int MPB_OWN = 0xD8;
    /** CRB of tile t at entry 0xE0 + t; own tile's CRB at 0xF8 [BF-TN][INTEL-cfg CRB_X0_Y0, CRB_OWN]. */
    public static final int CRB_FIRST = 0xE0;
    public static final int CRB_OWN = 0xF8;
    /** FPGA global register bank via the SIF [BF-TN][INTEL-cfg]. */
    public static final int FPGA_GRB = 0xF9;
    /** "TCP/IP traffic" via the SIF [BF-TN]. Routed to the SIF, not modelled. */
    public static final int SIF_TCPIP = 0xFA;
    /**
     * RPC/VRC [INTEL-cfg RPC_BASE]. Its real mesh attachment is unknown (facts A.1: rck.dev says
     * "probably wrong"); we route it to the SIF like its neighbours, where it is not modelled.
     */
    public static final int RPC = 0xFB;
    /** SATA via the SIF [BF-TN]. Not modelled. */
    public static final int SIF_SATA = 0xFC;
    /** Private DRAM holding the reset vector at 0xFFFFFFF0 [BF-TN]. */
    public static final int PRIVATE_TOP = 0xFF;
    /**
     * Which of the core's 41 private slots entry 0xFF maps to. The sources disagree (facts E);
     * our choice: it aliases the last one, slot 40, the same memory as entry 0x28. That keeps
     * sccMerge's 41-slot blocks (Barrelfish's {@code idx*0x29}) intact; it is also why Barrelfish
     * leaves 0x27-0x28 alone. Physical 0x28FFFFF0 and 0xFFFFFFF0 are the same bytes.
     */
    public static final int TOP_ALIASES_PRIVATE_SLOT = SLOTS_PER_CORE - 1;

    /** Each LUT entry maps 16 MB [BF-rck LUT_SIZE 0x1000000]. */
    public static final int BYTES_PER_ENTRY = 1 << SystemAddress.OFFSET_BITS;
    /** Entries per LUT [BF-dev][HPI]. */
    public static final int ENTRIES = 256;
    /** Per-core MPB share by convention: core z uses 0x2000*z.. [INTEL-cfg MPB_SIZE]. */
    public static final int MPB_BYTES_PER_CORE = 0x2000;

    /**
     * The address bits of the SIF entries 0xF9-0xFC. The facts do not give sccKit's values; our
     * choice is the LUT index itself, so the SIF can tell the GRB (slot 0x0F9) from the TCP/IP,
     * RPC and SATA slots it does not model.
     */
    public static final int GRB_SIF_SLOT = FPGA_GRB;

    private DefaultLutMap() {
    }

    /**
     * The default LUT of {@code core}: 256 entries indexed by the top byte of a physical address;
     * unused entries (0x29-0x7F, 0x84-0xBF, 0xD9-0xDF, 0xFD-0xFE) are null.
     */
    public static LutEntry[] forCore(CoreId core) {
        LutEntry[] lut = new LutEntry[ENTRIES];
        MemoryController mc = MemoryController.serving(core);
        int firstSlot = mc.coreSlot(core) * SLOTS_PER_CORE;
        for (int i = PRIVATE_FIRST; i <= PRIVATE_LAST; i++) {
            lut[i] = dram(mc, firstSlot + i);
        }
        lut[PRIVATE_TOP] = dram(mc, firstSlot + TOP_ALIASES_PRIVATE_SLOT);
        for (MemoryController shared : MemoryController.values()) {
            lut[SHARED_FIRST + shared.ordinal()] = dram(shared, SHARED_SLOT);
        }
        for (TileId tile : TileId.all()) {
            lut[MPB_FIRST + tile.index()] = new LutEntry(0, SubDestination.MPB, tile, false);
            lut[CRB_FIRST + tile.index()] = new LutEntry(0, SubDestination.CRB, tile, false);
        }
        lut[MPB_OWN] = new LutEntry(0, SubDestination.MPB, core.tile(), false);
        lut[CRB_OWN] = new LutEntry(0, SubDestination.CRB, core.tile(), false);
        for (int sif : new int[] {FPGA_GRB, SIF_TCPIP, RPC, SIF_SATA}) {
            lut[sif] = new LutEntry(sif, SystemInterface.PORT, SystemInterface.TILE, false);
        }
        return lut;
    }

    /** Physical address of core z's half of tile's MPB: {@code MPB_ADDR(x,y,z)} [INTEL-cfg]. */
    public static int mpbAddress(TileId tile, int z) {
        return (MPB_FIRST << SystemAddress.OFFSET_BITS) + BYTES_PER_ENTRY * tile.index() + MPB_BYTES_PER_CORE * z;
    }

    /** Physical address of tile's CRB: {@code CRB_ADDR(x,y)} [INTEL-cfg]. */
    public static int crbAddress(TileId tile) {
        return (CRB_FIRST << SystemAddress.OFFSET_BITS) + BYTES_PER_ENTRY * tile.index();
    }

    /** Physical base of MC's shared DRAM slot: SHM_X0_Y0 0x80000000 ... [INTEL-cfg]. */
    public static int sharedAddress(MemoryController mc) {
        return (SHARED_FIRST + mc.ordinal()) << SystemAddress.OFFSET_BITS;
    }

    /** Physical base of the FPGA register bank, 0xF9000000 [BF-TN][HPI]. */
    public static int fpgaAddress() {
        return FPGA_GRB << SystemAddress.OFFSET_BITS;
    }

    private static LutEntry dram(MemoryController mc, int slot) {
        return new LutEntry(slot, mc.port(), mc.tile(), false);
    }
}
