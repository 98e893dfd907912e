package eduscc.machine.trace;

/**
 * The running 64-bit hash of a trace, fed with each entry's binary fields rather than its text,
 * one word at a time: an int, a long or a boolean is one word; a string is two, its length and its
 * Java hash code ({@link String#hashCode}, which the Java specification fixes and each String
 * keeps once computed, so the names and labels that events repeat cost nothing to hash again);
 * null is the single word -1. The length in front keeps ("ab", "c") apart from ("a", "bc").
 *
 * <p>Each word is mixed in by one step in the manner of FNV-1a, widened from a byte to a word:
 * xor the word in, multiply by the 64-bit FNV prime, and fold the high half onto the low half (a
 * multiplication only carries differences upwards; the fold brings them back down). Two runs of
 * the same scenario feed the same words in the same order, so they end with the same hash;
 * formatting text is left to the views that show it.
 */
public final class TraceHash {
    static final long OFFSET = 0xcbf29ce484222325L;
    static final long PRIME = 0x100000001b3L;

    /** Each event kind's name, looked up once per class. */
    private static final ClassValue<String> KIND = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> type) {
            return type.getSimpleName();
        }
    };

    private long value = OFFSET;

    public long value() {
        return value;
    }

    /** One trace entry: its place, time and core, the event's kind, then the event's own fields. */
    public void add(TraceEntry entry) {
        add(entry.seq()).add(entry.time()).add(entry.core()).add(KIND.get(entry.event().getClass()));
        entry.event().hashFields(this);
    }

    public TraceHash add(int v) {
        mix(v);
        return this;
    }

    public TraceHash add(long v) {
        mix(v);
        return this;
    }

    public TraceHash add(boolean v) {
        mix(v ? 1 : 0);
        return this;
    }

    /** A string, or null (fed as the word -1). */
    public TraceHash add(String s) {
        if (s == null) {
            mix(-1);
        } else {
            mix(s.length());
            mix(s.hashCode());
        }
        return this;
    }

    /** One step: the word in, then the FNV prime, then the high half folded down. */
    static long step(long hash, long word) {
        long h = (hash ^ word) * PRIME;
        return h ^ (h >>> 32);
    }

    private void mix(long word) {
        value = step(value, word);
    }
}
