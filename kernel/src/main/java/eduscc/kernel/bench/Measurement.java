package eduscc.kernel.bench;

import java.util.List;

/**
 * A benchmark's samples with each one taken apart ({@link Breakdown}), and how often the caches
 * and TLBs were flushed while sampling ({@code --cold}: once before each sample).
 */
public record Measurement(LatencySamples samples, List<Breakdown> breakdowns, long cacheFlushes) {
    public Measurement {
        breakdowns = List.copyOf(breakdowns);
        if (breakdowns.size() != samples.count()) {
            throw new IllegalArgumentException(samples.label() + ": " + samples.count() + " samples but "
                + breakdowns.size() + " breakdowns");
        }
    }

    /**
     * The median sample taken apart: the first sample, in the order they were taken, whose cycles
     * equal the median (several usually do).
     */
    public Breakdown medianBreakdown() {
        long median = samples.median();
        long[] cycles = samples.cycles();
        for (int i = 0; i < cycles.length; i++) {
            if (cycles[i] == median) {
                return breakdowns.get(i);
            }
        }
        return new Breakdown(List.of());
    }
}
