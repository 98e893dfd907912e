package eduscc.visualizer.timeline;

/**
 * The part of the timeline on screen: a visible range of global time inside [0, end], changed by
 * zooming about a point and by panning. Plain state with no JavaFX, so zoom and pan are tested
 * without a window; the view maps it to pixels with {@link #xOf} and {@link #timeAt}.
 *
 * <p>While the whole run is visible the window follows the run: a later snapshot with a later end
 * widens it. Once zoomed in it stays where the user put it.
 */
public final class TimeWindow {
    /** The narrowest window: ten 533 MHz core cycles, so single instructions stay apart. */
    public static final double MIN_SPAN = 300;

    private double end = 1;
    private double start;
    private double span = 1;

    /** A new end of the run (a new snapshot); a fitted window grows with it, a zoomed one is kept. */
    public void setEnd(long newEnd) {
        boolean fitted = isFitted();
        end = Math.max(1, newEnd);
        if (fitted) {
            fit();
        } else {
            clamp();
        }
    }

    public void fit() {
        start = 0;
        span = end;
    }

    /** Magnifies by {@code factor} (above 1 zooms in) keeping {@code anchor} where it is on screen. */
    public void zoom(double factor, double anchor) {
        double next = Math.max(Math.min(MIN_SPAN, end), Math.min(end, span / factor));
        start = anchor - (anchor - start) * next / span;
        span = next;
        clamp();
    }

    /** Zooms about the middle of the window (the + and - buttons). */
    public void zoom(double factor) {
        zoom(factor, start + span / 2);
    }

    /** Moves the window by {@code delta} time units (positive: later). */
    public void pan(double delta) {
        start += delta;
        clamp();
    }

    /** Puts the window's left edge at {@code time} (the scroll bar). */
    public void scrollTo(double time) {
        start = time;
        clamp();
    }

    private void clamp() {
        span = Math.min(span, end);
        start = Math.max(0, Math.min(start, end - span));
    }

    public boolean isFitted() {
        return start <= 0 && span >= end;
    }

    public double start() {
        return start;
    }

    public double span() {
        return span;
    }

    public double visibleEnd() {
        return start + span;
    }

    public double end() {
        return end;
    }

    /** The x of {@code time} in a plot {@code width} pixels wide (outside [0, width] if off screen). */
    public double xOf(double time, double width) {
        return (time - start) / span * width;
    }

    /** The time at {@code x} pixels from the plot's left edge, within [0, end]. */
    public long timeAt(double x, double width) {
        double time = start + x / width * span;
        return (long) Math.max(0, Math.min(end, Math.floor(time)));
    }
}
