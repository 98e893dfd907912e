package eduscc.visualizer.bench;

import eduscc.kernel.bench.ContextSwitchBenchmark;
import eduscc.kernel.bench.LatencySamples;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.ScatterChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * Context-switch latency in core cycles against sample number, hardware and software switching
 * side by side in two colours: the scatter plot of the MetalSVM paper, from a fresh benchmark run
 * (on a background thread; 2 x 2000 switches take a while) or from the CSV {@code eduscc bench}
 * wrote. The data and the CSV live in {@link SwitchLatencies}; this class only draws.
 *
 * <p>A lab with {@code switchSamples} steps (the {@code switch-bench} lab) adds a third series,
 * "this lab": the samples its run has taken up to the debugger's position, so the scatter builds
 * up point by point as the class runs or steps the lab, beside whatever the benchmark drew.
 */
public final class LatencyPlot {
    /** As many switches as the issue and {@code eduscc bench} measure. */
    public static final int DEFAULT_SWITCHES = 2000;
    /** The name of the series of the lab's own samples. */
    public static final String THIS_LAB = "this lab";
    /** This lab's symbol: a green diamond, in em so that it grows with the projector's scale. */
    static final String THIS_LAB_SYMBOL = "-fx-background-color: #1b7837; -fx-background-radius: 0; -fx-padding: 0.3em;"
        + " -fx-shape: \"M5,0 L10,5 L5,10 L0,5 Z\";";

    private final ScatterChart<Number, Number> chart = new ScatterChart<>(new NumberAxis(), new NumberAxis());
    private static final String NOTHING_YET = "no samples yet: measure, open the CSV of eduscc bench, or run a lab that"
        + " samples switches (switch-bench)";
    private final Label summary = new Label(NOTHING_YET);
    private final Button measure = new Button("Measure " + DEFAULT_SWITCHES + " switches");
    private final Button measureNetwork = new Button("With the network task");
    private final VBox root;
    private SwitchLatencies shown;
    /** What the benchmark or the CSV drew: every series but this lab's. */
    private List<XYChart.Series<Number, Number>> measured = List.of();
    private String measuredSummary = "";
    private final XYChart.Series<Number, Number> thisLab = new XYChart.Series<>();
    private String thisLabSummary = "";

    public LatencyPlot() {
        chart.setId("latency-chart");
        chart.setAnimated(false);
        chart.setTitle("Context-switch latency");
        chart.getXAxis().setLabel("sample");
        chart.getYAxis().setLabel("cycles");
        ((NumberAxis) chart.getYAxis()).setForceZeroInRange(false);
        chart.getStyleClass().add("latency-plot");
        chart.getStylesheets().add(LatencyPlot.class.getResource("latency-plot.css").toExternalForm());
        summary.setId("latency-summary");
        measure.setId("latency-measure");
        measure.setOnAction(e -> measure(DEFAULT_SWITCHES));
        measureNetwork.setId("latency-measure-net");
        measureNetwork.setOnAction(e -> measureWithNetworkTask(DEFAULT_SWITCHES));
        Button open = new Button("Open CSV\u2026");
        open.setId("latency-open");
        open.setOnAction(e -> choose(false).ifPresent(f -> show(SwitchLatencies.readCsv(f))));
        Button export = new Button("Export CSV\u2026");
        export.setId("latency-export");
        export.setOnAction(e -> choose(true).ifPresent(this::exportCsv));
        thisLab.setName(THIS_LAB);
        root = new VBox(4, new ToolBar(measure, measureNetwork, open, export), chart, summary);
        VBox.setVgrow(chart, Priority.ALWAYS);
    }

    /** A plot of the samples in {@code csv} (sample,mode,cycles); call on the FX thread. */
    public static LatencyPlot fromCsv(Path csv) {
        LatencyPlot plot = new LatencyPlot();
        plot.show(SwitchLatencies.readCsv(csv));
        return plot;
    }

    public Node node() {
        return root;
    }

    public void show(LatencySamples hardware, LatencySamples software) {
        show(new SwitchLatencies(hardware, software));
    }

    public void show(SwitchLatencies latencies) {
        shown = latencies;
        showMeasured(List.of(series("hardware switching", latencies.hardware()),
            series("software switching", latencies.software())),
            SwitchLatencies.summary(latencies.hardware()) + "\n" + SwitchLatencies.summary(latencies.software()));
    }

    /**
     * The samples the lab's run has taken so far, as the "this lab" series: grown by the new
     * points when the run went on, drawn again when the debugger went back; no series when
     * {@code samples} is empty. Call on the FX thread.
     */
    public void showThisLab(LatencySamples samples) {
        long[] cycles = samples.cycles();
        int drawn = thisLab.getData().size();
        if (cycles.length == drawn) {
            return;
        }
        if (cycles.length < drawn) {
            thisLab.getData().clear();
            drawn = 0;
        }
        List<XYChart.Data<Number, Number>> added = new java.util.ArrayList<>();
        for (int i = drawn; i < cycles.length; i++) {
            added.add(thisLabPoint(i, cycles[i]));
        }
        thisLab.getData().addAll(added);
        thisLabSummary = cycles.length == 0 ? "" : SwitchLatencies.summary(new LatencySamples(THIS_LAB, cycles));
        redraw();
    }

    /**
     * A point of this lab's series in its own symbol. Inline, because the chart sets each symbol's
     * style classes to its series' default colour, which depends on how many series come before.
     */
    private static XYChart.Data<Number, Number> thisLabPoint(int sample, long cycles) {
        XYChart.Data<Number, Number> point = new XYChart.Data<>(sample, cycles);
        javafx.scene.layout.StackPane symbol = new javafx.scene.layout.StackPane();
        symbol.setStyle(THIS_LAB_SYMBOL);
        point.setNode(symbol);
        return point;
    }

    /** The legend's entry for this lab gets the same symbol as its points. */
    private void styleThisLabLegend() {
        for (Node item : chart.lookupAll(".chart-legend-item")) {
            if (item instanceof Label label && THIS_LAB.equals(label.getText()) && label.getGraphic() != null) {
                label.getGraphic().setStyle(THIS_LAB_SYMBOL);
            }
        }
    }

    /** The points of the "this lab" series now (tests). */
    public int thisLabPoints() {
        return thisLab.getData().size();
    }

    private void showMeasured(List<XYChart.Series<Number, Number>> series, String text) {
        measured = series;
        measuredSummary = text;
        redraw();
    }

    private void redraw() {
        List<XYChart.Series<Number, Number>> all = new java.util.ArrayList<>(measured);
        if (!thisLab.getData().isEmpty()) {
            all.add(thisLab);
        }
        if (!chart.getData().equals(all)) {
            chart.getData().setAll(all);
            styleThisLabLegend();
        }
        if (measuredSummary.isEmpty() && thisLabSummary.isEmpty()) {
            summary.setText(NOTHING_YET);
        } else {
            summary.setText(measuredSummary + (measuredSummary.isEmpty() || thisLabSummary.isEmpty() ? "" : "\n")
                + thisLabSummary);
        }
    }

    private static XYChart.Series<Number, Number> series(String name, LatencySamples samples) {
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.setName(name);
        long[] cycles = samples.cycles();
        for (int i = 0; i < cycles.length; i++) {
            series.getData().add(new XYChart.Data<>(i, cycles[i]));
        }
        return series;
    }

    /**
     * The hardware-switch samples with the network task on, at their sample numbers, in two
     * colours: straight from task to task, and with the network task between (the second level).
     * This view is not exported: the CSV holds hardware and software switching.
     */
    public void showNetworkTask(ContextSwitchBenchmark.WithNetworkTask samples) {
        shown = null;
        long[] cycles = samples.all().samples().cycles();
        XYChart.Series<Number, Number> first = new XYChart.Series<>();
        first.setName("task to task");
        XYChart.Series<Number, Number> second = new XYChart.Series<>();
        second.setName("network task between");
        for (int i = 0; i < cycles.length; i++) {
            (samples.networkTaskBetween().get(i) ? second : first).getData().add(new XYChart.Data<>(i, cycles[i]));
        }
        showMeasured(List.of(first, second), "with the network task (timer every "
            + ContextSwitchBenchmark.NETWORK_PERIOD_TICKS + " ticks): "
            + SwitchLatencies.summary(samples.firstLevel().samples()) + "\n"
            + SwitchLatencies.summary(samples.secondLevel().samples()));
    }

    /** Runs the benchmark with the network task on, off the FX thread, and shows it when done. */
    public CompletableFuture<ContextSwitchBenchmark.WithNetworkTask> measureWithNetworkTask(int switches) {
        measureNetwork.setDisable(true);
        summary.setText("measuring " + switches + " hardware switches with the network task on\u2026");
        CompletableFuture<ContextSwitchBenchmark.WithNetworkTask> done =
            CompletableFuture.supplyAsync(() -> ContextSwitchBenchmark.measureWithNetworkTask(true, switches));
        done.whenComplete((result, failure) -> Platform.runLater(() -> {
            measureNetwork.setDisable(false);
            if (failure != null) {
                Throwable cause = failure.getCause() == null ? failure : failure.getCause();
                summary.setText("the benchmark failed: " + cause);
            } else {
                showNetworkTask(result);
            }
        }));
        return done;
    }

    /** Runs the benchmark off the FX thread and shows the result when it is done. */
    public CompletableFuture<SwitchLatencies> measure(int switches) {
        measure.setDisable(true);
        summary.setText("measuring " + switches + " switches with hardware and with software switching\u2026");
        CompletableFuture<SwitchLatencies> done = CompletableFuture.supplyAsync(() -> SwitchLatencies.measure(switches));
        done.whenComplete((result, failure) -> Platform.runLater(() -> {
            measure.setDisable(false);
            if (failure != null) {
                Throwable cause = failure.getCause() == null ? failure : failure.getCause();
                summary.setText("the benchmark failed: " + cause);
            } else {
                show(result);
            }
        }));
        return done;
    }

    /** Writes the samples shown as {@code sample,mode,cycles}; nothing to write before the first show. */
    public void exportCsv(Path file) {
        if (shown == null) {
            throw new IllegalStateException("no hardware and software samples shown to export (the network task's view"
                + " is not exported)");
        }
        shown.writeCsv(file);
    }

    public SwitchLatencies latencies() {
        return shown;
    }

    private Optional<Path> choose(boolean save) {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("samples (sample,mode,cycles)", "*.csv"));
        chooser.setInitialFileName("context-switch-samples.csv");
        var owner = root.getScene() == null ? null : root.getScene().getWindow();
        File file = save ? chooser.showSaveDialog(owner) : chooser.showOpenDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }
}
