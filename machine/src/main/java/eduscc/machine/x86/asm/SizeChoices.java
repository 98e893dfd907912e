package eduscc.machine.x86.asm;

import java.util.HashMap;
import java.util.Map;

/**
 * Remembers, across passes, how large each value-dependent encoding has had to become: a jump
 * short (0) or near (1); a displacement absent (0), one byte (1) or full width (2); an immediate
 * sign-extended from a byte (0) or full width (1).
 *
 * <p>Every choice starts at the smallest form and can only grow. A near jump that pushes its
 * target out of another jump's reach can therefore never make the first jump short again, so the
 * passes cannot oscillate and the layout always settles. Nothing is lost by this: each pass
 * decides on the complete layout of the pass before (see {@link Pass}), and in such a layout the
 * distance between two labels only grows from pass to pass, so a form that had to grow once would
 * have to grow again.
 *
 * <p>A choice is identified by its line and by its order within the line (a {@code times} line
 * has one per repetition), which is the same in every pass because it depends only on the
 * operands' syntax.
 */
final class SizeChoices {
    private final Map<Long, Integer> levels = new HashMap<>();
    private boolean grew;

    Line line(int lineNumber) {
        return new Line(lineNumber);
    }

    /** Whether any choice grew since the last call; resets the flag for the next pass. */
    boolean grewSinceLastAsked() {
        boolean result = grew;
        grew = false;
        return result;
    }

    /** The choices of one line in one pass, numbered in the order the encoders ask for them. */
    final class Line {
        private final int lineNumber;
        private int next;

        private Line(int lineNumber) {
            this.lineNumber = lineNumber;
        }

        /** The size level to use, at least {@code needed} and never below what it was before. */
        int choose(int needed) {
            long key = ((long) lineNumber << 32) | next++;
            int before = levels.getOrDefault(key, 0);
            if (needed > before) {
                levels.put(key, needed);
                grew = true;
                return needed;
            }
            return before;
        }
    }
}
