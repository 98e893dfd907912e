package eduscc.labs.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import eduscc.labs.scenario.ShippedLabs;
import eduscc.machine.trace.TraceEntry;
import eduscc.machine.trace.TraceEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * DESIGN §3 "Positions": a position names exactly one state. On every shipped lab, seeded random
 * walks of step, step back, next event and previous event revisit positions; each revisit must
 * show what the first visit showed ({@link PositionStateProperty}). Every walk ends by saving the
 * session and reopening the file, which must stand in the same state as the session did.
 */
class OnePositionOneStateTest {
    private static final int WALK_LENGTH = 14;
    private static final long[] SEEDS = {1, 2};

    /** The event kinds a walk stops at; Halt first, since a HLT used to end between boundaries. */
    private static final List<Class<? extends TraceEvent>> KINDS = List.of(TraceEvent.Halt.class,
        TraceEvent.InterruptDelivered.class, TraceEvent.SchedulerDecision.class, TraceEvent.ModeSwitch.class,
        TraceEvent.ConsoleOutput.class);

    @TempDir
    Path dir;

    static List<Object[]> walks() {
        List<Object[]> walks = new ArrayList<>();
        for (String lab : ShippedLabs.NAMES) {
            for (long seed : SEEDS) {
                walks.add(new Object[] {lab, seed});
            }
        }
        return walks;
    }

    @ParameterizedTest(name = "{0}, seed {1}")
    @MethodSource("walks")
    void everyRevisitedPositionShowsTheStateFirstSeenThere(String lab, long seed) {
        Random random = new Random(seed);
        Map<Long, PositionStateProperty> firstSeen = new TreeMap<>();
        List<String> commands = new ArrayList<>();
        Path file = dir.resolve(lab + "-" + seed + ".json");
        PositionStateProperty last;
        try (Session session = new Session(ShippedLabs.load(lab))) {
            check(session, firstSeen, commands);
            for (int i = 0; i < WALK_LENGTH && !session.finished(); i++) {
                commands.add(move(session, random));
                check(session, firstSeen, commands);
            }
            last = PositionStateProperty.of(session.snapshot());
            SessionFile.of(session, Breakpoints.NONE).save(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        try (Session reopened = SessionFile.read(file).open(file)) {
            PositionStateProperty there = PositionStateProperty.of(reopened.snapshot());
            assertEquals(last.position(), there.position());
            if (!last.equals(there)) {
                fail(lab + ": the saved session at position " + last.position() + " reopened in another state after "
                    + commands + ": " + last.firstDifference(there));
            }
        }
    }

    /** One random command, as the debugger's buttons give it; returns what it did. */
    private static String move(Session session, Random random) {
        int choice = random.nextInt(6);
        Class<? extends TraceEvent> kind = KINDS.get(random.nextInt(KINDS.size()));
        Predicate<TraceEntry> isKind = e -> kind.isInstance(e.event());
        switch (choice) {
            case 0, 1 -> {
                session.step();
                return "step";
            }
            case 2 -> {
                session.stepBack();
                return "back";
            }
            case 3, 4 -> {
                session.runUntil(isKind, kind.getSimpleName());
                return "next " + kind.getSimpleName();
            }
            default -> {
                session.backUntil(isKind, kind.getSimpleName());
                return "previous " + kind.getSimpleName();
            }
        }
    }

    private static void check(Session session, Map<Long, PositionStateProperty> firstSeen, List<String> commands) {
        PositionStateProperty now = PositionStateProperty.of(session.snapshot());
        PositionStateProperty first = firstSeen.putIfAbsent(now.position(), now);
        if (first != null && !first.equals(now)) {
            fail(session.lab().name() + ": position " + now.position() + " shows another state after " + commands
                + ": " + first.firstDifference(now));
        }
        DebugSnapshot before = session.snapshot().previousStep();
        if (before != null) {
            PositionStateProperty step = PositionStateProperty.of(before);
            PositionStateProperty firstStep = firstSeen.putIfAbsent(step.position(), step);
            if (firstStep != null && !firstStep.equals(step)) {
                fail(session.lab().name() + ": the step before position " + now.position() + " shows another state after "
                    + commands + ": " + firstStep.firstDifference(step));
            }
        }
    }
}
