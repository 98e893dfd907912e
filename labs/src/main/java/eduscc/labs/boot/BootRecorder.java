package eduscc.labs.boot;

import eduscc.machine.trace.TraceEntry;
import eduscc.machine.trace.TraceEvent;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Listens to the trace while cores boot and keeps, per core, only what the boot report shows: when
 * the core left reset, when it reached each {@link BootStage}, and why it stopped. The trace itself
 * need not be kept, so a boot that runs for a billion cycles needs no more memory than one that
 * halts at once.
 */
public final class BootRecorder {
    private final Map<Integer, CoreBoot> cores = new TreeMap<>();

    /** Feed it every trace entry, in order (Trace.replayAndFollow). */
    public void record(TraceEntry entry) {
        cores.computeIfAbsent(entry.core(), pid -> new CoreBoot()).record(entry);
    }

    /** What core {@code pid} did; an empty record when it produced no event. */
    CoreBoot core(int pid) {
        return cores.getOrDefault(pid, new CoreBoot());
    }

    /** One core's boot as far as the report is concerned. */
    static final class CoreBoot {
        private long released;
        /** Trace time at which each stage was reached; the last segment load before the kernel counts. */
        private final Map<BootStage, Long> reachedAt = new EnumMap<>(BootStage.class);
        private boolean reachedKernel;
        private String reason = "";
        private boolean tripleFault;

        void record(TraceEntry e) {
            if (e.event() instanceof TraceEvent.ResetReleased && !reachedAt.containsKey(BootStage.RESET_RELEASED)) {
                released = e.time();
            }
            BootStage stage = BootStage.of(e.event());
            // Segment loads in real mode (before the far jump) are not the stage "segments loaded".
            boolean realModeLoad = stage == BootStage.SEGMENTS_LOADED && !reachedAt.containsKey(BootStage.FAR_JUMP);
            if (stage != null && !reachedKernel && !realModeLoad) {
                reachedAt.put(stage, e.time());
            }
            reachedKernel |= stage == BootStage.KERNEL_ENTRY;
            stopReason(e.event());
        }

        private void stopReason(TraceEvent event) {
            if (event instanceof TraceEvent.TripleFault t) {
                reason = t.reason();
                tripleFault = true;
            } else if (event instanceof TraceEvent.Panic p) {
                reason = p.reason();
            } else if (event instanceof TraceEvent.MachineCheck m) {
                reason = "machine check: " + m.reason();
            } else if (event instanceof TraceEvent.Hang h) {
                reason = "hang in " + h.task();
            }
        }

        /** Core cycles from leaving reset to each stage, in stage order. */
        Map<BootStage, Long> reached(long unitsPerCycle) {
            Map<BootStage, Long> cycles = new EnumMap<>(BootStage.class);
            reachedAt.forEach((stage, time) -> cycles.put(stage, (time - released) / unitsPerCycle));
            return cycles;
        }

        boolean reachedKernel() {
            return reachedKernel;
        }

        String reason() {
            return reason;
        }

        boolean tripleFault() {
            return tripleFault;
        }
    }
}
