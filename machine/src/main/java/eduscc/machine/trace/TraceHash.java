package eduscc.machine.trace;

/**
 * The running 64-bit FNV-1a hash of a trace, fed with each entry's binary fields rather than its
 * text: an int is its four bytes, a long its eight (low byte first), a boolean one byte, a string
 * its length and then each UTF-16 unit as two bytes (null as the length -1). The length in front keeps ("ab", "c") apart
 * from ("a", "bc"). Two runs of the same scenario feed the same bytes in the same order, so they
 * end with the same hash; formatting text is left to the views that show it.
 */
public final class TraceHash {
    static final long FNV_OFFSET = 0xcbf29ce484222325L;
    static final long FNV_PRIME = 0x100000001b3L;

    /** Each event kind's name, looked up once per class. */
    private static final ClassValue<String> KIND = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> type) {
            return type.getSimpleName();
        }
    };

    private long value = FNV_OFFSET;

    public long value() {
        return value;
    }

    /** One trace entry: its place, time and core, the event's kind, then the event's own fields. */
    public void add(TraceEntry entry) {
        add(entry.seq()).add(entry.time()).add(entry.core()).add(KIND.get(entry.event().getClass()));
        entry.event().hashFields(this);
    }

    public TraceHash add(int v) {
        for (int shift = 0; shift < 32; shift += 8) {
            addByte(v >>> shift);
        }
        return this;
    }

    public TraceHash add(long v) {
        for (int shift = 0; shift < 64; shift += 8) {
            addByte((int) (v >>> shift));
        }
        return this;
    }

    public TraceHash add(boolean v) {
        addByte(v ? 1 : 0);
        return this;
    }

    /** A string, or null (fed as the length -1). */
    public TraceHash add(String s) {
        if (s == null) {
            return add(-1);
        }
        add(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            addByte(c);
            addByte(c >>> 8);
        }
        return this;
    }

    private void addByte(int b) {
        value = (value ^ (b & 0xFF)) * FNV_PRIME;
    }
}
