package eduscc.exercises.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import eduscc.exercises.grading.GradeReport;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * How far the student is: {@code eduscc grade} without an exercise lists every exercise with its
 * state, and {@code eduscc grade all} ends with a table of what it graded.
 *
 * <p>An exercise's state comes from the {@link GradeBook} and the student's class files
 * ({@link StarterMarks}):
 * <ul>
 *   <li><b>not started</b>: never graded, and the starter's TODO markers are still in the class;
 *   <li><b>not graded yet</b>: never graded, and no TODO marker is left;
 *   <li><b>E/P points</b>: the last grading's points; "passed" when that was every point, and
 *       "changed since" when the class is no longer the one graded.
 * </ul>
 */
final class GradeOverview {
    /** One line of the list. */
    record State(String exercise, String studentClass, String state, Integer earned, Integer possible, boolean passed,
                 boolean changedSince, int todosLeft) {
    }

    private final PrintStream out;
    private final GradeBook book;
    private final List<GradeCommand.Exercise> exercises;

    /** @param exercises the exercises to list, in order ({@link GradeCommand#ALL}) */
    GradeOverview(PrintStream out, GradeBook book, List<GradeCommand.Exercise> exercises) {
        this.out = out;
        this.book = book;
        this.exercises = List.copyOf(exercises);
    }

    /** Every exercise's state, in order. */
    List<State> states() {
        GradeBook.Book graded = book.read();
        List<State> states = new ArrayList<>();
        for (GradeCommand.Exercise exercise : exercises) {
            states.add(state(exercise, graded.exercises().get(exercise.name())));
        }
        return states;
    }

    private static State state(GradeCommand.Exercise exercise, GradeBook.Entry last) {
        StarterMarks marks = StarterMarks.of(exercise.studentClass());
        String simple = StarterMarks.simpleName(exercise.studentClass());
        int todos = marks == null ? 0 : marks.todos().size();
        if (marks == null) {
            return new State(exercise.name(), simple, "no class " + exercise.studentClass() + " on the kit's class path",
                null, null, false, false, 0);
        }
        if (last == null) {
            return new State(exercise.name(), simple, marks.hasTodos() ? "not started" : "not graded yet", null, null,
                false, false, todos);
        }
        boolean changed = !last.fingerprint().equals(marks.fingerprint());
        return new State(exercise.name(), simple, last.earned() + "/" + last.possible() + " points", last.earned(),
            last.possible(), last.passed(), changed, todos);
    }

    /** Prints the list (or its JSON); returns the exit code, 0. */
    int list(boolean json) {
        List<State> states = states();
        if (json) {
            out.println(pretty(states));
            return 0;
        }
        out.println("eduSCC exercises (the last gradings are kept in " + book.file() + "):");
        int width = states.stream().mapToInt(s -> s.exercise().length()).max().orElse(0);
        for (State s : states) {
            out.println(String.format("  %-" + width + "s  %-16s %s", s.exercise(), s.state(), remark(s)).stripTrailing());
        }
        out.println("Grade one with ./eduscc grade NAME, every one with ./eduscc grade all.");
        return 0;
    }

    private static String remark(State s) {
        List<String> notes = new ArrayList<>();
        if (s.passed()) {
            notes.add("passed");
        }
        if (s.changedSince()) {
            notes.add(s.studentClass() + " changed since: grade it again");
        }
        if (s.todosLeft() > 0) {
            notes.add(s.todosLeft() + (s.todosLeft() == 1 ? " TODO" : " TODOs") + " left in " + s.studentClass());
        }
        return String.join("; ", notes);
    }

    /** The table after {@code grade all}: each exercise's points and verdict, and the sum. */
    void summary(List<GradeReport> reports, boolean kept) {
        int width = Math.max("total".length(), reports.stream().mapToInt(r -> r.exercise().length()).max().orElse(0));
        out.println("eduSCC grade all: " + reports.size() + " exercises");
        int earned = 0;
        int possible = 0;
        int passed = 0;
        for (GradeReport r : reports) {
            out.printf("  %-" + width + "s  %7s  %s%n", r.exercise(), r.earned() + "/" + r.possible(),
                r.passed() ? "passed" : r.problem().isEmpty() ? "FAILED" : "FAILED: " + r.problem());
            earned += r.earned();
            possible += r.possible();
            passed += r.passed() ? 1 : 0;
        }
        out.printf("  %-" + width + "s  %7s  %d of %d passed%n", "total", earned + "/" + possible, passed, reports.size());
        if (kept) {
            out.println("  (kept in " + book.file() + ")");
        }
    }

    private static String pretty(Object value) {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
