package eduscc.visualizer.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The timeline of the finished scheduling lab, headless (Monocle): zoom, pan and click to jump. */
@ExtendWith(ApplicationExtension.class)
class TimelineViewTest {
    private TimelineView view;
    private final AtomicReference<Long> jumpedTo = new AtomicReference<>();

    @Start
    void start(Stage stage) {
        view = new TimelineView();
        view.show(SchedulingRun.finished(), 0);
        view.setOnJumpToTime(jumpedTo::set);
        stage.setScene(new Scene((Parent) view.node(), 1000, 400));
        stage.sizeToScene();
        stage.show();
    }

    @Test
    void theWholeRunIsVisibleAtFirst(FxRobot robot) {
        assertEquals(0, view.visibleStart());
        assertEquals(view.model().end(), view.visibleSpan());
        String range = robot.lookup("#timeline-range").queryAs(Label.class).getText();
        assertEquals("0 \u2013 70,635,011 of 70,635,011 cycles", range, "the scheduling lab ends at cycle 70,635,011");
    }

    @Test
    void theZoomButtonNarrowsTheVisibleRangeAndFitWidensItAgain(FxRobot robot) {
        double whole = view.visibleSpan();
        robot.clickOn("#timeline-zoom-in");
        assertEquals(whole / 1.5, view.visibleSpan(), 1);
        assertTrue(view.visibleStart() > 0, "zoomed about the middle");
        robot.clickOn("#timeline-fit");
        assertEquals(whole, view.visibleSpan());
    }

    /**
     * One wheel notch zooms by 1.5 about the time under the mouse. Which way the robot's "up" turns
     * the wheel differs between Monocle and desktop platforms, so either direction is accepted.
     */
    @Test
    void theMouseWheelZoomsAboutThePointUnderIt(FxRobot robot) {
        zoomIn(robot, 3);
        double span = view.visibleSpan();
        long anchor = (long) (view.visibleStart() + span / 3);
        Point2D before = view.screenPoint(0, anchor);
        robot.moveTo(before);
        robot.scroll(1, VerticalDirection.DOWN);
        double ratio = span / view.visibleSpan();
        assertTrue(Math.abs(ratio - 1.5) < 1e-6 || Math.abs(ratio - 1 / 1.5) < 1e-6, "zoom ratio " + ratio);
        assertEquals(before.getX(), view.screenPoint(0, anchor).getX(), 1.0, "the time under the mouse stays put");
    }

    private void zoomIn(FxRobot robot, int times) {
        robot.interact(() -> {
            for (int i = 0; i < times; i++) {
                robot.lookup("#timeline-zoom-in").queryButton().fire();
            }
        });
    }

    @Test
    void draggingPansAZoomedTimeline(FxRobot robot) {
        zoomIn(robot, 4);
        double before = view.visibleStart();
        robot.drag(view.screenPoint(0, (long) (before + view.visibleSpan() / 2))).moveBy(-200, 0).release(MouseButton.PRIMARY);
        assertTrue(view.visibleStart() > before, "dragging left shows later times: " + before + " -> " + view.visibleStart());
        assertEquals(null, jumpedTo.get(), "a drag is not a click");
    }

    @Test
    void clickingASegmentAsksToJumpToATimeInsideIt(FxRobot robot) {
        Segment normalB = view.model().lane(0).orElseThrow().segments().get(5);
        assertEquals("normal-b", normalB.task());
        robot.clickOn(view.screenPoint(0, normalB.start() + normalB.duration() / 2));
        assertNotNull(jumpedTo.get(), "the click fired the jump callback");
        assertTrue(normalB.contains(jumpedTo.get()), jumpedTo.get() + " is not in " + normalB);
    }

    @Test
    void hoveringNamesTheTaskAndWhyItRuns(FxRobot robot) {
        Segment normalB = view.model().lane(0).orElseThrow().segments().get(5);
        robot.moveTo(view.screenPoint(0, normalB.start() + normalB.duration() / 2));
        String text = robot.lookup("#timeline-hover").queryAs(Label.class).getText();
        assertTrue(text.startsWith("core 0: normal-b (round robin) at cycle "), text);
    }
}
