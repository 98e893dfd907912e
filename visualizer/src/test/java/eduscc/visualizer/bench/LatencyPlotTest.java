package eduscc.visualizer.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.kernel.bench.ContextSwitchBenchmark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.chart.ScatterChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The scatter plot from a small CSV, headless (Monocle); and a short real benchmark run. */
@ExtendWith(ApplicationExtension.class)
class LatencyPlotTest {
    @TempDir
    static Path dir;

    private LatencyPlot plot;

    @Start
    void start(Stage stage) throws Exception {
        Path csv = Files.writeString(dir.resolve("bench.csv"), SwitchLatenciesTest.BENCH_CSV);
        plot = LatencyPlot.fromCsv(csv);
        stage.setScene(new Scene((Parent) plot.node(), 800, 500));
        stage.sizeToScene();
        stage.show();
    }

    @Test
    void hardwareAndSoftwareAreTwoSeriesWithTheirSampleCounts(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ScatterChart<Number, Number> chart = robot.lookup("#latency-chart").queryAs(ScatterChart.class);
        assertEquals(List.of("hardware switching", "software switching"),
            chart.getData().stream().map(XYChart.Series::getName).toList());
        assertEquals(List.of(3, 2), chart.getData().stream().map(s -> s.getData().size()).toList());
        assertEquals(760L, chart.getData().get(0).getData().get(2).getYValue(), "sample 2 of hardware");
        String summary = robot.lookup("#latency-summary").queryAs(Label.class).getText();
        assertTrue(summary.contains("software: min 299, median 299, max 301 cycles (2 samples)"), summary);
    }

    @Test
    void exportedCsvReadsBackAsTheSamplesShown(FxRobot robot) {
        Path out = dir.resolve("exported.csv");
        plot.exportCsv(out);
        SwitchLatencies back = SwitchLatencies.readCsv(out);
        assertArrayEquals(plot.latencies().hardware().cycles(), back.hardware().cycles());
        assertArrayEquals(plot.latencies().software().cycles(), back.software().cycles());
    }

    /** With the network task on, the samples that span it are a second series, at their own sample numbers. */
    @Test
    void theNetworkTasksSamplesAreASecondLevelInTheirOwnColour(FxRobot robot) throws Exception {
        AtomicReference<CompletableFuture<ContextSwitchBenchmark.WithNetworkTask>> done = new AtomicReference<>();
        robot.interact(() -> done.set(plot.measureWithNetworkTask(40)));
        ContextSwitchBenchmark.WithNetworkTask result = done.get().get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ScatterChart<Number, Number> chart = robot.lookup("#latency-chart").queryAs(ScatterChart.class);
        assertEquals(List.of("task to task", "network task between"),
            chart.getData().stream().map(XYChart.Series::getName).toList());
        assertEquals(List.of(36, 4), chart.getData().stream().map(s -> s.getData().size()).toList(),
            "one sample in ten spans the network task's timer");
        long lowestSecond = chart.getData().get(1).getData().stream().mapToLong(d -> d.getYValue().longValue()).min()
            .orElseThrow();
        assertEquals(result.secondLevel().samples().min(), lowestSecond);
        assertTrue(result.firstLevel().samples().max() < lowestSecond, "two levels");
    }

    @Test
    void measuringRunsTheBenchmarkOffTheFxThreadAndShowsIt(FxRobot robot) throws Exception {
        AtomicReference<CompletableFuture<SwitchLatencies>> done = new AtomicReference<>();
        robot.interact(() -> done.set(plot.measure(20)));
        SwitchLatencies result = done.get().get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ScatterChart<Number, Number> chart = robot.lookup("#latency-chart").queryAs(ScatterChart.class);
        assertEquals(List.of(20, 20), chart.getData().stream().map(s -> s.getData().size()).toList());
        // The two series are the two runs, sample by sample. (Their medians may be equal: with the
        // kernel data in memory both switches cost 470 cycles warm; their ranges differ.)
        assertEquals(List.of("hardware", "software"), List.of(result.hardware().label(), result.software().label()));
        assertArrayEquals(result.hardware().cycles(), yValues(chart.getData().get(0)));
        assertArrayEquals(result.software().cycles(), yValues(chart.getData().get(1)));
    }

    private static long[] yValues(XYChart.Series<Number, Number> series) {
        return series.getData().stream().mapToLong(d -> d.getYValue().longValue()).toArray();
    }
}
