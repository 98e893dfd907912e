package eduscc.visualizer.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Zoom and pan of the timeline without a window. */
class TimeWindowTest {
    private static TimeWindow window(long end) {
        TimeWindow w = new TimeWindow();
        w.setEnd(end);
        return w;
    }

    @Test
    void zoomingInAboutAPointKeepsThatPointUnderTheMouse() {
        TimeWindow w = window(10_000);
        double x = w.xOf(2_500, 800);
        w.zoom(4, 2_500);
        assertEquals(2_500, w.span());
        assertEquals(x, w.xOf(2_500, 800), 1e-9);
    }

    @Test
    void zoomingOutStopsAtTheWholeRun() {
        TimeWindow w = window(10_000);
        w.zoom(2);
        w.zoom(0.1);
        assertTrue(w.isFitted());
        assertEquals(0, w.start());
    }

    @Test
    void zoomingInStopsAtTenCycles() {
        TimeWindow w = window(10_000);
        w.zoom(1e9, 5_000);
        assertEquals(TimeWindow.MIN_SPAN, w.span());
    }

    @Test
    void panningStopsAtBothEnds() {
        TimeWindow w = window(10_000);
        w.zoom(10);
        w.pan(-1e9);
        assertEquals(0, w.start());
        w.pan(1e9);
        assertEquals(10_000, w.visibleEnd());
    }

    @Test
    void aFittedWindowFollowsTheRunAndAZoomedOneStays() {
        TimeWindow fitted = window(10_000);
        fitted.setEnd(20_000);
        assertEquals(20_000, fitted.span());
        TimeWindow zoomed = window(10_000);
        zoomed.zoom(5, 0);
        zoomed.setEnd(20_000);
        assertEquals(0, zoomed.start());
        assertEquals(2_000, zoomed.span());
    }

    @Test
    void timeAtIsTheInverseOfXOf() {
        TimeWindow w = window(1_000_000);
        w.zoom(3, 400_000);
        assertEquals(400_000, w.timeAt(w.xOf(400_000, 640), 640), 1);
        assertEquals(0, window(1_000_000).timeAt(-50, 640), "left of the plot is the start of the run");
        assertEquals(1_000_000, window(1_000_000).timeAt(700, 640), "right of it, the end");
    }

    @Test
    void rulerTicksAreRoundCycleCounts() {
        TimeWindow w = window(30L * 1000);
        List<TimeAxis.Tick> ticks = TimeAxis.CYCLES.ticks(w, 1000, 100);
        assertEquals(List.of("0", "100", "200", "300", "400", "500", "600", "700", "800", "900", "1,000"),
            ticks.stream().map(TimeAxis.Tick::label).toList());
        assertEquals(30 * 100, ticks.get(1).time(), 1e-9);
    }

    @Test
    void niceStepsAreOneTwoOrFiveTimesAPowerOfTen() {
        assertEquals(5, TimeAxis.niceStep(3));
        assertEquals(1, TimeAxis.niceStep(0.7));
        assertEquals(200, TimeAxis.niceStep(101));
        assertEquals(0.02, TimeAxis.niceStep(0.015), 1e-12);
    }

    @Test
    void millisecondsAreSixteenMillionUnits() {
        assertEquals("1.500000 ms", TimeAxis.MILLISECONDS.describe(24_000_000));
        assertEquals("cycle 1,000", TimeAxis.CYCLES.describe(30_000));
    }
}
