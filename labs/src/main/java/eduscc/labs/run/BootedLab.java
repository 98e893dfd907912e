package eduscc.labs.run;

import eduscc.kernel.Kernel;
import eduscc.machine.Machine;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** A lab's machine right after boot, and the kernel of each released core (by pid). */
public record BootedLab(Machine machine, SortedMap<Integer, Kernel> kernels) implements AutoCloseable {

    public BootedLab(Machine machine, Map<Integer, Kernel> kernels) {
        this(machine, new TreeMap<>(kernels));
    }

    @Override
    public void close() {
        machine.close();
    }
}
