package eduscc.exercises.readyqueues;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * Hostile: forgets to clear the bit (as {@link ForgetsTheBit.Bit}) and, when loaded, overwrites by
 * reflection every static field it can find in the grader's classes with a value that would pass
 * it (the old grader kept its expected ordering in {@code LabCheck.reference}).
 */
final class TampersWithTheGrader extends ForgetsTheBit {
    static final List<String> GRADER = List.of("eduscc.exercises.readyqueues.LabCheck",
        "eduscc.exercises.readyqueues.ReadyQueuesExercise", "eduscc.exercises.grading.ChildGrader",
        "eduscc.exercises.grading.Judge", "eduscc.exercises.grading.Limits", "eduscc.exercises.observing.FrameSeal");

    static {
        for (String name : GRADER) {
            try {
                for (Field f : Class.forName(name).getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers()) && !f.getType().isPrimitive()) {
                        f.setAccessible(true);
                        try {
                            f.set(null, null);
                        } catch (IllegalAccessException e) {
                            // final: try the next
                        }
                    }
                }
            } catch (ClassNotFoundException | RuntimeException e) {
                // not in this JVM
            }
        }
    }

    TampersWithTheGrader(IntUnaryOperator bsr) {
        super(bsr, true, false);
    }
}
