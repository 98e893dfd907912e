package eduscc.kernel.arch;

import eduscc.machine.cpu.Operations;

/**
 * The SCC's global interrupt controller as the kernel drives it (facts A.7): every core opens
 * its mask for the 48 inter-core lines and routes them to LINT0; a sender writes its own
 * IPI_REQUEST with one bit per destination; the receiver reads IRQ_STATUS to learn who sent
 * (bit 6 + sender), acknowledges in IRQ_RESET and clears the INTR bit of its GLCFG itself.
 * The kernel reaches it through its hardware layer ({@link NativeHardware}).
 */
public final class Gic {
    private static final int FPGA = 0xF9000000;
    private static final int IRQ_STATUS = FPGA + 0xD000;
    private static final int IRQ_MASK = FPGA + 0xD200;
    private static final int IRQ_RESET = FPGA + 0xD400;
    private static final int IPI_REQUEST = FPGA + 0xD600;
    private static final int IRQ_CONFIG = FPGA + 0xD800;
    /** GLCFG of this core's tile, in its own CRB: +0x10 for core 0, +0x18 for core 1. */
    private static final int GLCFG0 = SccAddresses.CRB_OWN + 0x10;
    private static final int GLCFG_INTR = 1 << 1;
    /** The IPI lines start at bit 6; bits 0-3 are the eMACs (not used by the kernel). */
    public static final int FIRST_IPI_BIT = 6;

    private final Operations ops;
    private final int pid;

    public Gic(Operations ops, int pid) {
        this.ops = ops;
        this.pid = pid;
    }

    /** Opens this core's mask for IPIs from every core (mask bit 1 = masked) and routes them to LINT0. */
    public void open() {
        ops.write32(IRQ_MASK + 8 * pid, (1 << FIRST_IPI_BIT) - 1);
        ops.write32(IRQ_MASK + 8 * pid + 4, ~((1 << (48 + FIRST_IPI_BIT - 32)) - 1));
        ops.write32(IRQ_CONFIG + 4 * pid, 0);
    }

    /** Interrupts core {@code destination}. */
    public void sendIpi(int destination) {
        int low = destination < 32 ? 1 << destination : 0;
        int high = destination >= 32 ? 1 << (destination - 32) : 0;
        ops.write32(IPI_REQUEST + 8 * pid, low);
        ops.write32(IPI_REQUEST + 8 * pid + 4, high);
    }

    /**
     * The LINT0 handler's work: which cores sent (as a 48-bit set, bit k = core k), then the
     * acknowledgement in the GIC and in this core's GLCFG.
     */
    public long acknowledge() {
        int low = ops.read32(IRQ_STATUS + 8 * pid);
        int high = ops.read32(IRQ_STATUS + 8 * pid + 4);
        ops.write32(IRQ_RESET + 8 * pid, low);
        ops.write32(IRQ_RESET + 8 * pid + 4, high);
        int glcfg = GLCFG0 + 8 * (pid & 1);
        ops.write32(glcfg, ops.read32(glcfg) & ~GLCFG_INTR);
        long status = Integer.toUnsignedLong(high) << 32 | Integer.toUnsignedLong(low);
        return status >>> FIRST_IPI_BIT;
    }
}
