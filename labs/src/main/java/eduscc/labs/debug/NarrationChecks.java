package eduscc.labs.debug;

import eduscc.kernel.KernelSnapshot;
import eduscc.labs.scenario.NarrationCheck;
import eduscc.labs.scenario.NarrationStep;

/**
 * Judges a narration step's check where it applies: while the run stands at the step's timer
 * tick, against the state at the pause, so the class sees the check turn true as the lecturer
 * steps through that tick; once the run has passed the tick, against the state the kernel had
 * when that tick ended ({@link TickEnd}), however the lecturer got here. Before the kernel has
 * started its scheduler, and before the step's tick, nothing is judged.
 */
public final class NarrationChecks {
    /** The outcome of a check: not judged yet (null), true or false, with what was seen and when. */
    public record Result(Boolean passed, String seen, boolean atTickEnd) {
        public Result(Boolean passed, String seen) {
            this(passed, seen, false);
        }
    }

    private NarrationChecks() {
    }

    public static Result judge(NarrationStep step, DebugSnapshot snapshot, int defaultCore) {
        NarrationCheck check = step.check();
        int core = step.core() == null ? defaultCore : step.core();
        KernelSnapshot kernel = snapshot.kernels().get(core);
        if (check == null || kernel == null || kernel.idle().isEmpty() || kernel.tick() < step.tick()) {
            return new Result(null, "");
        }
        if (kernel.tick() == step.tick()) {
            return judge(check, kernel, snapshot.machine().core(core).console(), false);
        }
        return snapshot.tickEnd(core, step.tick())
            .map(end -> judge(check, end.kernel(), end.console(), true))
            .orElse(new Result(null, ""));
    }

    /** The check against one kernel state and the console text of its core. */
    private static Result judge(NarrationCheck check, KernelSnapshot kernel, String console, boolean atTickEnd) {
        boolean ok = true;
        StringBuilder seen = new StringBuilder();
        if (check.running() != null) {
            ok &= check.running().equals(kernel.running());
            seen.append("running ").append(kernel.running());
        }
        if (check.prioBitmap() != null) {
            ok &= check.prioBitmap() == Integer.toUnsignedLong(kernel.prioBitmap());
            seen.append(seen.length() == 0 ? "" : ", ").append(String.format("prioBitmap 0x%08X", kernel.prioBitmap()));
        }
        if (check.console() != null) {
            ok &= console.contains(check.console());
            seen.append(seen.length() == 0 ? "" : ", ").append("console ").append(console.isEmpty() ? "empty" : "as shown");
        }
        return new Result(ok, seen.toString(), atTickEnd);
    }
}
