package eduscc.machine.cpu;

import java.util.ArrayList;
import java.util.List;

/**
 * The wires into a core's LINT0 and LINT1 pins. A change made by another core (through GLCFG or
 * the global interrupt controller) reaches this core at an arrival time; the core applies it at
 * its first instruction boundary at or after that time (DESIGN §3).
 */
final class InterruptLines {
    private record Change(long arrival, long order, int pin, boolean asserted) { }

    private final List<Change> pending = new ArrayList<>();
    private long order;

    void clear() {
        pending.clear();
    }

    /** Keeps the changes sorted by arrival, then by the order they were made. */
    void add(int pin, boolean asserted, long arrival) {
        Change change = new Change(arrival, order++, pin, asserted);
        int at = pending.size();
        while (at > 0 && pending.get(at - 1).arrival() > arrival) {
            at--;
        }
        pending.add(at, change);
    }

    /** Applies every change that has arrived by {@code now} to the APIC's pins. */
    void applyArrived(long now, LocalApic apic) {
        while (!pending.isEmpty() && pending.get(0).arrival() <= now) {
            Change c = pending.remove(0);
            apic.lint(c.pin(), c.asserted());
        }
    }

    long nextArrival() {
        return pending.isEmpty() ? Long.MAX_VALUE : pending.get(0).arrival();
    }
}
