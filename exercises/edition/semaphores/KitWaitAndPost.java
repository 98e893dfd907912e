package eduscc.kernel.sync;

import eduscc.kernel.sched.KernelData;
import eduscc.kernel.sched.Scheduler;

/**
 * STUDENT EDITION. The kit's sem_wait and sem_post are not in this tree: every semaphore and mutex
 * here uses YOURS, {@code exercises/src/main/java/eduscc/exercises/semaphores/StudentSemaphores.java},
 * and this class only hands each call to it (the handout:
 * {@code exercises/src/main/resources/eduscc/exercises/semaphores/HANDOUT.md}; grade it with
 * {@code ./eduscc grade semaphores}).
 *
 * <p>Yours is the semaphore plug-in {@code "student"}, which the kit's command line registers;
 * where nothing registered it, this class makes {@code StudentSemaphores} itself. sem_trywait's
 * one step, taking one from a count above zero, stays here: it is not part of the exercise.
 */
public final class KitWaitAndPost implements WaitAndPost {
    /** The student's semaphore, made when no plug-in {@code "student"} is registered. */
    private static final String STUDENT_CLASS = "eduscc.exercises.semaphores.StudentSemaphores";

    private final WaitAndPost yours;

    public KitWaitAndPost(Scheduler scheduler, KernelData data) {
        this.yours = yours(scheduler, data);
    }

    private static WaitAndPost yours(Scheduler scheduler, KernelData data) {
        if (SemaphorePlugins.isRegistered("student")) {
            return SemaphorePlugins.get("student").create(scheduler, data);
        }
        try {
            return (WaitAndPost) Class.forName(STUDENT_CLASS).getConstructor(Scheduler.class, KernelData.class)
                .newInstance(scheduler, data);
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalStateException("the student edition's kernel runs your " + STUDENT_CLASS + ", which"
                + " cannot be made here (" + e + "): start the kit with ./eduscc", e);
        }
    }

    @Override
    public void semWait(Semaphore sem) {
        yours.semWait(sem);
    }

    @Override
    public void semPost(Semaphore sem) {
        yours.semPost(sem);
    }

    /** sem_trywait: takes one from the count if it is above zero. */
    static boolean takeOne(Semaphore sem) {
        int count = sem.readValue();
        boolean positive = count > 0;
        if (positive) {
            sem.writeValue(count - 1);
        }
        return positive;
    }
}
