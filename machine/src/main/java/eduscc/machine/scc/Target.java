package eduscc.machine.scc;

import eduscc.machine.chip.CoreId;
import eduscc.machine.chip.MemoryController;
import eduscc.machine.chip.SubDestination;
import eduscc.machine.chip.SystemInterface;
import eduscc.machine.memory.DefaultLutMap;
import eduscc.machine.memory.SystemAddress;

/**
 * What a core's physical access reaches once its LUT has sent it somewhere (facts A.5 default map,
 * A.1 attachment points). The engine cares because everything but {@link #PRIVATE_DRAM} is state
 * another core can see.
 */
public enum Target {
    /** One of the requesting core's own 41 private DRAM slots in its memory controller. */
    PRIVATE_DRAM,
    /** Any other DRAM slot: the shared slots, or another core's private memory. */
    SHARED_DRAM,
    /** A tile's message-passing buffer. */
    MPB,
    /** A tile's configuration register bank. */
    CRB,
    /** The FPGA's global register bank behind the system interface. */
    FPGA,
    /** A port or slot with nothing modelled behind it; every access there is a bus error. */
    UNMODELLED;

    /** Classifies a translated access of {@code requester}. */
    public static Target of(CoreId requester, SystemAddress a) {
        MemoryController mc = MemoryController.at(a.tile(), a.subdest());
        if (mc != null) {
            return isOwnPrivateSlot(requester, mc, a.slot()) ? PRIVATE_DRAM : SHARED_DRAM;
        }
        if (a.subdest() == SubDestination.MPB) {
            return MPB;
        }
        if (a.subdest() == SubDestination.CRB) {
            return CRB;
        }
        if (SystemInterface.isAt(a.tile(), a.subdest()) && a.slot() == DefaultLutMap.GRB_SIF_SLOT) {
            return FPGA;
        }
        return UNMODELLED;
    }

    /**
     * A core's own private memory is its block of 41 slots in the controller serving its quadrant
     * (A.5); LUT entry 0xFF aliases one of them, so it is private too.
     */
    private static boolean isOwnPrivateSlot(CoreId requester, MemoryController mc, int slot) {
        if (mc != MemoryController.serving(requester)) {
            return false;
        }
        int first = mc.coreSlot(requester) * DefaultLutMap.SLOTS_PER_CORE;
        return slot >= first && slot < first + DefaultLutMap.SLOTS_PER_CORE;
    }

    /** Why an {@link #UNMODELLED} target has nothing behind it, for the bus error message. */
    static String whyUnmodelled(SystemAddress a) {
        if (a.subdest() == SubDestination.CORE0 || a.subdest() == SubDestination.CORE1) {
            return "sub-destination " + a.subdest() + " is a core, not memory";
        }
        if (SystemInterface.isAt(a.tile(), a.subdest())) {
            return String.format("SIF slot 0x%03x (TCP/IP, RPC, SATA) is not modelled; only the FPGA register"
                    + " bank at slot 0x%03x is", a.slot(), DefaultLutMap.GRB_SIF_SLOT);
        }
        return "nothing is attached to " + a.tile() + "/" + a.subdest();
    }
}
