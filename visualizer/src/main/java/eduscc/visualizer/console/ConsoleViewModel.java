package eduscc.visualizer.console;

import eduscc.labs.debug.DebugSnapshot;
import eduscc.machine.snapshot.CoreSnapshot;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What each core has written to its debug port 0xE9 (the bytes the kernel and the lab's tasks
 * print, as Bochs' port-E9 hack shows them), as text per core. The trace has one ConsoleOutput
 * event per character; here they are the text a student reads.
 *
 * @param consoles the text of every core that has written something, by core
 */
public record ConsoleViewModel(SortedMap<Integer, String> consoles) {

    public ConsoleViewModel {
        consoles = new TreeMap<>(consoles);
    }

    public static ConsoleViewModel of(DebugSnapshot snapshot) {
        SortedMap<Integer, String> consoles = new TreeMap<>();
        for (CoreSnapshot core : snapshot.machine().cores()) {
            if (!core.console().isEmpty()) {
                consoles.put(core.pid(), core.console());
            }
        }
        return new ConsoleViewModel(consoles);
    }

    /**
     * How a text area that shows {@code shown} comes to show {@code now}: the run went on, so
     * only the new characters are appended (the area keeps its place and does not redraw the
     * rest); after a step back the text is shorter or different and is replaced.
     *
     * @param append true: add {@code text} at the end; false: replace everything by {@code text}
     */
    public record Update(boolean append, String text) {
        public static Update from(String shown, String now) {
            if (now.startsWith(shown)) {
                return new Update(true, now.substring(shown.length()));
            }
            return new Update(false, now);
        }

        public boolean nothing() {
            return append && text.isEmpty();
        }
    }
}
