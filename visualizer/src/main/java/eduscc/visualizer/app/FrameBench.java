package eduscc.visualizer.app;

import eduscc.labs.debug.Session;
import eduscc.labs.scenario.EveryCore;
import eduscc.labs.scenario.Scenario;
import eduscc.labs.scenario.ShippedLabs;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.FutureTask;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

/**
 * {@code eduscc bench --gui}: how long the debugger window takes to show one new snapshot of a
 * 48-core run at 1920x1080, measured here and only reported (DESIGN §7). The scheduling lab runs on
 * every core; between two frames the run moves on by {@link #STEP} boundaries, as a watched run
 * does, and the window shows the result: the views take the snapshot, JavaFX lays the scene out,
 * and the whole window is painted into an image by the software renderer. Without a display it
 * renders headless through Monocle, as the screenshots do.
 */
public final class FrameBench {
    /** Boundaries between two frames: about a frame's worth of a full-speed 48-core run. */
    public static final int STEP = 400;
    public static final int WIDTH = 1920;
    public static final int HEIGHT = 1080;
    private static final int WARM_UP = 5;

    /** Frame times of one kind (median and max in milliseconds) and how many frames were measured. */
    public record Figures(double medianMillis, double maxMillis, int frames) {
        static Figures of(List<Long> nanos) {
            long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
            return new Figures(sorted[sorted.length / 2] / 1e6, sorted[sorted.length - 1] / 1e6, sorted.length);
        }
    }

    private FrameBench() {
    }

    /**
     * Measures {@code frames} frames on {@code cores} cores; the map holds the frame as a whole
     * ("frame"), its parts ("views", "layout", "paint") and each view's share of "views".
     */
    public static Map<String, Figures> measure(int cores, int frames, boolean headless) {
        if (headless) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("java.awt.headless", "true");
            // Monocle's headless screen is 1280x800 unless told otherwise; the window must fit on it.
            System.setProperty("headless.geometry", WIDTH + "x" + HEIGHT + "-32");
        }
        Scenario lab = EveryCore.of(ShippedLabs.load("scheduling"), cores);
        boolean startedHere = startToolkit();
        try (Session session = new Session(lab)) {
            session.runTo(2_000, "warm");
            Window window = onFx(() -> Window.open(session));
            Map<String, List<Long>> samples = new LinkedHashMap<>();
            try {
                for (int i = 0; i < WARM_UP + frames; i++) {
                    session.publishRun(session.advance(STEP), "running at full speed");
                    Map<String, Long> frame = onFx(window::frame);
                    // The same snapshot again: what a frame costs when nothing changed (the
                    // software paint of the whole window, CSS and layout passes that find nothing to do).
                    long unchanged = onFx(window::frame).get("frame");
                    if (i >= WARM_UP) {
                        frame.forEach((part, nanos) -> samples.computeIfAbsent(part, k -> new ArrayList<>()).add(nanos));
                        samples.computeIfAbsent("frame, nothing changed", k -> new ArrayList<>()).add(unchanged);
                    }
                    if (session.finished()) {
                        break;
                    }
                }
            } finally {
                onFx(() -> {
                    window.close();
                    return null;
                });
            }
            Map<String, Figures> figures = new LinkedHashMap<>();
            samples.forEach((part, nanos) -> figures.put(part, Figures.of(nanos)));
            return figures;
        } finally {
            if (startedHere) {
                Platform.exit();
            }
        }
    }

    /** The window under measurement, on the FX thread. */
    private record Window(MainWindow window, Stage stage, WritableImage image) {
        static Window open(Session session) {
            MainWindow window = new MainWindow(session);
            Stage stage = new Stage();
            stage.setScene(new Scene(window.root(), WIDTH, HEIGHT));
            stage.show();
            return new Window(window, stage, new WritableImage(WIDTH, HEIGHT));
        }

        Map<String, Long> frame() {
            Map<String, Long> parts = new LinkedHashMap<>();
            long start = System.nanoTime();
            window.refreshTimed(parts);
            long shown = System.nanoTime();
            Scene scene = stage.getScene();
            // No Node.applyCss() here: it restyles the whole tree every time, which a pulse never
            // does. The snapshot below runs the scene's own CSS pass over the changed nodes only.
            scene.getRoot().layout();
            long laidOut = System.nanoTime();
            scene.snapshot(image);
            long painted = System.nanoTime();
            Map<String, Long> all = new LinkedHashMap<>();
            all.put("frame", painted - start);
            all.put("snapshot's work (views + layout)", laidOut - start);
            all.put("views", shown - start);
            all.put("layout", laidOut - shown);
            all.put("css + paint", painted - laidOut);
            parts.forEach((view, nanos) -> all.put("view " + view, nanos));
            return all;
        }

        void close() {
            window.stop();
            stage.close();
        }
    }

    private static boolean startToolkit() {
        CompletableFuture<Void> started = new CompletableFuture<>();
        try {
            Platform.startup(() -> started.complete(null));
            started.join();
            return true;
        } catch (IllegalStateException alreadyRunning) {
            return false;
        }
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> job) {
        FutureTask<T> task = new FutureTask<>(job);
        Platform.runLater(task);
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the window rendered", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** The lines {@code eduscc bench --gui} prints. */
    public static List<String> report(Map<String, Figures> figures, int cores) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("Debugger frames: %d cores at %dx%d, the run moving %d boundaries per frame (reported, never asserted)",
            cores, WIDTH, HEIGHT, STEP));
        lines.add("  frame = views take the snapshot + layout + CSS of changed nodes + paint of the whole window");
        lines.add("  (software renderer; a real display repaints only the changed regions)");
        figures.forEach((part, f) -> lines.add(String.format("  %-34s median %8.2f ms   max %8.2f ms   (%d frames)",
            part, f.medianMillis(), f.maxMillis(), f.frames())));
        return lines;
    }
}
