package eduscc.labs.run;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * A long record kept within a fixed size: its first {@code head} items and its last {@code tail},
 * and how many in between were left out. A lab that runs at 10 kHz for minutes makes millions of
 * scheduler decisions; its report shows how it started and how it ended, and says how much it
 * skipped, so memory and output stay bounded however long the run. Unbounded when asked for
 * everything ({@code run --full}).
 */
final class KeptEnds<T> {
    private final int head;
    private final int tail;
    private final List<T> first = new ArrayList<>();
    private final ArrayDeque<T> last = new ArrayDeque<>();
    private long leftOut;

    private KeptEnds(int head, int tail) {
        this.head = head;
        this.tail = tail;
    }

    /** Keeps the first {@code head} and the last {@code tail} items. */
    static <T> KeptEnds<T> ends(int head, int tail) {
        return new KeptEnds<>(head, tail);
    }

    /** Keeps every item. */
    static <T> KeptEnds<T> everything() {
        return new KeptEnds<>(Integer.MAX_VALUE, 0);
    }

    void add(T item) {
        if (first.size() < head) {
            first.add(item);
            return;
        }
        last.addLast(item);
        if (last.size() > tail) {
            last.removeFirst();
            leftOut++;
        }
    }

    /** The items before the gap (all of them when nothing was left out). */
    List<T> first() {
        return List.copyOf(first);
    }

    /** The items after the gap (empty when nothing was left out and the head holds them all). */
    List<T> last() {
        return List.copyOf(last);
    }

    /** Every kept item in order: the first ones, then the last ones. */
    List<T> kept() {
        List<T> all = new ArrayList<>(first);
        all.addAll(last);
        return List.copyOf(all);
    }

    /** How many items fell between the first and the last ones kept. */
    long leftOut() {
        return leftOut;
    }
}
