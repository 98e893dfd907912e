package eduscc.machine.scc;

import eduscc.machine.chip.CoreId;
import eduscc.machine.memory.SystemAddress;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An access the chip cannot complete: an unmapped LUT entry, a port with nothing behind it, an
 * undefined register (facts A.5-A.7).
 *
 * <p>On the real SCC most of these hang the requesting core or, for undefined FPGA registers, the
 * whole chip (A.7 [HPI]). The model stops with this error instead, naming the core and the
 * addresses so a student sees which access went where.
 */
public final class BusError extends RuntimeException {

    private final CoreId core;
    private final Integer physical;
    private final SystemAddress target;
    private final String reason;

    /**
     * @param core     the requesting core
     * @param physical the core's 32-bit physical address
     * @param target   where the LUT sent it, or null if translation failed
     * @param reason   what went wrong, phrased for the reader of the message
     */
    public BusError(CoreId core, int physical, SystemAddress target, String reason) {
        super(describe(core, physical, target, reason));
        this.core = Objects.requireNonNull(core, "core");
        this.physical = physical;
        this.target = target;
        this.reason = reason;
    }

    /**
     * A device-level error that does not yet know the addresses; the interconnect adds them with
     * {@link #at(int, SystemAddress)} before the error reaches the core.
     */
    public BusError(CoreId core, String reason) {
        super(core + ": " + reason);
        this.core = Objects.requireNonNull(core, "core");
        this.physical = null;
        this.target = null;
        this.reason = reason;
    }

    /** This error with the physical and system address of the access filled in. */
    public BusError at(int physicalAddress, SystemAddress systemAddress) {
        BusError located = new BusError(core, physicalAddress, systemAddress, reason);
        located.setStackTrace(getStackTrace());
        return located;
    }

    public CoreId core() {
        return core;
    }

    /** The physical address of the access, if known. */
    public OptionalInt physical() {
        return physical == null ? OptionalInt.empty() : OptionalInt.of(physical);
    }

    /** The system address the LUT produced, if translation got that far. */
    public Optional<SystemAddress> systemAddress() {
        return Optional.ofNullable(target);
    }

    public String reason() {
        return reason;
    }

    private static String describe(CoreId core, int physical, SystemAddress target, String reason) {
        String where = target == null ? "" : " → " + target;
        return String.format("%s: physical 0x%08x%s → %s", core, physical, where, reason);
    }
}
