package eduscc.labs.run;

import eduscc.kernel.Kernel;
import eduscc.machine.Machine;
import eduscc.machine.trace.TraceEvent;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Looks, between two steps of a headless run, whether the lab is stuck in a messaging deadlock
 * ({@link MessagingDeadlock}). One look at a paused machine is not enough: a core may have just set
 * the flag another spins on, which that core reads at its next look. So the watch calls a deadlock
 * only when the same cores spun for the same things at two looks in a row and no core wrote
 * anything another core can see in between (no write packet on the mesh): then every spinner read
 * its flag again meanwhile, still unset, and nobody was left to set it.
 */
final class DeadlockWatch implements BooleanSupplier {
    private final Map<Integer, Kernel> kernels;
    private long writes;
    private long writesAtLastLook = -1;
    private List<String> lastSpins = List.of();
    private List<MessagingDeadlock.Spinner> confirmed = List.of();

    DeadlockWatch(Machine machine, Map<Integer, Kernel> kernels) {
        this.kernels = kernels;
        machine.trace().addListener(e -> {
            if (e.event() instanceof TraceEvent.MeshPacket p && p.target().contains("WRITE")) {
                writes++;
            }
        });
    }

    /** One look: true when this look and the one before found the same spins and no write came between. */
    @Override
    public boolean getAsBoolean() {
        List<MessagingDeadlock.Spinner> spinners = MessagingDeadlock.find(kernels);
        List<String> spins = spinners.stream().map(s -> s.pid() + " " + s.task() + " " + s.waitingFor()).toList();
        boolean stuck = !spins.isEmpty() && spins.equals(lastSpins) && writes == writesAtLastLook;
        lastSpins = spins;
        writesAtLastLook = writes;
        if (stuck) {
            confirmed = spinners;
        }
        return stuck;
    }

    /** The spinning cores of the deadlock the watch called, or empty. */
    List<MessagingDeadlock.Spinner> deadlocked() {
        return confirmed;
    }
}
