package eduscc.visualizer.lguest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Exit reasons grouped the way a lecturer counts them: every "hypercall LHCALL_..." is a
 * hypercall, every "page fault at 0x..." a page fault, "interrupt N (the host's)" a host
 * interrupt; any other reason (general protection, a Switcher fault, an exception) is its own
 * kind. The words follow the kernel's ExitReasons, which names each reason by its prefix.
 */
final class ExitKinds {
    /** Reason prefix, kind (singular), kind (plural). */
    private static final String[][] KINDS = {
        {"hypercall", "hypercall", "hypercalls"},
        {"page fault", "page fault", "page faults"},
        {"interrupt", "host interrupt", "host interrupts"},
    };

    private ExitKinds() {
    }

    /** The kind of {@code reason}, singular: "hypercall", "page fault", "general protection". */
    static String of(String reason) {
        for (String[] kind : KINDS) {
            if (reason.startsWith(kind[0])) {
                return kind[1];
            }
        }
        return reason;
    }

    /** "18 general protection", "1 hypercall", "6 hypercalls". */
    static String counted(String kind, int n) {
        if (n != 1) {
            for (String[] k : KINDS) {
                if (k[1].equals(kind)) {
                    return n + " " + k[2];
                }
            }
        }
        return n + " " + kind;
    }

    /**
     * "18 general protection, 6 hypercalls, 4 page faults": the most frequent kind first, ties
     * by name, so the sentence is the same whatever order the exits came in.
     */
    static String summary(Map<String, Integer> counts) {
        List<Map.Entry<String, Integer>> kinds = new ArrayList<>(counts.entrySet());
        kinds.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Integer> k : kinds) {
            parts.add(counted(k.getKey(), k.getValue()));
        }
        return String.join(", ", parts);
    }
}
