package eduscc.machine.snapshot;

import eduscc.machine.Machine;
import eduscc.machine.cpu.Core;
import java.util.ArrayList;
import java.util.List;

/** Every core at one pause of the engine, with where the run stands. */
public record MachineSnapshot(long boundaries, long traceEvents, String traceHash, List<CoreSnapshot> cores) {

    public MachineSnapshot {
        cores = List.copyOf(cores);
    }

    /** Call only while the machine is paused (between two runs); each core comes with its tables. */
    public static MachineSnapshot of(Machine machine) {
        List<CoreSnapshot> cores = new ArrayList<>();
        for (Core core : machine.cores()) {
            cores.add(CoreSnapshot.of(core, machine.chip()));
        }
        return new MachineSnapshot(machine.boundaries(), machine.trace().size(), machine.trace().hashHex(), cores);
    }

    public CoreSnapshot core(int pid) {
        return cores.get(pid);
    }
}
