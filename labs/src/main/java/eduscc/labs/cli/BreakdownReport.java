package eduscc.labs.cli;

import eduscc.kernel.arch.InterruptPath;
import eduscc.kernel.bench.Breakdown;
import eduscc.kernel.bench.LatencySamples;
import eduscc.kernel.bench.Measurement;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How {@code bench} shows a measured path: min, median and max, and the median sample taken apart
 * part by part (the core's cycle ledger, see {@link InterruptPath}), in JSON and as a small table
 * a lecturer can read aloud. With {@code --cold}, the cold measurement stands beside the warm one.
 */
final class BreakdownReport {
    private BreakdownReport() {
    }

    /** {@code {min, median, max, samples, breakdown: [{component, cycles, memoryStallCycles}], cold: {...}}}. */
    static Map<String, Object> json(Measurement warm, Measurement cold) {
        Map<String, Object> m = json(warm);
        if (cold != null) {
            m.put("cold", json(cold));
        }
        return m;
    }

    private static Map<String, Object> json(Measurement measurement) {
        LatencySamples s = measurement.samples();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("min", s.min());
        m.put("median", s.median());
        m.put("max", s.max());
        m.put("samples", s.count());
        List<Map<String, Object>> parts = new ArrayList<>();
        for (Breakdown.Part part : measurement.medianBreakdown().parts()) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("component", part.component());
            p.put("cycles", part.cycles());
            p.put("memoryStallCycles", part.memoryStallCycles());
            parts.add(p);
        }
        m.put("breakdown", parts);
        return m;
    }

    /**
     * The median sample part by part, indented under its figure; with a cold measurement, its
     * median's parts in two more columns. Parts come in path order, a part only one of them has
     * shows "-" in the other.
     */
    static void print(PrintStream out, Measurement warm, Measurement cold) {
        Breakdown w = warm.medianBreakdown();
        Breakdown c = cold == null ? null : cold.medianBreakdown();
        String head = "      median sample, part by part";
        if (c == null) {
            out.printf("%-36s %7s %14s%n", head, "cycles", "memory stalls");
        } else {
            out.printf("%-36s %7s %14s %7s %14s%n", head, "warm", "memory stalls", "cold", "memory stalls");
        }
        for (String component : components(w, c)) {
            String row = String.format("        %-28s %7s %14s", component, cycles(w, component), stalls(w, component));
            if (c != null) {
                row += String.format(" %7s %14s", cycles(c, component), stalls(c, component));
            }
            out.println(row);
        }
        String total = String.format("        %-28s %7d %14d", "total", w.total(), w.memoryStallCycles());
        if (c != null) {
            total += String.format(" %7d %14d", c.total(), c.memoryStallCycles());
        }
        out.println(total);
    }

    private static List<String> components(Breakdown w, Breakdown c) {
        List<String> all = new ArrayList<>(w.components());
        if (c != null) {
            c.components().stream().filter(name -> !all.contains(name)).forEach(all::add);
            all.sort((a, b) -> Integer.compare(InterruptPath.position(a), InterruptPath.position(b)));
        }
        return all;
    }

    private static String cycles(Breakdown b, String component) {
        return b.components().contains(component) ? Long.toString(b.cyclesOf(component)) : "-";
    }

    private static String stalls(Breakdown b, String component) {
        return b.parts().stream().filter(p -> p.component().equals(component)).findFirst()
            .map(p -> Long.toString(p.memoryStallCycles())).orElse("-");
    }
}
