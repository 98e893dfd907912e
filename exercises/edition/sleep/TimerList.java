package eduscc.kernel.sched;

import java.util.List;

/**
 * STUDENT EDITION. The kit's timer list is not in this tree: every scheduler here keeps its
 * sleeping tasks in YOURS, {@code exercises/src/main/java/eduscc/exercises/sleep/StudentSleep.java},
 * and this class only hands each call to it (the handout:
 * {@code exercises/src/main/resources/eduscc/exercises/sleep/HANDOUT.md}; grade it with
 * {@code ./eduscc grade sleep}).
 *
 * <p>Yours is the sleep plug-in {@code "student"}, which the kit's command line registers; where
 * nothing registered it, this class makes {@code StudentSleep} itself.
 */
public final class TimerList implements TimerQueue {
    /** The student's timer list, made when no plug-in {@code "student"} is registered. */
    private static final String STUDENT_CLASS = "eduscc.exercises.sleep.StudentSleep";

    private final TimerQueue yours = yours();

    private static TimerQueue yours() {
        if (SleepPlugins.isRegistered("student")) {
            return SleepPlugins.get("student").create();
        }
        try {
            return (TimerQueue) Class.forName(STUDENT_CLASS).getConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalStateException("the student edition's kernel runs your " + STUDENT_CLASS + ", which"
                + " cannot be made here (" + e + "): start the kit with ./eduscc", e);
        }
    }

    @Override
    public void add(Task task, long now, long ticks) {
        yours.add(task, now, ticks);
    }

    @Override
    public List<Task> expired(long tick) {
        return yours.expired(tick);
    }

    @Override
    public void remove(Task task) {
        yours.remove(task);
    }

    @Override
    public List<Task> sleepers() {
        return yours.sleepers();
    }
}
