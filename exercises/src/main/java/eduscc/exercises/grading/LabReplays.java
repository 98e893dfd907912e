package eduscc.exercises.grading;

import eduscc.exercises.observing.CheckObservations;
import eduscc.labs.scenario.Replay;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A judge for a check that runs a lab, whose failure the debugger can show: it judges as the
 * judge it wraps, and for a failed check it names the first differing value that has a place in
 * the run, and that place, where the debugger should stop to show it ({@code gui --replay}). Where
 * no differing value has one (a count, the console at the end), there is nothing to replay.
 */
public final class LabReplays implements ReplayJudge {
    /** The debugger's stop for a differing value (a point as {@code gui --at} takes it), or null for none. */
    @FunctionalInterface
    public interface StopAt {
        String at(String label, String expected, String actual);

        /** This stop, or {@code other}'s where this one names none. */
        default StopAt orElse(StopAt other) {
            return (label, expected, actual) -> {
                String at = at(label, expected, actual);
                return at != null ? at : other.at(label, expected, actual);
            };
        }
    }

    private static final Pattern AT_TICK = Pattern.compile("at tick (\\d+)");

    private final Judge judge;
    private final List<String> labs;
    private final Replay.Plugins kernel;
    private final StopAt stopAt;

    /**
     * @param judge  how the check is judged
     * @param lab    the lab the check runs: a shipped one, or an exercise's own ({@code ExerciseLabs})
     * @param kernel the student's plug-in, by its registered name, as the replay runs the lab
     * @param stopAt where the debugger stops for a value
     */
    public LabReplays(Judge judge, String lab, Replay.Plugins kernel, StopAt stopAt) {
        this(judge, List.of(lab), kernel, stopAt);
    }

    /**
     * For a check that runs several shipped labs, one after the other: a value belongs to the lab
     * its label names ("tick 3 of the interrupts lab"), or to the first of {@code labs} if it names none.
     *
     * @param labs the shipped labs the check runs, in its order
     */
    public LabReplays(Judge judge, List<String> labs, Replay.Plugins kernel, StopAt stopAt) {
        if (labs.isEmpty()) {
            throw new IllegalArgumentException("a lab check runs at least one lab");
        }
        this.judge = judge;
        this.labs = List.copyOf(labs);
        this.kernel = kernel;
        this.stopAt = stopAt;
    }

    @Override
    public String judge(List<String> labels, List<String> expected, CheckObservations actual) {
        return judge.judge(labels, expected, actual);
    }

    /**
     * The replay of a failed check: at its first differing value that has a place in the run (one
     * without, such as a task's first EFLAGS or the console at the end, is passed over for the next
     * that differs); null when no differing value has one.
     */
    @Override
    public Replay replay(String exercise, String check, List<String> labels, List<String> expected, CheckObservations actual) {
        List<String> got = actual.values();
        for (int i = 0; i < Math.min(expected.size(), got.size()); i++) {
            if (!expected.get(i).equals(got.get(i))) {
                String at = stopAt.at(labels.get(i), expected.get(i), got.get(i));
                if (at != null) {
                    return new Replay(exercise, check, labOf(labels.get(i)), kernel, at, expected.get(i), got.get(i));
                }
            }
        }
        return null;
    }

    /** The lab a value's label names as "the NAME lab", the longest name first; else the first lab. */
    private String labOf(String label) {
        String named = null;
        for (String lab : labs) {
            if (label.contains("the " + lab + " lab") && (named == null || lab.length() > named.length())) {
                named = lab;
            }
        }
        return named != null ? named : labs.get(0);
    }

    /**
     * Stops at the start of the earlier tick the two values name ("t2 at tick 6"): the timer tick
     * whose decision went differently, before the decision. A value from before the first tick
     * stops at the start of the run.
     */
    public static final StopAt EARLIER_TICK = (label, expected, actual) -> {
        long tick = Math.min(tick(expected), tick(actual));
        if (tick == Long.MAX_VALUE) {
            return null;
        }
        return tick == 0 ? "position:0" : "tick:" + tick;
    };

    /**
     * Stops at the Nth event of {@code kind} when the label is {@code prefix + N + ...}, e.g. the
     * label "page fault 3 of the paging lab" with prefix "page fault " stops at PageFaultResolved:3.
     */
    public static StopAt nthEvent(String prefix, String kind) {
        return (label, expected, actual) -> {
            if (!label.startsWith(prefix)) {
                return null;
            }
            String rest = label.substring(prefix.length());
            int end = 0;
            while (end < rest.length() && Character.isDigit(rest.charAt(end))) {
                end++;
            }
            return end == 0 ? null : kind + ":" + rest.substring(0, end);
        };
    }

    /**
     * Stops at the kernel's first failure when the student's run failed and the kit's did not: the
     * panic, the hang or the triple fault the value describes ("the kernel panicked in task ...",
     * "the kernel stopped in task ...", which is how a boot check words a panic, "a hang in task
     * ..."), where the broken state is there to see.
     */
    public static final StopAt FIRST_FAILURE = (label, expected, actual) -> {
        if (!expected.equals("none")) {
            return null;
        }
        if (actual.contains("panic") || actual.startsWith("the kernel stopped in ")) {
            return "Panic:1";
        }
        if (actual.contains("hang") || actual.contains("without a machine operation")) {
            return "Hang:1";
        }
        return actual.contains("triple fault") ? "TripleFault:1" : null;
    };

    /**
     * For a check that boots a core of its own rather than a lab ({@code CheckBoot}): stops at the
     * kernel's failure during its boot ("the kernel stopped in boot: ..."), before the kernel
     * starts a task. Up to there, every shipped lab boots as the check does, with the same
     * plug-in, and fails the same way; a failure in one of the check's own tasks has no lab.
     */
    public static final StopAt FAILURE_IN_THE_BOOT = (label, expected, actual) ->
        actual.startsWith("the kernel stopped in boot: ") || actual.startsWith("task boot ran Java ")
            ? FIRST_FAILURE.at(label, expected, actual) : null;

    private static long tick(String value) {
        Matcher m = AT_TICK.matcher(value);
        return m.find() ? Long.parseLong(m.group(1)) : Long.MAX_VALUE;
    }
}
