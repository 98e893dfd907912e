package eduscc.exercises.observing;

import java.util.List;

/**
 * What one check saw, as it travels from the JVM that ran the code under test to the grader.
 *
 * @param values the values the check recorded, in order ({@link Observer#values()})
 * @param threw  null if the check ran to its end; otherwise what the code under test threw and
 *               where, e.g. {@code UnsupportedOperationException: TODO enqueue (at StudentReadyQueues.enqueue(...))}
 */
public record CheckObservations(List<String> values, String threw) {

    public CheckObservations {
        values = List.copyOf(values);
    }
}
