package eduscc.exercises.grading;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs an exercise's checks one at a time, each on a thread of its own, so that student code that
 * throws, overflows its stack or loops for ever costs that check's points and nothing more.
 *
 * <p>The wall-clock limit per check is the one timing decision the grader makes, as the engine's
 * hang detector is the simulator's: it says nothing about speed, only that the check never ended.
 * A thread that overruns cannot be stopped from outside; it is a daemon, left behind, and the
 * next check starts on a fresh one.
 */
public final class Grader {
    /** A few seconds: far beyond any check's need, short enough to wait for. */
    public static final Duration DEFAULT_LIMIT = Duration.ofSeconds(5);

    private final Duration limit;

    public Grader(Duration limit) {
        this.limit = limit;
    }

    public Grader() {
        this(DEFAULT_LIMIT);
    }

    public GradeReport grade(String exercise, String graded, List<Check> checks) {
        List<CheckResult> results = new ArrayList<>();
        for (Check check : checks) {
            String failure = run(check);
            results.add(failure == null ? CheckResult.passed(check) : CheckResult.failed(check, failure));
        }
        return GradeReport.of(exercise, graded, results);
    }

    /** Null if the check passed; otherwise why it failed. */
    private String run(Check check) {
        FutureTask<Void> task = new FutureTask<>(() -> {
            check.body().run();
            return null;
        });
        Thread thread = new Thread(task, "eduscc-grade-" + check.name());
        thread.setDaemon(true);
        thread.start();
        try {
            task.get(limit.toMillis(), TimeUnit.MILLISECONDS);
            return null;
        } catch (TimeoutException e) {
            return "did not finish within " + limit.toSeconds() + " s: an endless loop?" + where(thread.getStackTrace());
        } catch (ExecutionException e) {
            return describe(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "grading was interrupted";
        }
    }

    /** A failed expectation says what it found; anything else is named with where it was thrown. */
    static String describe(Throwable t) {
        if (t instanceof CheckFailed) {
            return t.getMessage();
        }
        String message = t.getMessage() == null ? "" : ": " + t.getMessage();
        return t.getClass().getSimpleName() + message + where(t.getStackTrace());
    }

    /** The first frame outside the JDK, e.g. {@code (at StudentReadyQueues.enqueue(StudentReadyQueues.java:41))}. */
    private static String where(StackTraceElement[] stack) {
        for (StackTraceElement frame : stack) {
            String cls = frame.getClassName();
            if (!cls.startsWith("java.") && !cls.startsWith("jdk.") && !cls.startsWith("sun.")) {
                return " (at " + cls.substring(cls.lastIndexOf('.') + 1) + "." + frame.getMethodName() + "("
                    + frame.getFileName() + ":" + frame.getLineNumber() + "))";
            }
        }
        return "";
    }
}
