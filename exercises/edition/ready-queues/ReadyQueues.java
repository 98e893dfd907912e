package eduscc.kernel.sched;

import eduscc.kernel.arch.KernelLayout;
import java.util.List;
import java.util.Objects;
import java.util.function.IntUnaryOperator;

/**
 * STUDENT EDITION. The kit's ready queue is not in this tree: every kernel here runs YOUR queue,
 * {@code exercises/src/main/java/eduscc/exercises/readyqueues/StudentReadyQueues.java}, and this
 * class only hands each call to it. Write yours (the handout:
 * {@code exercises/src/main/resources/eduscc/exercises/readyqueues/HANDOUT.md}), grade it with
 * {@code ./eduscc grade ready-queues}, and every lab schedules with it.
 *
 * <p>Your queue is the ready-queue plug-in {@code "student"}, which the kit's command line registers;
 * where nothing registered it (a JVM that did not start through the kit), this class makes
 * {@code StudentReadyQueues} itself. The layout of eduOS's {@code readyqueues_t} stays here, for the
 * kernel's lock word: your queue keeps its lists on the Java heap instead.
 */
public final class ReadyQueues implements ReadyQueue {
    public static final int IDLE = 0;
    public static final int OLD_TASK = 4;
    public static final int NR_TASKS = 8;
    public static final int PRIO_BITMAP = 12;
    public static final int QUEUE = 16;
    public static final int LOCK = QUEUE + TaskList.SIZE * (Priority.MAX_PRIO - 1);
    public static final int SIZE = LOCK + 4;
    /** The student's queue, made when no plug-in {@code "student"} is registered. */
    private static final String STUDENT_CLASS = "eduscc.exercises.readyqueues.StudentReadyQueues";

    private final ReadyQueue yours;
    private final int address;

    public ReadyQueues(IntUnaryOperator bsr) {
        this(bsr, null, KernelLayout.READY_QUEUES, null);
    }

    public ReadyQueues(IntUnaryOperator bsr, KernelData data, int address, TaskTable table) {
        this.yours = yours(Objects.requireNonNull(bsr, "bsr"));
        this.address = address;
    }

    private static ReadyQueue yours(IntUnaryOperator bsr) {
        if (ReadyQueuePlugins.isRegistered("student")) {
            return ReadyQueuePlugins.get("student").create(bsr);
        }
        try {
            return (ReadyQueue) Class.forName(STUDENT_CLASS).getConstructor(IntUnaryOperator.class).newInstance(bsr);
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalStateException("the student edition's kernel runs your " + STUDENT_CLASS + ", which"
                + " cannot be made here (" + e + "): start the kit with ./eduscc", e);
        }
    }

    public static ReadyQueues withJavaBsr() {
        return new ReadyQueues(value -> value == 0 ? -1 : 31 - Integer.numberOfLeadingZeros(value));
    }

    public static int listAddress(int base, int prio) {
        return base + QUEUE + TaskList.SIZE * (prio - 1);
    }

    @Override
    public void enqueue(Task t) {
        yours.enqueue(t);
    }

    @Override
    public void remove(Task t) {
        yours.remove(t);
    }

    @Override
    public Task dequeue(int priority) {
        return yours.dequeue(priority);
    }

    @Override
    public int highestPriority() {
        return yours.highestPriority();
    }

    @Override
    public int prioBitmap() {
        return yours.prioBitmap();
    }

    /** How many tasks wait in your lists. */
    public int queuedTasks() {
        int waiting = 0;
        for (int prio = Priority.LOW; prio < Priority.MAX_PRIO; prio++) {
            waiting += yours.tasksAt(prio).size();
        }
        return waiting;
    }

    @Override
    public List<Task> tasksAt(int priority) {
        return yours.tasksAt(priority);
    }

    public int address() {
        return address;
    }

    @Override
    public String toString() {
        return yours.toString();
    }
}
