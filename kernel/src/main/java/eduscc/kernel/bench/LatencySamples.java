package eduscc.kernel.bench;

import java.util.Arrays;

/** Latency samples in core cycles, with the figures a paper reports: minimum, median, maximum. */
public record LatencySamples(String label, long[] cycles) {
    public LatencySamples {
        cycles = cycles.clone();
    }

    @Override
    public long[] cycles() {
        return cycles.clone();
    }

    public int count() {
        return cycles.length;
    }

    public long min() {
        return Arrays.stream(cycles).min().orElse(0);
    }

    public long max() {
        return Arrays.stream(cycles).max().orElse(0);
    }

    /** The middle sample (the lower middle for an even count). */
    public long median() {
        if (cycles.length == 0) {
            return 0;
        }
        long[] sorted = cycles.clone();
        Arrays.sort(sorted);
        return sorted[(sorted.length - 1) / 2];
    }
}
