package eduscc.kernel.bench;

import eduscc.kernel.arch.InterruptPath;
import eduscc.machine.cpu.CycleLedger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One sample taken apart: its cycles part by part of the interrupt path ({@link InterruptPath}),
 * in path order, each with the cycles of it that were memory stalls (latency beyond the
 * instructions' base costs). The parts add up to the sample exactly.
 */
public record Breakdown(List<Part> parts) {
    /** One part of the path: its cycles and how many of them the memory hierarchy added. */
    public record Part(String component, long cycles, long memoryStallCycles) {
    }

    public Breakdown {
        parts = List.copyOf(parts);
    }

    /**
     * What the core's ledger booked between two readings of its totals ({@link CycleLedger#readTotals}),
     * parts in path order ({@link InterruptPath#ORDER}); parts that took no cycles are left out.
     */
    public static Breakdown between(List<String> components, long[] before, long[] after) {
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < components.size(); i++) {
            long cycles = after[2 * i] - before[2 * i];
            if (cycles != 0) {
                parts.add(new Part(components.get(i), cycles, after[2 * i + 1] - before[2 * i + 1]));
            }
        }
        parts.sort(Comparator.comparingInt(p -> InterruptPath.position(p.component())));
        return new Breakdown(parts);
    }

    /** The sample these parts add up to. */
    public long total() {
        return parts.stream().mapToLong(Part::cycles).sum();
    }

    public long memoryStallCycles() {
        return parts.stream().mapToLong(Part::memoryStallCycles).sum();
    }

    /** The parts' names in path order. */
    public List<String> components() {
        return parts.stream().map(Part::component).toList();
    }

    /** The cycles of one part, 0 if the sample spent none there. */
    public long cyclesOf(String component) {
        return parts.stream().filter(p -> p.component().equals(component)).mapToLong(Part::cycles).sum();
    }
}
