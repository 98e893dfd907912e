package eduscc.machine.scc;

import eduscc.machine.chip.CoreId;

/**
 * The wires that leave the register devices and end at the cores, and the clock the devices read
 * (facts A.6 GLCFG and GCBCFG, A.7 GIC, A.2 timestamp).
 *
 * <p>On the chip a GLCFG bit is a wire into a core's INTR or NMI pin and a GCBCFG bit is a wire
 * into its reset pin; the registers do not know what a core does with them. This interface keeps
 * it that way in the model: the register devices only report level changes, and the CPU/engine
 * side, which implements it, decides when a core sees them.
 */
public interface ChipWires {

    /** Pin number of LINT0, fed by GLCFG bit 1 (INTR) [BF-dev][sccKit]. */
    int LINT0 = 0;
    /** Pin number of LINT1, fed by GLCFG bit 0 (NMI) [BF-dev][sccKit]. */
    int LINT1 = 1;

    /**
     * A core's LINT pin changed level.
     *
     * @param core        the core whose GLCFG bit changed
     * @param pin         {@link #LINT0} or {@link #LINT1}
     * @param asserted    the new level
     * @param arrivalTime global time (1/16 ns) at which the core sees the new level
     */
    void lintLevel(CoreId core, int pin, boolean asserted, long arrivalTime);

    /**
     * A core's reset line changed: {@code inReset == false} releases the core, which then starts
     * at the reset vector; {@code true} holds it in reset again.
     */
    void resetLine(CoreId core, boolean inReset, long time);

    /** The current global time in 1/16 ns units. */
    long now();
}
