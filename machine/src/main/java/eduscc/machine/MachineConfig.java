package eduscc.machine;

import eduscc.machine.time.Clocks;

/**
 * The knobs of the simulated machine that are not hardware facts.
 *
 * @param quantumCycles how far (in core clocks at 533 MHz) a core may run ahead of the
 *                      next-earliest core before the engine switches; shared accesses are
 *                      ordered exactly regardless
 * @param hangMillis    wall-clock milliseconds Java code may run without any machine operation
 *                      before the engine reports it as hung
 */
public record MachineConfig(long quantumCycles, long hangMillis) {
    public static final MachineConfig DEFAULT = new MachineConfig(1000, 2000);

    public MachineConfig {
        if (quantumCycles <= 0) {
            throw new IllegalArgumentException("quantumCycles must be positive, got " + quantumCycles);
        }
        if (hangMillis <= 0) {
            throw new IllegalArgumentException("hangMillis must be positive, got " + hangMillis);
        }
    }

    public long quantumUnits() {
        return quantumCycles * Clocks.TILE_533_UNITS;
    }
}
