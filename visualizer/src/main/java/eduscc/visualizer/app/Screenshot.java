package eduscc.visualizer.app;

import eduscc.labs.debug.Session;
import eduscc.labs.scenario.Replay;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * {@code eduscc gui --screenshot FILE --lab LAB --at WHERE [--view TAB[/SUBTAB]]}: renders the
 * debugger window at a point of a lab to a PNG (the README's pictures come from here). WHERE is a
 * {@link ScreenshotPoint}: {@code task-switch:3}, {@code tick:6}, {@code position:1200}; SUBTAB
 * picks a tab inside the view, e.g. {@code descriptors/tss}. Without a display it renders headless
 * through Monocle, as the tests do (javafx-notes §2.2, §2.4).
 */
public final class Screenshot {
    private Screenshot() {
    }

    public static void take(Path file, String lab, String atEvent, String view, boolean headless) {
        take(file, lab, atEvent, view, headless, WindowSetup.DESK);
    }

    /** As {@link #take(Path, String, String, String, boolean)}, in a window of the given size, scale and layout. */
    public static void take(Path file, String lab, String atEvent, String view, boolean headless, WindowSetup window) {
        take(file, lab, atEvent, view, headless, window, -1);
    }

    /** As above, with core {@code core} selected (-1: the lab's first core), e.g. for the MPB view's tile. */
    public static void take(Path file, String lab, String atEvent, String view, boolean headless, WindowSetup window,
                            int core) {
        checkTarget(file);
        ScreenshotPoint point = atEvent == null ? null : ScreenshotPoint.parse(atEvent);
        Session session = new Session(LabOpener.load(lab));
        if (point != null) {
            try {
                point.runTo(session); // before the window exists: it shows the session where it stands
            } catch (RuntimeException e) {
                session.close();
                throw e;
            }
        }
        take(file, session, null, view, headless, window, core);
    }

    /** The debugger opened on a failed check ({@code gui --replay}): stopped where the replay says, with its banner. */
    public static void takeReplay(Path file, Path replayFile, Replay replay, String view, boolean headless,
                                  WindowSetup window, int core) {
        checkTarget(file);
        take(file, ReplayOpener.open(replayFile, replay), replay, view, headless, window, core);
    }

    /**
     * The side-by-side window of {@code gui LAB --compare PLUGIN [--part PART]} (part null: the one
     * the lab is about), both runs at their first difference (at the boot when they agree).
     */
    public static void takeCompare(Path file, String lab, String plugin, String part, boolean headless, WindowSetup setup) {
        checkTarget(file);
        eduscc.labs.scenario.ComparedPart compared = eduscc.labs.scenario.ComparedPart.of(LabOpener.load(lab), plugin, part);
        var difference = eduscc.labs.debug.LabDifference.find(compared.kit(), compared.student());
        if (headless) {
            useHeadlessToolkit();
        }
        CompletableFuture<CompareWindow> made = new CompletableFuture<>();
        boolean startedHere = startOrReuseToolkit(() -> made.complete(new CompareWindow(compared, difference)));
        CompareWindow window = made.join();
        try {
            difference.ifPresent(d -> {
                for (DebuggerController c : java.util.List.of(window.kitController(), window.studentController())) {
                    c.goTo(new GoToTarget(GoToTarget.Kind.EVENT, d.seq()), 0).join();
                }
            });
            CompletableFuture<Void> done = new CompletableFuture<>();
            Platform.runLater(() -> {
                Stage stage = new Stage();
                try {
                    stage.setScene(new Scene(window.root(), setup.width(), setup.height()));
                    window.projector().setScale(setup.scale());
                    stage.show();
                    window.refresh();
                    for (int pass = 0; pass < 2; pass++) {
                        stage.getScene().getRoot().applyCss();
                        stage.getScene().getRoot().layout();
                    }
                    writePng(stage.getScene().snapshot(null), file);
                    done.complete(null);
                } catch (IOException e) {
                    done.completeExceptionally(new UncheckedIOException("cannot write " + file, e));
                } catch (RuntimeException e) {
                    done.completeExceptionally(e);
                } finally {
                    window.stop();
                    stage.close();
                }
            });
            done.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        } finally {
            if (startedHere) {
                Platform.exit();
            }
        }
    }

    /** Without a display: JavaFX renders through Monocle's headless platform in software. */
    private static void useHeadlessToolkit() {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
    }

    private static void checkTarget(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IllegalArgumentException("cannot write " + file + ": folder " + folder + " does not exist");
        }
        if (Files.isDirectory(file)) {
            throw new IllegalArgumentException("cannot write " + file + ": it is a folder; name a .png file in it");
        }
    }

    private static void take(Path file, Session session, Replay replay, String view, boolean headless,
                             WindowSetup window, int core) {
        if (headless) {
            useHeadlessToolkit();
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        Runnable render = () -> {
            try {
                render(session, replay, file, view, window, core);
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
    private static void render(Session session, Replay replay, Path file, String view, WindowSetup setup, int core)
        throws IOException {
        MainWindow window = new MainWindow(session);
        if (replay != null) {
            window.showReplay(replay);
        }
        Stage stage = new Stage();
        try {
            stage.setScene(new Scene(window.root(), setup.width(), setup.height()));
            stage.show();
            setup.applyTo(window);
            window.refresh();
            if (core >= 0) {
                window.selectCore(core);
            }
            window.memory().awaitRead();
            if (view != null) {
                int slash = view.indexOf('/');
                selectView(window, slash < 0 ? view : view.substring(0, slash));
                if (slash >= 0) {
                    // The view just came into the scene: its scroll pane shows its content only once skinned.
                    stage.getScene().getRoot().applyCss();
                    stage.getScene().getRoot().layout();
                    SubTabs.select(window.root(), view.substring(slash + 1));
                }
            }
            // The paging view asked for its tables when its tab came to the front: draw them now.
            window.paging().awaitRead();
            // A view that was hidden until now (a tab pane inside it) needs a second pass to lay out its parts.
            for (int pass = 0; pass < 2; pass++) {
                stage.getScene().getRoot().applyCss();
                stage.getScene().getRoot().layout();
            }
            writePng(stage.getScene().snapshot(null), file);
        } finally {
            window.stop();
            stage.close();
        }
    }

    /**
     * The kit opens the file itself: ImageIO given a File prints a stack trace and returns false
     * when it cannot create it, and the user would see a trace and no error.
     */
    private static void writePng(WritableImage image, Path file) throws IOException {
        try (java.io.OutputStream png = Files.newOutputStream(file)) {
            if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", png)) {
                throw new IOException("this Java has no PNG writer");
            }
        }
    }

    /** A view by the start of its title; "descriptors" finds "Descriptor tables" as "descriptor" would. */
    private static void selectView(MainWindow window, String name) {
        try {
            window.select(name);
        } catch (IllegalArgumentException unknown) {
            String singular = name.strip().endsWith("s") ? name.strip().substring(0, name.strip().length() - 1) : "";
            if (singular.isEmpty()) {
                throw unknown;
            }
            try {
                window.select(singular);
            } catch (IllegalArgumentException alsoUnknown) {
                throw unknown;
            }
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
}
