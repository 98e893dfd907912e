package eduscc.labs.debug;

import eduscc.machine.chip.CoreId;
import eduscc.machine.trace.TraceEntry;
import eduscc.machine.trace.TraceEvent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Who holds each of the SCC's test-and-set registers (LOCK0 and LOCK1 of each tile, one per core,
 * facts A.6), as the trace tells it: the core whose read took the register, until a write frees
 * it. The register itself keeps one bit, taken or free, and no name; the kernel traces each change
 * of hands ({@link TraceEvent.SpinlockChange} "LOCK n"). Kept by the debugger's run from the boot
 * on, so it is right at a position however far the trace window has moved.
 */
final class LockHolders implements Consumer<TraceEntry> {
    private static final String PREFIX = "LOCK ";
    /** Register n's holder (the pid whose read took it), or -1 while it is free. */
    private final int[] holder = new int[CoreId.COUNT];

    LockHolders() {
        Arrays.fill(holder, -1);
    }

    /** Register {@code register} is held by core {@code core}. */
    record Held(int register, int core) { }

    @Override
    public void accept(TraceEntry entry) {
        if (entry.event() instanceof TraceEvent.SpinlockChange change && change.lock().startsWith(PREFIX)) {
            int register = Integer.parseInt(change.lock().substring(PREFIX.length()));
            holder[register] = change.acquired() ? entry.core() : -1;
        }
    }

    /** The registers held now, lowest first. */
    List<Held> held() {
        List<Held> held = new ArrayList<>();
        for (int register = 0; register < holder.length; register++) {
            if (holder[register] >= 0) {
                held.add(new Held(register, holder[register]));
            }
        }
        return held;
    }
}
