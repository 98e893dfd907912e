package eduscc.visualizer.app;

import eduscc.labs.debug.Session;
import eduscc.machine.trace.TraceEntry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * {@code eduscc gui --screenshot FILE --lab LAB --at EVENT [--view TAB]}: renders the debugger
 * window at a point of a lab to a PNG (the README's pictures come from here). Without a display it
 * renders headless through Monocle, as the tests do (javafx-notes §2.2, §2.4).
 */
public final class Screenshot {
    private Screenshot() {
    }

    public static void take(Path file, String lab, String atEvent, String view, boolean headless) {
        take(file, lab, atEvent, view, headless, WindowSetup.DESK);
    }

    /** As {@link #take(Path, String, String, String, boolean)}, in a window of the given size, scale and layout. */
    public static void take(Path file, String lab, String atEvent, String view, boolean headless, WindowSetup window) {
        if (headless) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("java.awt.headless", "true");
        }
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IllegalArgumentException("cannot write " + file + ": folder " + folder + " does not exist");
        }
        Session session = new Session(LabOpener.load(lab));
        CompletableFuture<Void> done = new CompletableFuture<>();
        Runnable render = () -> {
            try {
                render(session, file, atEvent, view, window);
                done.complete(null);
            } catch (IOException e) {
                done.completeExceptionally(new UncheckedIOException("cannot write " + file, e));
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        };
        boolean startedHere = startOrReuseToolkit(render);
        try {
            done.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        } finally {
            if (startedHere) {
                Platform.exit();
            }
        }
    }

    /** Runs on the FX thread; the window and its stage are closed even when a step fails. */
    private static void render(Session session, Path file, String atEvent, String view, WindowSetup setup)
        throws IOException {
        MainWindow window = new MainWindow(session);
        Stage stage = new Stage();
        try {
            stage.setScene(new Scene(window.root(), setup.width(), setup.height()));
            stage.show();
            setup.applyTo(window);
            if (atEvent != null) {
                window.controller().nextEvent(matcher(atEvent), atEvent).join();
            }
            window.refresh();
            if (view != null) {
                window.select(view);
            }
            WritableImage image = stage.getScene().snapshot(null);
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        } finally {
            window.stop();
            stage.close();
        }
    }

    /** Starts JavaFX with {@code first} as its first job, or queues it if JavaFX already runs (tests). */
    private static boolean startOrReuseToolkit(Runnable first) {
        try {
            Platform.startup(first);
            return true;
        } catch (IllegalStateException alreadyRunning) {
            Platform.runLater(first);
            return false;
        }
    }

    /** An event kind by its trace name ("ModeSwitch") or by its label in the tool bar ("mode switch"). */
    static Predicate<TraceEntry> matcher(String name) {
        for (EventKinds kind : EventKinds.values()) {
            if (kind.toString().equalsIgnoreCase(name)) {
                return kind.matcher();
            }
        }
        return e -> e.event().kind().equalsIgnoreCase(name);
    }
}
