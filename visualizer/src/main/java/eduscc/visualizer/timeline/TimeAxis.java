package eduscc.visualizer.timeline;

import eduscc.machine.time.Clocks;
import java.util.ArrayList;
import java.util.List;

/**
 * The timeline's ruler: global time shown as 533 MHz core cycles (what the trace table and the
 * lab texts count) or as milliseconds (what timer frequencies are written in), with ticks at
 * round 1, 2, 5 x 10^n steps.
 */
public enum TimeAxis {
    CYCLES("cycles", Clocks.TILE_533_UNITS),
    MILLISECONDS("ms", 1_000_000L * Clocks.UNITS_PER_NS);

    private final String unit;
    private final double unitsPerStep;

    TimeAxis(String unit, double unitsPerStep) {
        this.unit = unit;
        this.unitsPerStep = unitsPerStep;
    }

    public String unit() {
        return unit;
    }

    /** Global time in this axis's unit. */
    public double convert(double time) {
        return time / unitsPerStep;
    }

    /** A tick of the ruler: where it is in global time and what it says. */
    public record Tick(double time, String label) { }

    /** Round ticks for the window, at least {@code minGap} pixels apart in a plot {@code width} wide. */
    public List<Tick> ticks(TimeWindow window, double width, double minGap) {
        double from = convert(window.start());
        double to = convert(window.visibleEnd());
        double step = niceStep((to - from) * minGap / Math.max(1, width));
        List<Tick> ticks = new ArrayList<>();
        long first = (long) Math.ceil(from / step);
        for (long i = first; i * step <= to && ticks.size() < 1000; i++) {
            ticks.add(new Tick(i * step * unitsPerStep, format(i * step, step)));
        }
        return ticks;
    }

    /** The smallest 1, 2 or 5 x 10^n not below {@code raw}. */
    static double niceStep(double raw) {
        if (!(raw > 0)) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * power >= raw) {
                return m * power;
            }
        }
        return 10 * power;
    }

    private String format(double value, double step) {
        if (this == CYCLES || step >= 1) {
            return String.format("%,d", Math.round(value));
        }
        int decimals = (int) Math.min(6, Math.ceil(-Math.log10(step)));
        return String.format("%." + decimals + "f", value);
    }

    /** A time as a number in this unit: "21,335,906" cycles or "400.151234" ms. */
    public String value(double time) {
        return this == CYCLES ? String.format("%,d", Math.round(convert(time))) : String.format("%.6f", convert(time));
    }

    /** A time as the status line shows it: "cycle 21,335,906" or "400.151234 ms". */
    public String describe(double time) {
        return this == CYCLES ? "cycle " + value(time) : value(time) + " ms";
    }

    @Override
    public String toString() {
        return unit;
    }
}
