package eduscc.machine.scc;

import eduscc.machine.chip.CoreId;

import java.util.ArrayList;
import java.util.List;

/** A fake of the CPU/engine side: a settable clock and a log of every wire change, as text. */
final class RecordingWires implements ChipWires {

    long time;
    final List<String> calls = new ArrayList<>();

    @Override
    public void lintLevel(CoreId core, int pin, boolean asserted, long arrivalTime) {
        calls.add(core + " LINT" + pin + (asserted ? " high" : " low") + " @" + arrivalTime);
    }

    @Override
    public void resetLine(CoreId core, boolean inReset, long at) {
        calls.add(core + (inReset ? " held in reset" : " released") + " @" + at);
    }

    @Override
    public long now() {
        return time;
    }
}
