package eduscc.visualizer.cpu;

/**
 * One value of the CPU view as text, with whether it differs from the previous snapshot.
 *
 * @param text    what the view prints, e.g. {@code 0x0010F000}
 * @param changed the value is not what it was at the previous snapshot
 */
public record Value(String text, boolean changed) {

    static Value hex32(int now, int before) {
        return new Value(String.format("0x%08X", now), before != now);
    }

    static Value hex16(int now, int before) {
        return new Value(String.format("0x%04X", now & 0xFFFF), before != now);
    }

    static Value text(String now, String before) {
        return new Value(now, !before.equals(now));
    }
}
