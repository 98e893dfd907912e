package eduscc.labs.debug;

import eduscc.kernel.KernelSnapshot;
import eduscc.labs.scenario.NarrationCheck;
import eduscc.labs.scenario.NarrationStep;

/**
 * Judges a narration step's check against the state at a pause. A step is judged only while the
 * run stands at the step's timer tick, so the class sees the check turn true as the lecturer
 * steps through that tick.
 */
public final class NarrationChecks {
    /** The outcome of a check: not judged yet (another tick), true or false, with what was seen. */
    public record Result(Boolean passed, String seen) { }

    private NarrationChecks() {
    }

    public static Result judge(NarrationStep step, DebugSnapshot snapshot, int defaultCore) {
        NarrationCheck check = step.check();
        int core = step.core() == null ? defaultCore : step.core();
        KernelSnapshot kernel = snapshot.kernels().get(core);
        if (check == null || kernel == null || kernel.tick() != step.tick()) {
            return new Result(null, "");
        }
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
            String console = snapshot.machine().core(core).console();
            ok &= console.contains(check.console());
            seen.append(seen.length() == 0 ? "" : ", ").append("console ").append(console.isEmpty() ? "empty" : "as shown");
        }
        return new Result(ok, seen.toString());
    }
}
