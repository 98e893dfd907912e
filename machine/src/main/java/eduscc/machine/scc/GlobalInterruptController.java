package eduscc.machine.scc;

import eduscc.machine.chip.CoreId;

import java.util.Arrays;
import java.util.List;

/**
 * The FPGA's global interrupt controller (facts A.7, "GIC"; register map [BF-eMAC] from the sccKit
 * 1.4.0 User's Guide Part 8, IPI semantics [FORUM], medium confidence per facts E).
 *
 * <p>GLCFG alone can raise INTR on a core but cannot say who raised it. The GIC adds that: a
 * sender writes its own IPI_REQUEST with one bit per destination, the GIC records "core s asked"
 * as bit 6+s in the destination's IRQ_STATUS and, unless that bit is masked, sets the destination's
 * LINT bit in its GLCFG. The receiver reads IRQ_STATUS to find the senders, acknowledges through
 * IRQ_RESET, and clears its own GLCFG bit.
 *
 * <p>The 64-bit registers are accessed as two 32-bit halves, low word at +0, high word at +4.
 */
public final class GlobalInterruptController {

    public static final int IRQ_STATUS = 0xD000;       // + 8c [BF-eMAC]
    public static final int IRQ_MASK = 0xD200;         // + 8c [BF-eMAC]
    public static final int IRQ_RESET = 0xD400;        // + 8c [BF-eMAC]
    public static final int IPI_REQUEST = 0xD600;      // + 8c [BF-eMAC]
    public static final int IRQ_CONFIG = 0xD800;       // + 4c [BF-eMAC]
    public static final int IRQ_REQUEST_MCPC = 0xD900; // 64-bit [BF-eMAC]
    /** IPI request bit k is status bit 6+k [FORUM]; bits 0-3 are the eMAC lines [BF-eMAC]. */
    public static final int IPI_STATUS_SHIFT = 6;
    /**
     * Mask polarity and reset value are not in the facts. Our choice: a 1 bit masks, and the
     * masks reset to all ones, so "the masks must be opened per core" [FORUM] before any IPI
     * reaches a core.
     */
    public static final long MASK_RESET = -1L;

    private static final int WIDE_STRIDE = 8;
    private static final int CONFIG_STRIDE = 4;
    private static final long LOW_WORD = 0xFFFF_FFFFL;

    private final List<ConfigRegisters> crbsByTileIndex;
    private final long[] status = new long[CoreId.COUNT];
    private final long[] mask = new long[CoreId.COUNT];
    private final int[] lintPin = new int[CoreId.COUNT];
    private long mcpcRequest;

    GlobalInterruptController(List<ConfigRegisters> crbsByTileIndex) {
        this.crbsByTileIndex = crbsByTileIndex;
        reset();
    }

    /** True when {@code offset} in the GRB belongs to the GIC. */
    static boolean decodes(int offset) {
        return offset >= IRQ_STATUS && offset < IRQ_REQUEST_MCPC + WIDE_STRIDE;
    }

    int read32(CoreId requester, int offset) {
        int c = index(requester, offset);
        boolean high = offset % WIDE_STRIDE != 0;
        return switch (offset & ~0x1FF) {
            case IRQ_STATUS -> half(status[c], high);
            case IRQ_MASK -> half(mask[c], high);
            case IRQ_RESET, IPI_REQUEST -> 0; // write-only triggers: they hold nothing to read
            default -> offset == IRQ_REQUEST_MCPC || offset == IRQ_REQUEST_MCPC + 4
                    ? half(mcpcRequest, high) : lintPin[c];
        };
    }

    void write32(CoreId requester, int offset, int value) {
        int c = index(requester, offset);
        boolean high = offset % WIDE_STRIDE != 0;
        long bits = high ? (value & LOW_WORD) << 32 : value & LOW_WORD;
        switch (offset & ~0x1FF) {
            case IRQ_STATUS -> throw new BusError(requester, String.format(
                    "IRQ_STATUS[%d] is read-only; acknowledge by writing IRQ_RESET[%d]", c, c));
            case IRQ_MASK -> setMask(c, high ? (mask[c] & LOW_WORD) | bits : (mask[c] & ~LOW_WORD) | bits);
            case IRQ_RESET -> status[c] &= ~bits;
            case IPI_REQUEST -> requestIpi(c, bits);
            default -> {
                if (offset == IRQ_REQUEST_MCPC || offset == IRQ_REQUEST_MCPC + 4) {
                    // There is no host model: the request is kept so a debugger can show it.
                    mcpcRequest = high ? (mcpcRequest & LOW_WORD) | bits : (mcpcRequest & ~LOW_WORD) | bits;
                } else {
                    lintPin[c] = value & 1; // 0 = LINT0, 1 = LINT1 [BF-eMAC]; other bits are not stored
                }
            }
        }
    }

    /**
     * Core {@code source} requests an IPI on every core whose pid bit is set in
     * {@code destinations} (bits 48-63 name no core and are ignored). The source is the register
     * the request was written to, not the core that wrote it: the facts describe each core
     * writing its own IPI_REQUEST, and the model does not second-guess one that writes another's.
     */
    public void requestIpi(int source, long destinations) {
        CoreId.of(source); // validates the pid
        long statusBit = 1L << (IPI_STATUS_SHIFT + source);
        for (int d = 0; d < CoreId.COUNT; d++) {
            if ((destinations & (1L << d)) != 0) {
                status[d] |= statusBit;
                if ((mask[d] & statusBit) == 0) {
                    assertLint(d);
                }
            }
        }
    }

    /**
     * Opening a mask bit whose status is already pending asserts the pin too (our choice: the
     * facts only describe the request arriving while unmasked; this way no IPI is lost to the
     * order in which a core opens its mask).
     */
    private void setMask(int c, long newMask) {
        long opened = mask[c] & ~newMask & status[c];
        mask[c] = newMask;
        if (opened != 0) {
            assertLint(c);
        }
    }

    private void assertLint(int pid) {
        CoreId core = CoreId.of(pid);
        crbsByTileIndex.get(core.tile().index()).assertLint(core.z(), lintPin[pid]);
    }

    /** Power-on / {@code sccReset -g} state: no status, every line masked, all cores on LINT0. */
    void reset() {
        Arrays.fill(status, 0);
        Arrays.fill(mask, MASK_RESET);
        Arrays.fill(lintPin, ChipWires.LINT0);
        mcpcRequest = 0;
    }

    /** The core index an offset addresses, or a bus error for an offset in a gap. */
    private static int index(CoreId requester, int offset) {
        if ((offset & 3) == 0) {
            if (offset == IRQ_REQUEST_MCPC || offset == IRQ_REQUEST_MCPC + 4) {
                return 0;
            }
            int base = offset & ~0x1FF;
            boolean wide = base == IRQ_STATUS || base == IRQ_MASK || base == IRQ_RESET || base == IPI_REQUEST;
            int c = (offset - base) / (wide ? WIDE_STRIDE : CONFIG_STRIDE);
            if ((wide || base == IRQ_CONFIG) && c < CoreId.COUNT) {
                return c;
            }
        }
        throw new BusError(requester, String.format("the GIC has no register at FPGA offset 0x%04x", offset));
    }

    private static int half(long value, boolean high) {
        return (int) (high ? value >>> 32 : value);
    }

    // --- side-effect-free views for the debugger and the kernel's tests -----------------------

    public long status(int pid) {
        return status[CoreId.of(pid).pid()];
    }

    public long mask(int pid) {
        return mask[CoreId.of(pid).pid()];
    }

    /** The LINT pin IRQ_CONFIG selects for core {@code pid}. */
    public int lintPin(int pid) {
        return lintPin[CoreId.of(pid).pid()];
    }

    public long mcpcRequest() {
        return mcpcRequest;
    }
}
