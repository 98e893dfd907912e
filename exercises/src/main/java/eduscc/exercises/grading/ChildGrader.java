package eduscc.exercises.grading;

import eduscc.exercises.observing.CheckObservations;
import eduscc.exercises.observing.Frame;
import eduscc.exercises.observing.ObservedCheck;
import eduscc.labs.scenario.Replay;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The grader. It runs the code under test in a child JVM ({@link ChildProcess}) under
 * {@link Limits}, and judges what the child reports against the same checks run on the kit's
 * reference here, in the grader's JVM (in the student edition: against what they showed when the
 * edition was made, {@link ReferenceRecording}). The verdict, the points and the exit code are made here
 * only: the code under test cannot reach them, not even by reflection, because they live in
 * another process. Its printing, {@code System.exit}, shutdown hooks and exceptions can only make
 * its own report late, short or broken, which fails it.
 *
 * <p>A check that runs past its time is the one wall-clock decision: it says the code under test
 * never finished, nothing about the simulation, which runs the same however long it takes. The
 * grader kills that child and goes on with the next check in a fresh one.
 */
public final class ChildGrader {
    /** A JVM takes well under a second to start; a loaded machine gets this long on top of a check's time. */
    private static final long START_MILLIS = 30_000;

    private final Limits limits;

    public ChildGrader(Limits limits) {
        this.limits = limits;
    }

    /**
     * @param reference    the checks on the kit's own implementation, run here
     * @param childMain    the child's main class; it takes {@code className FIRST_CHECK MAX_THREADS}
     * @param className    the class under test, on the grader's class path (or the reset stub under test)
     * @param kitUseCounts false when the class under test is the kit's own (for {@code --reference})
     */
    public GradeReport grade(String exercise, String graded, List<ObservedCheck> reference, String childMain,
                             String className, boolean kitUseCounts) {
        // A reset stub (NAME.asm) is a source the child assembles; its exercise checks that it is there.
        if (!className.endsWith(".asm") && ClassLoader.getSystemResource(className.replace('.', '/') + ".class") == null) {
            throw new IllegalArgumentException("no class " + className + " on the class path");
        }
        ReferenceRecording.Expected expected = ReferenceRecording.expected(exercise, reference);
        Session session = new Session(exercise, reference, expected.observations(), expected.labels(), kitUseCounts);
        while (session.next < reference.size() && session.problem == null) {
            List<String> args = List.of(className, Integer.toString(session.next), Integer.toString(limits.maxThreads()));
            try (ChildProcess child = ChildProcess.start(limits, childMain, args)) {
                session.follow(child);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start a JVM for the code under test: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                session.problem = "grading was interrupted";
            }
        }
        return session.report(exercise, graded);
    }

    /** The grading of one class across the children it takes: what was judged so far, and what went wrong. */
    private final class Session {
        final String exercise;
        final List<ObservedCheck> checks;
        final List<CheckObservations> expected;
        final List<List<String>> labels;
        final boolean kitUseCounts;
        final List<CheckResult> results = new ArrayList<>();
        int next;
        String problem;
        String kitUse;

        Session(String exercise, List<ObservedCheck> checks, List<CheckObservations> expected, List<List<String>> labels,
                boolean kitUseCounts) {
            this.exercise = exercise;
            this.checks = checks;
            this.expected = expected;
            this.labels = labels;
            this.kitUseCounts = kitUseCounts;
        }

        /** Reads one child's report until it is done, stops, breaks or runs out of time. */
        void follow(ChildProcess child) throws InterruptedException {
            int running = -1;
            long deadline = System.nanoTime() / 1_000_000 + START_MILLIS + limits.perCheck().toMillis();
            while (true) {
                Object message = child.next(deadline - System.nanoTime() / 1_000_000);
                if (message == null) {
                    if (running < 0 && next == 0) {
                        problem = "the JVM that runs your code did not start its first check in time";
                    } else {
                        results.add(CheckResult.failed(checks.get(next), "did not finish within "
                            + limits.perCheck().toSeconds() + " s: an endless loop, or a wait that never ends?"
                            + " (the grader stopped the JVM that ran it; grade --check-seconds changes the limit)"));
                        next++;
                    }
                    return;
                }
                if (ChildProcess.isEnd(message)) {
                    problem = ended(child, running);
                    return;
                }
                if (message instanceof ChildProcess.Broken broken) {
                    problem = "the report of the JVM that runs your code was broken (" + broken.why() + "): your code"
                        + " printed into it or replayed it";
                    return;
                }
                Frame frame = (Frame) message;
                switch (frame.type()) {
                    case Frame.BEGIN -> {
                        if (frame.check() != next) {
                            problem = "the JVM that runs your code began check " + frame.check() + " instead of " + next;
                            return;
                        }
                        running = next;
                        deadline = System.nanoTime() / 1_000_000 + limits.perCheck().toMillis();
                    }
                    case Frame.OBSERVED -> {
                        if (frame.check() != running) {
                            problem = "the JVM that runs your code reported check " + frame.check() + " out of turn";
                            return;
                        }
                        results.add(judge(running, frame.observed()));
                        next = running + 1;
                        running = -1;
                        deadline = System.nanoTime() / 1_000_000 + limits.perCheck().toMillis();
                    }
                    case Frame.KIT_USE -> kitUse = frame.text();
                    case Frame.MISBEHAVED -> {
                        problem = frame.text() + (running >= 0 ? " (during check '" + checks.get(running).name() + "')" : "");
                        return;
                    }
                    case Frame.DONE -> {
                        return;
                    }
                    default -> {
                        problem = "the JVM that runs your code sent an unknown report: " + frame.type();
                        return;
                    }
                }
            }
        }

        CheckResult judge(int index, CheckObservations observed) {
            ObservedCheck check = checks.get(index);
            String why = check.judge().judge(labels.get(index), expected.get(index).values(), observed);
            if (why == null) {
                return CheckResult.passed(check);
            }
            if (why.contains("OutOfMemoryError")) {
                why += " (the JVM that runs your code has " + limits.heapMegabytes() + " MB of heap; grade --heap-mb"
                    + " changes it)";
            }
            Replay replay = check.judge() instanceof ReplayJudge lab
                ? lab.replay(exercise, check.name(), labels.get(index), expected.get(index).values(), observed) : null;
            return CheckResult.failed(check, why, replay);
        }

        /** Why the child's report ended before it was done. */
        String ended(ChildProcess child, int running) throws InterruptedException {
            Integer code = child.exitCode();
            String exit = code == null ? "" : " with exit code " + code;
            if (running < 0 && next == 0 && results.isEmpty()) {
                String stderr = child.stderr();
                return "the JVM that runs your code stopped" + exit + " before its first check"
                    + (stderr.isEmpty() ? "" : ": " + stderr.lines().limit(5).reduce((a, b) -> a + " | " + b).orElse(""));
            }
            String when = running >= 0 ? "during check '" + checks.get(running).name() + "'"
                : "after check '" + checks.get(next - 1).name() + "'";
            return "your code ended the JVM that runs it" + exit + " " + when
                + " (System.exit, Runtime.halt or a crash), which a submission must not do";
        }

        GradeReport report(String exercise, String graded) {
            List<CheckResult> all = new ArrayList<>();
            boolean notItsOwn = kitUseCounts && kitUse != null;
            for (int i = 0; i < checks.size(); i++) {
                if (notItsOwn) {
                    all.add(CheckResult.failed(checks.get(i), "not counted: the submission is not your own code (see below)"));
                } else if (i < results.size()) {
                    all.add(results.get(i));
                } else {
                    all.add(CheckResult.failed(checks.get(i), "not run: grading stopped (see below)"));
                }
            }
            String why = notItsOwn ? "your submission uses the kit's own implementation instead of your code: " + kitUse
                : problem == null ? "" : problem;
            return GradeReport.of(exercise, graded, all, why);
        }
    }
}
