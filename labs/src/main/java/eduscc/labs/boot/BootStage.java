package eduscc.labs.boot;

import eduscc.machine.trace.TraceEvent;

/**
 * The milestones of the boot path a lecturer points at, and the trace event that marks each one
 * (SDM Vol. 3A §9.9.1 for the order of the protected-mode switch).
 */
public enum BootStage {
    RESET_RELEASED("reset released"),
    LGDT("LGDT"),
    PROTECTION_ENABLED("CR0.PE set"),
    FAR_JUMP("far jump into protected mode"),
    SEGMENTS_LOADED("segments loaded"),
    KERNEL_ENTRY("kernel entry");

    private final String label;

    BootStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The stage this event completes, or null; SEGMENTS_LOADED is the last segment load before the kernel. */
    public static BootStage of(TraceEvent event) {
        if (event instanceof TraceEvent.ResetReleased) {
            return RESET_RELEASED;
        }
        if (event instanceof TraceEvent.TableRegisterLoad t && t.register().equals("GDTR")) {
            return LGDT;
        }
        if (event instanceof TraceEvent.ModeSwitch m && m.from().equals("real")) {
            return PROTECTION_ENABLED;
        }
        if (event instanceof TraceEvent.FarJump f && f.mode().startsWith("protected")) {
            return FAR_JUMP;
        }
        if (event instanceof TraceEvent.SegmentLoad) {
            return SEGMENTS_LOADED;
        }
        if (event instanceof TraceEvent.JavaEntry) {
            return KERNEL_ENTRY;
        }
        return null;
    }
}
