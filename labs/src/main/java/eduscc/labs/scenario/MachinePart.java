package eduscc.labs.scenario;

import eduscc.machine.MachineConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The machine a lab runs on: which cores sccReset releases (their pids, 0..47) and, optionally,
 * how many core cycles one core may run ahead of the others (the engine's quantum; 1000 if left
 * out). The file's order of pids does not matter: cores run in pid order.
 */
public record MachinePart(List<Integer> cores, Long quantum) {
    public static final int MAX_PID = 47;
    public static final long MAX_QUANTUM = 1_000_000_000L;

    public MachinePart {
        FieldError.required(cores, "cores", "the pids of the cores to release, e.g. [0]");
        if (cores.isEmpty()) {
            throw new FieldError("cores", "names no core; list at least one pid, e.g. [0]");
        }
        TreeSet<Integer> seen = new TreeSet<>();
        for (int i = 0; i < cores.size(); i++) {
            Integer pid = FieldError.required(cores.get(i), "cores[" + i + "]", "a pid 0..47");
            FieldError.inRange(pid, 0, MAX_PID, "cores[" + i + "]");
            if (!seen.add(pid)) {
                throw new FieldError("cores[" + i + "]", "core " + pid + " is listed twice");
            }
        }
        cores = List.copyOf(new ArrayList<>(seen));
        if (quantum != null) {
            FieldError.inRange(quantum, 1, MAX_QUANTUM, "quantum");
        }
    }

    /** The engine's settings: the quantum given, the kit's default hang detection. */
    public MachineConfig config() {
        return quantum == null ? MachineConfig.DEFAULT : new MachineConfig(quantum, MachineConfig.DEFAULT.hangMillis());
    }
}
