package eduscc.labs.debug;

import eduscc.kernel.sched.ReadyQueuePlugins;
import eduscc.labs.run.BootedLab;
import eduscc.labs.run.LabRunner;
import eduscc.labs.scenario.Scenario;
import eduscc.machine.Machine;
import eduscc.machine.time.Clocks;
import eduscc.machine.trace.TraceEntry;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where a lab run with a student's plug-in first goes differently from the same lab with the
 * kit's ({@code eduscc gui LAB --compare student}): the first trace event that is not the same
 * event (the same kind and fields, on the same core) in both runs; when it happened does not count,
 * since another implementation of the same part may take other cycles for the same work.
 *
 * <p>Each run goes headless for at most {@link #UNTIL_CYCLES}: first the kit's, keeping a 64-bit
 * hash of each event's canonical text (8 bytes an event, never the events), then the student's,
 * compared event by event, then the kit's again up to the event that differed, to keep it.
 *
 * @param seq     the number of the first event that differs (from 0)
 * @param kit     the kit's run's event there; null if the kit's run had ended
 * @param student the student's run's event there; null if the student's run had ended
 */
public record LabDifference(long seq, TraceEntry kit, TraceEntry student) {
    /** One simulated second: every shipped lab shows what it is about within it. */
    public static final long UNTIL_CYCLES = 533_333_333L;
    /** Events compared at most, so the hashes stay a few megabytes. */
    static final int MAX_EVENTS = 2_000_000;

    /**
     * The first difference between {@code kitLab} and {@code studentLab}, or empty when their first
     * {@link #MAX_EVENTS} events within {@link #UNTIL_CYCLES} agree.
     */
    public static Optional<LabDifference> find(Scenario kitLab, Scenario studentLab) {
        long[] kitHashes = hashes(kitLab);
        long[] first = {-1};
        TraceEntry[] studentAt = new TraceEntry[1];
        long[] count = {0};
        run(studentLab, e -> {
            long i = count[0]++;
            if (first[0] < 0 && i < MAX_EVENTS && (i >= kitHashes.length || kitHashes[(int) i] != hash(e))) {
                first[0] = i;
                studentAt[0] = e;
            }
        });
        if (first[0] < 0 && count[0] < kitHashes.length) {
            first[0] = count[0]; // the student's run ended before the kit's
        }
        if (first[0] < 0) {
            return Optional.empty();
        }
        long seq = first[0];
        return Optional.of(new LabDifference(seq, seq < kitHashes.length ? entryAt(kitLab, seq) : null, studentAt[0]));
    }

    private static long[] hashes(Scenario lab) {
        long[][] hashes = {new long[1024]};
        int[] size = {0};
        run(lab, e -> {
            if (size[0] < MAX_EVENTS) {
                if (size[0] == hashes[0].length) {
                    hashes[0] = Arrays.copyOf(hashes[0], 2 * size[0]);
                }
                hashes[0][size[0]++] = hash(e);
            }
        });
        return Arrays.copyOf(hashes[0], size[0]);
    }

    private static TraceEntry entryAt(Scenario lab, long seq) {
        TraceEntry[] found = new TraceEntry[1];
        run(lab, e -> {
            if (e.seq() == seq) {
                found[0] = e;
            }
        });
        return found[0];
    }

    private static void run(Scenario lab, Consumer<TraceEntry> each) {
        try (BootedLab booted = LabRunner.boot(lab, ReadyQueuePlugins.get(lab.kernel().readyQueues()))) {
            Machine machine = booted.machine();
            machine.trace().replayAndFollow(each);
            machine.trace().setKeepEntries(false);
            machine.run(UNTIL_CYCLES * Clocks.TILE_533_UNITS);
        }
    }

    /**
     * FNV-1a over the core and the event's canonical text, not its time: a student's queue on the
     * Java heap costs other cycles than the kit's in the core's memory, so a correct one moves the
     * same events a little in time. 64 bits: two different events agree by chance about never.
     */
    static long hash(TraceEntry e) {
        String text = e.core() + " " + e.event().canonical();
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            h = (h ^ text.charAt(i)) * 0x100000001b3L;
        }
        return h;
    }
}
