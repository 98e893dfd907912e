package eduscc.labs.scenario;

import java.nio.file.Files;
import java.nio.file.Path;
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

    /**
     * What a command line names as its lab: a shipped lab by name, else a lab file by path. Errors
     * in a file name the file and the field ({@link ScenarioReader#read}).
     *
     * @throws IllegalArgumentException if it is neither, listing the shipped labs
     */
    public static Scenario shippedOrFile(String nameOrPath) {
        if (isShipped(nameOrPath)) {
            return load(nameOrPath);
        }
        Path file = Path.of(nameOrPath);
        if (!Files.exists(file)) {
            throw new IllegalArgumentException("no shipped lab and no file named '" + nameOrPath + "'; shipped labs: "
                + String.join(", ", NAMES));
        }
        return ScenarioReader.read(file);
    }
}
