package eduscc.visualizer.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.labs.debug.Session;
import eduscc.labs.scenario.ShippedLabs;
import eduscc.visualizer.app.GoToTarget;
import eduscc.visualizer.app.MainWindow;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.chart.ScatterChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The switch-bench lab in the debugger: the latency tab's "this lab" series holds the samples the
 * run has taken up to the position, point for point, grows as the run goes on and shrinks when the
 * debugger goes back (headless, Monocle).
 */
@ExtendWith(ApplicationExtension.class)
class ThisLabSeriesTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(new Session(ShippedLabs.load("switch-bench")));
        stage.setScene(new Scene(window.root(), 1280, 760));
        stage.show();
    }

    @AfterEach
    void close() {
        window.stop();
    }

    private void goToTick(FxRobot robot, long tick) {
        window.controller().goTo(new GoToTarget(GoToTarget.Kind.TICK, tick), 0).join();
        robot.interact(window::refresh);
    }

    @SuppressWarnings("unchecked")
    private static XYChart.Series<Number, Number> thisLab(FxRobot robot) {
        ScatterChart<Number, Number> chart = robot.lookup("#latency-chart").queryAs(ScatterChart.class);
        return chart.getData().stream().filter(s -> s.getName().equals(LatencyPlot.THIS_LAB)).findFirst().orElse(null);
    }

    @Test
    void theSeriesFollowsThePositionForwardAndBack(FxRobot robot) {
        robot.interact(() -> window.select("switch latency"));
        assertEquals(null, thisLab(robot), "no sample before the first switch between the two tasks");
        goToTick(robot, 40);
        long[] taken = window.controller().session().snapshot().switchSamples().get(0).cycles();
        assertTrue(taken.length >= 30, "ticks 4 to 40 each took one: " + taken.length);
        XYChart.Series<Number, Number> series = thisLab(robot);
        assertEquals(taken.length, series.getData().size());
        List<Long> drawn = series.getData().stream().map(d -> d.getYValue().longValue()).toList();
        assertEquals(java.util.Arrays.stream(taken).boxed().toList(), drawn, "every sample at its own number");
        assertEquals(LatencyPlot.THIS_LAB_SYMBOL, series.getData().get(0).getNode().getStyle(),
            "this lab's points have their own symbol, not the hardware series' blue circle");
        Label legend = robot.lookup(".chart-legend-item").queryAll().stream().map(Label.class::cast)
            .filter(l -> l.getText().equals(LatencyPlot.THIS_LAB)).findFirst().orElseThrow();
        assertEquals(LatencyPlot.THIS_LAB_SYMBOL, legend.getGraphic().getStyle(), "and so has its legend entry");
        String summary = robot.lookup("#latency-summary").queryAs(Label.class).getText();
        assertTrue(summary.startsWith("this lab: min "), summary);
        goToTick(robot, 20);
        int back = window.controller().session().snapshot().switchSamples().get(0).count();
        assertTrue(back < taken.length, back + " samples at tick 20");
        assertEquals(back, thisLab(robot).getData().size(), "going back takes the later points away");
    }
}
