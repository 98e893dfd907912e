package eduscc.machine.cpu;

/**
 * The {@link TranslationShortcut}s of one kind of access (fetch, read or write): the last few
 * pages that kind went to. A kernel switching tasks reads its code, the ready queues, the task
 * table and two stacks in turn; one remembered page would be forgotten at almost every access.
 * Like the shortcut itself, the set is invisible to the model: which page it holds changes no
 * charge and no byte, only how quickly the simulator finds the bytes again.
 */
final class TranslationShortcuts {
    /** How many pages are remembered: enough for the pages a task switch touches. */
    static final int PAGES = 8;

    private final TranslationShortcut[] shortcuts = new TranslationShortcut[PAGES];
    /** The one used last: most accesses go to the page of the access before. */
    private TranslationShortcut last;
    /** The one a page not held replaces next (round robin). */
    private int next;

    TranslationShortcuts(Registers regs, LogicalMemory memory, boolean fetch, boolean write) {
        for (int i = 0; i < PAGES; i++) {
            shortcuts[i] = new TranslationShortcut(regs, memory, fetch, write);
        }
        last = shortcuts[0];
    }

    /** The shortcut that remembers the page of {@code linear}, else the one to remember it in. */
    TranslationShortcut forPage(int linear) {
        int page = linear >>> 12;
        if (last.remembers(page)) {
            return last;
        }
        for (TranslationShortcut shortcut : shortcuts) {
            if (shortcut.remembers(page)) {
                last = shortcut;
                return shortcut;
            }
        }
        last = shortcuts[next];
        next = (next + 1) % PAGES;
        return last;
    }
}
