package eduscc.visualizer.memory;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a user types into the memory view's address field: a hex address as the other views show
 * them ({@code 0x00101000}, {@code 101000}, {@code 101000h}) or a landmark's name ({@code esp},
 * {@code gdt}). A landmark brings its own address space.
 */
final class AddressInput {
    private AddressInput() {
    }

    /** The landmark named {@code text}, or a landmark-less address in no particular space (name ""). */
    static Optional<Landmark> parse(String text, List<Landmark> landmarks) {
        String t = text.trim().toLowerCase(Locale.ROOT).replace("_", "");
        for (Landmark l : landmarks) {
            if (l.name().toLowerCase(Locale.ROOT).equals(t)) {
                return Optional.of(l);
            }
        }
        if (t.startsWith("0x")) {
            t = t.substring(2);
        } else if (t.endsWith("h")) {
            t = t.substring(0, t.length() - 1);
        }
        if (t.isEmpty() || t.length() > 8 || !t.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(new Landmark("", null, (int) Long.parseLong(t, 16)));
    }

    /** The sentence for text that is neither. */
    static String problem(String text, List<Landmark> landmarks) {
        return "'" + text.trim() + "' is not an address: type hex such as 0x00101000, or one of "
            + String.join(", ", landmarks.stream().map(l -> l.name().toLowerCase(Locale.ROOT)).toList());
    }
}
