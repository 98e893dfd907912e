package eduscc.labs.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** The words after a subcommand, read one option at a time with clear errors. */
final class Arguments {
    private final Deque<String> words;

    Arguments(List<String> words) {
        this.words = new ArrayDeque<>(words);
    }

    boolean hasNext() {
        return !words.isEmpty();
    }

    String next() {
        return words.removeFirst();
    }

    String value(String option) {
        if (words.isEmpty()) {
            throw new UsageError(option + " needs a value");
        }
        return words.removeFirst();
    }

    long number(String option) {
        String text = value(option);
        try {
            return text.startsWith("0x") ? Long.parseLong(text.substring(2), 16) : Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new UsageError(option + " needs a number, got '" + text + "'");
        }
    }
}
