package eduscc.visualizer.app;

import java.util.Locale;

/**
 * What the tool bar's "go to" field asks for: a timer tick, a core cycle, a position (instruction
 * boundaries since the start) or a trace event by its number. Typed as "tick 6", "cycle 5333333",
 * "position 937" (or just "937") and "event 412" (or "#412"); the first letter of the word is
 * enough ("t6", "c 5333333", "p937", "e412").
 */
public record GoToTarget(Kind kind, long value) {

    /** The unit of a go-to. */
    public enum Kind { TICK, CYCLE, POSITION, EVENT }

    public GoToTarget {
        if (value < 0) {
            throw new IllegalArgumentException("go to: " + kind.name().toLowerCase(Locale.ROOT) + " must be 0 or more, got "
                + value);
        }
    }

    /**
     * Reads the field's text.
     *
     * @throws IllegalArgumentException naming what was typed and what the field accepts
     */
    public static GoToTarget parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replace("_", "").replace(",", "");
        Kind kind = Kind.POSITION;
        if (t.startsWith("#")) {
            kind = Kind.EVENT;
            t = t.substring(1);
        } else if (!t.isEmpty() && Character.isLetter(t.charAt(0))) {
            int digits = 0;
            while (digits < t.length() && Character.isLetter(t.charAt(digits))) {
                digits++;
            }
            kind = kindOf(t.substring(0, digits), text);
            t = t.substring(digits);
        }
        try {
            return new GoToTarget(kind, Long.parseLong(t.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(usage(text));
        }
    }

    private static Kind kindOf(String word, String text) {
        for (Kind k : Kind.values()) {
            String name = k.name().toLowerCase(Locale.ROOT);
            if (name.startsWith(word)) {
                return k;
            }
        }
        throw new IllegalArgumentException(usage(text));
    }

    private static String usage(String text) {
        return "go to '" + text + "': type a tick, a cycle, a position or an event, e.g. 'tick 6', 'cycle 5333333', "
            + "'position 937' (or '937'), 'event 412' (or '#412')";
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(Locale.ROOT) + " " + value;
    }
}
