package eduscc.visualizer.bench;

import eduscc.kernel.bench.ContextSwitchBenchmark;
import eduscc.kernel.bench.LatencySamples;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The latency plot's view model: context-switch latencies with hardware task switching (the TSS
 * and a far JMP, SDM §7.3) and with the kernel's software stack switch, as the MetalSVM paper
 * compares them. It reads and writes the CSV of {@code eduscc bench} ({@code sample,mode,cycles},
 * one row per sample, hardware rows first), so a plot can come from a saved run.
 */
public record SwitchLatencies(LatencySamples hardware, LatencySamples software) {
    public static final String HEADER = "sample,mode,cycles";
    public static final String HARDWARE = "hardware";
    public static final String SOFTWARE = "software";

    /** Runs the benchmark both ways, {@code count} switches each; takes seconds, so not on the FX thread. */
    public static SwitchLatencies measure(int count) {
        return new SwitchLatencies(ContextSwitchBenchmark.run(true, count), ContextSwitchBenchmark.run(false, count));
    }

    /**
     * Reads a CSV written by {@code eduscc bench} or by {@link #writeCsv}.
     *
     * @throws IllegalArgumentException naming the file and line of a row that is not
     *         {@code sample,mode,cycles} with samples numbered 0, 1, 2, ... per mode
     */
    public static SwitchLatencies readCsv(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the latency samples " + file, e);
        }
        if (lines.isEmpty() || !lines.get(0).trim().equals(HEADER)) {
            throw new IllegalArgumentException(file + ":1: expected the header '" + HEADER + "'");
        }
        List<Long> hardware = new ArrayList<>();
        List<Long> software = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (line.isEmpty()) {
                continue;
            }
            String where = file + ":" + (i + 1) + ": ";
            String[] fields = line.split(",");
            if (fields.length != 3) {
                throw new IllegalArgumentException(where + "expected sample,mode,cycles, found '" + line + "'");
            }
            List<Long> series = switch (fields[1].trim()) {
                case HARDWARE -> hardware;
                case SOFTWARE -> software;
                default -> throw new IllegalArgumentException(where + "mode must be hardware or software, was '"
                    + fields[1].trim() + "'");
            };
            if (number(fields[0], where, "sample") != series.size()) {
                throw new IllegalArgumentException(where + "expected " + fields[1].trim() + " sample " + series.size()
                    + ", found " + fields[0].trim());
            }
            series.add(number(fields[2], where, "cycles"));
        }
        return new SwitchLatencies(samples(HARDWARE, hardware), samples(SOFTWARE, software));
    }

    private static long number(String field, String where, String what) {
        try {
            long value = Long.parseLong(field.trim());
            if (value < 0) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where + what + " must be a whole number >= 0, was '" + field.trim() + "'");
        }
    }

    private static LatencySamples samples(String label, List<Long> cycles) {
        return new LatencySamples(label, cycles.stream().mapToLong(Long::longValue).toArray());
    }

    /** Writes the samples in the format of {@code eduscc bench}: hardware rows, then software rows. */
    public void writeCsv(Path file) {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        rows(text, HARDWARE, hardware);
        rows(text, SOFTWARE, software);
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the latency samples " + file, e);
        }
    }

    private static void rows(StringBuilder text, String mode, LatencySamples samples) {
        long[] cycles = samples.cycles();
        for (int i = 0; i < cycles.length; i++) {
            text.append(i).append(',').append(mode).append(',').append(cycles[i]).append('\n');
        }
    }

    /** The line a paper would print: "hardware: min 512, median 530, max 1,024 cycles (2,000 samples)". */
    public static String summary(LatencySamples s) {
        if (s.count() == 0) {
            return s.label() + ": no samples";
        }
        return String.format("%s: min %,d, median %,d, max %,d cycles (%,d samples)", s.label(), s.min(), s.median(),
            s.max(), s.count());
    }
}
