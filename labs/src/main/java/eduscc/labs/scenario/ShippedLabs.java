package eduscc.labs.scenario;

import java.util.List;

/**
 * The labs that come with the kit, as resources next to this package ({@code eduscc/labs/NAME.json}).
 * The list is written out, not scanned, so that it reads the same everywhere.
 */
public final class ShippedLabs {
    /** Every shipped lab, in the order a course would use them. */
    public static final List<String> NAMES = List.of("boot", "interrupts", "scheduling", "switch-side-by-side", "syscalls",
        "multicore", "paging", "fork", "thread-create", "thread-create-250hz", "ping-pong", "barrier-48", "locks", "mailbox",
        "lguest", "lguest-fork", "lguest-cores", "switch-bench");

    private ShippedLabs() {
    }

    public static boolean isShipped(String name) {
        return NAMES.contains(name);
    }

    /**
     * Reads a shipped lab; errors name its file, e.g. {@code scheduling.json}.
     *
     * @throws IllegalArgumentException if the kit ships no lab of that name
     */
    public static Scenario load(String name) {
        if (!isShipped(name)) {
            throw new IllegalArgumentException("no shipped lab named '" + name + "'; shipped: " + String.join(", ", NAMES));
        }
        return ScenarioReader.readResource("eduscc/labs/" + name + ".json", name + ".json");
    }
}
