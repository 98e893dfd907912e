package eduscc.exercises.messaging;

import eduscc.exercises.grading.CheckResult;
import eduscc.exercises.grading.ChildGrader;
import eduscc.exercises.grading.GradeReport;
import eduscc.exercises.grading.Judge;
import eduscc.exercises.grading.LabReplays;
import eduscc.exercises.grading.Limits;
import eduscc.exercises.grading.ReferenceRecording;
import eduscc.exercises.observing.Failures;
import eduscc.exercises.observing.ObservedCheck;
import eduscc.exercises.observing.Observer;
import eduscc.kernel.ipc.MessagingPlugins;
import eduscc.kernel.sched.ReadyQueuePlugins;
import eduscc.labs.run.BootedLab;
import eduscc.labs.run.LabRunner;
import eduscc.labs.scenario.Replay;
import eduscc.labs.scenario.Scenario;
import eduscc.labs.scenario.ShippedLabs;
import eduscc.machine.Machine;
import eduscc.machine.cpu.Core;
import eduscc.machine.engine.RunResult;
import eduscc.machine.time.Clocks;
import eduscc.machine.trace.TraceEntry;
import eduscc.machine.trace.TraceEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a failed messaging check can be seen in the debugger: the shipped labs whose cores call
 * RCCE_send, RCCE_recv and the barrier through the messaging plug-in, ping-pong first, then
 * barrier-48, run with the student's send, receive and gory layer ({@code --messaging student})
 * and compared with the kit's run of the same lab. The messaging checks run machines of their own
 * with Java on each core, which no lab file describes; so a failed check replays the first of
 * these labs whose run differs, stopped at its first differing messaging event (or at the panic or
 * hang the kit's run did not have). The mailbox lab is not one of them: its mail goes through the
 * kit's gory layer, not the plug-in's.
 *
 * <p>Each lab is a "check" of a grading of its own, run by the same child-JVM grader as the
 * checks, so that student code that throws or loops here too ends only its own run. Its points
 * are never counted.
 */
public final class MessagingLabs {
    /** The grading's name: the kit's runs are recorded under it in the student edition. */
    public static final String NAME = "messaging-labs";
    /** The labs that run the messaging plug-in, in the order a failed check tries them. */
    public static final List<String> LABS = List.of("ping-pong", "barrier-48");
    /** What a failed check says when no lab's run differs from the kit's. */
    public static final String NO_LAB = "no replay: no lab shows this mistake (ping-pong and barrier-48 run as with"
        + " the kit's); the check's own message above says what differed";

    /** Both labs end within 3 ticks at 100 Hz; a run that has not ended by tick 6 never will. */
    static final long UNTIL_CYCLES = 6 * 533_333_333L / 100;
    /**
     * And no more machine operations than this, per lab: about 8 and 2 times what the kit's runs
     * take (127,000 for ping-pong, 1,060,000 for barrier-48). A spin on a line in the L1 would
     * take 50 million by tick 6, most of a minute in the grader's fresh JVM.
     */
    static final Map<String, Long> BOUNDARIES = Map.of("ping-pong", 1_000_000L, "barrier-48", 2_000_000L);
    /** A timer tick of the labs' 100 Hz, in simulated time. */
    private static final long TICK_UNITS = Clocks.nsToUnits(1_000_000_000L / 100);

    private static final Pattern EVENT = Pattern.compile("^(MessageSent|MessageReceived|BarrierPassed) (\\d+):");
    private static final Pattern STUCK = Pattern.compile("^tick (\\d+): no RCCE event");

    private MessagingLabs() {
    }

    /**
     * {@code report} with a replay, or the line {@link #NO_LAB}, for each failed check: the labs run
     * once, only when a check failed and the grading went through ({@code labs}), because the
     * student's plug-in is the same for every check. The replay is the first lab's whose run
     * differs from the kit's, at its first difference with a place in the run, named after the check.
     *
     * <p>In the student edition the kit's send, receive and gory layer are the student's own (the
     * edition's hand-overs), so the labs are compared with the kit's runs recorded when the edition
     * was made, as the checks are ({@link ReferenceRecording}, {@value #NAME}); an edition without
     * that recording writes no messaging replays.
     */
    static GradeReport withReplays(GradeReport report, Supplier<GradeReport> labs) {
        if (report.passed() || !report.problem().isEmpty()
            || ReferenceRecording.isRecorded(MessagingExercise.NAME) && !ReferenceRecording.isRecorded(NAME)) {
            return report;
        }
        GradeReport ran = labs.get();
        Replay shown = null;
        String why = null;
        for (CheckResult lab : ran.checks()) {
            if (!lab.passed()) {
                shown = lab.replay();
                why = shown != null ? null : "no replay: " + lab.name().replace(" runs as", " does not run as") + " ("
                    + lab.message().lines().findFirst().orElse("") + "), but at no event the debugger can stop at";
                break;
            }
        }
        if (shown == null && why == null) {
            why = ran.problem().isEmpty() ? NO_LAB : "no replay: the labs could not run with your code (" + ran.problem() + ")";
        }
        List<CheckResult> checks = new ArrayList<>();
        for (CheckResult c : report.checks()) {
            if (c.passed()) {
                checks.add(c);
            } else if (shown != null) {
                checks.add(new CheckResult(c.name(), c.possible(), c.earned(), false, c.message(), new Replay(
                    report.exercise(), c.name(), shown.lab(), shown.kernel(), shown.stopAt(), shown.expected(), shown.actual())));
            } else {
                checks.add(new CheckResult(c.name(), c.possible(), c.earned(), false, c.message() + "\n" + why));
            }
        }
        return GradeReport.of(report.exercise(), report.graded(), checks, report.problem());
    }

    /**
     * The least time each lab may take in the child JVM. A lab's run is bounded by its budget of
     * machine operations ({@link #BOUNDARIES}), not by this: a stuck spin in ping-pong uses up its
     * million in about half a minute on the development machine (the child hands the baton between
     * platform threads), more on a busy one. So the limit is generous, and a slow machine gets the same
     * answer as a fast one; it only stops a JVM that hangs outside the simulation.
     */
    static final Duration LAB_TIME = Duration.ofSeconds(180);

    /** Runs the labs with the class under test in a child JVM, judged against the kit's runs. */
    static GradeReport grade(String className, String graded, Limits limits) {
        return new ChildGrader(forLabs(limits)).grade(NAME, graded, checks(MessagingPlugins.KIT),
            LabsChildMain.class.getName(), className, true);
    }

    /** The grading's limits, with at least {@link #LAB_TIME} per lab. */
    static Limits forLabs(Limits limits) {
        return limits.perCheck().compareTo(LAB_TIME) < 0 ? limits.withPerCheck(LAB_TIME) : limits;
    }

    /** The kit's runs of the labs, as the student edition records them ({@link ReferenceRecording#capture}). */
    public static void gradeTheKit() {
        new ChildGrader(forLabs(MessagingExercise.LIMITS)).grade(NAME, "the kit", checks(MessagingPlugins.KIT),
            LabsChildMain.class.getName(), MessagingExercise.KIT_CLASS, false);
    }

    /**
     * One "check" per lab, each running it with the messaging plug-in {@code plugin}; a failed one
     * replays the lab with the student's plug-in ({@value MessagingExercise#PLUGIN}).
     */
    public static List<ObservedCheck> checks(String plugin) {
        List<ObservedCheck> checks = new ArrayList<>();
        for (String lab : LABS) {
            checks.add(new ObservedCheck("the " + lab + " lab runs as with the kit's send and receive", 1,
                o -> observe(o, lab, plugin), new LabReplays(Judge.FIRST_DIFFERENCE, lab,
                Replay.Plugins.messaging(MessagingExercise.PLUGIN), LabReplays.FIRST_FAILURE.orElse(MessagingLabs::atTheEvent))));
        }
        return checks;
    }

    /**
     * The lab's run: its first failure, how it ended, the number of RCCE events, each in the
     * trace's order (which core, the partner or the round, the bytes and the payload's checksum;
     * not the cycle), the last of them, where the run stopped making progress, and each core's
     * console. A run that matches the kit's as far as it goes, and stops short, thus differs first
     * where the kit's went on: in its last event, or without any, in where it stopped.
     */
    static void observe(Observer o, String labName, String plugin) {
        Scenario lab = ShippedLabs.load(labName);
        lab = lab.withKernel(lab.kernel().withMessaging(plugin));
        try (BootedLab booted = LabRunner.boot(lab, ReadyQueuePlugins.get(lab.kernel().readyQueues()))) {
            Machine machine = booted.machine();
            RunResult result = machine.runToBoundary(BOUNDARIES.get(labName), UNTIL_CYCLES * Clocks.TILE_533_UNITS);
            String of = " of the " + labName + " lab";
            o.see("the first failure" + of, firstFailure(machine));
            o.see("how the run" + of + " ended", result.reason() == RunResult.Reason.ALL_IDLE ? "every task done"
                : "still running after tick 6 or "
                + BOUNDARIES.get(labName) + " machine operations");
            List<TraceEntry> entries = rcceEntries(machine);
            List<String> events = entries.stream().map(e -> describe(e, entries)).toList();
            o.see("RCCE events" + of, events.size());
            for (int i = 0; i < events.size(); i++) {
                o.see("RCCE event " + (i + 1) + of, events.get(i));
            }
            if (!events.isEmpty()) {
                o.see("the last RCCE event" + of, events.get(events.size() - 1));
            }
            o.see("where the run" + of + " stops making progress", result.reason() == RunResult.Reason.ALL_IDLE
                ? "nowhere: every task is done" : "tick " + tickAfter(entries) + ": no RCCE event from there on, and"
                + " it does not end");
            for (Core core : machine.cores()) {
                o.see("the console of core " + core.pid() + of, core.consoleText());
            }
        }
    }

    /** The RCCE events of the run, in the trace's order. */
    private static List<TraceEntry> rcceEntries(Machine machine) {
        return machine.trace().entries().stream().filter(e -> e.event() instanceof TraceEvent.MessageSent
            || e.event() instanceof TraceEvent.MessageReceived || e.event() instanceof TraceEvent.BarrierPassed).toList();
    }

    /** An RCCE event as "KIND N: core C ...", N counting that kind across the machine as the debugger's --at does. */
    private static String describe(TraceEntry e, List<TraceEntry> all) {
        long n = all.stream().takeWhile(other -> other != e).filter(other -> other.event().kind().equals(e.event().kind()))
            .count() + 1;
        String at = e.event().kind() + " " + n + ": core " + e.core();
        if (e.event() instanceof TraceEvent.MessageSent s) {
            return at + " sent " + s.bytes() + " bytes to core " + s.toCore() + ", checksum " + s.checksum();
        }
        if (e.event() instanceof TraceEvent.MessageReceived r) {
            return at + " received " + r.bytes() + " bytes from core " + r.fromCore() + ", checksum " + r.checksum();
        }
        TraceEvent.BarrierPassed b = (TraceEvent.BarrierPassed) e.event();
        return at + " passed barrier " + b.round() + " of " + b.members();
    }

    /** The first timer tick after the last RCCE event (the lab's timer runs at 100 Hz), or 1 when there is none. */
    private static long tickAfter(List<TraceEntry> entries) {
        return entries.isEmpty() ? 1 : entries.get(entries.size() - 1).time() / TICK_UNITS + 1;
    }

    /**
     * Stops at the student's run's event where the two differ ("MessageReceived:2"), the state
     * there to see; a run that ended short differs first in its last event, where it got stuck, or,
     * with none, at the first tick after it (tick 1 for a run without any), its cores still spinning.
     */
    static String atTheEvent(String label, String expected, String actual) {
        Matcher m = EVENT.matcher(actual);
        if (m.find()) {
            return m.group(1) + ":" + m.group(2);
        }
        Matcher stuck = STUCK.matcher(actual);
        return stuck.find() ? "tick:" + stuck.group(1) : null;
    }

    private static String firstFailure(Machine machine) {
        for (TraceEvent.Panic p : machine.trace().events(TraceEvent.Panic.class)) {
            return "the kernel panicked in task " + p.task() + ": " + Failures.shorten(p.reason().lines().findFirst().orElse(""));
        }
        for (TraceEvent.Hang h : machine.trace().events(TraceEvent.Hang.class)) {
            return "a hang in task " + h.task() + ": it ran Java without a machine operation for too long (an endless loop?)";
        }
        return "none";
    }
}
