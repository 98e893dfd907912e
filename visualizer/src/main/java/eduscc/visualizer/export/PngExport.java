package eduscc.visualizer.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/**
 * Any part of the debugger as a PNG, for slides and lab reports: the node is rendered with
 * {@code snapshot}, which JavaFX allows only on its own thread, and written through ImageIO
 * (javafx-notes §2.4). Callable from any thread; off the FX thread it waits for the picture.
 */
public final class PngExport {
    private PngExport() {
    }

    public static void write(Node node, Path file) {
        if (Platform.isFxApplicationThread()) {
            render(node, file);
            return;
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                render(node, file);
                done.complete(null);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        try {
            done.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private static void render(Node node, Path file) {
        WritableImage image = node.snapshot(null, null);
        try {
            if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile())) {
                throw new IOException("no PNG writer in ImageIO");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the picture " + file, e);
        }
    }
}
