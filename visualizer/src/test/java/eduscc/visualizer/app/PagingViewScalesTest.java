package eduscc.visualizer.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.visualizer.paging.PagingMachine;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The paging view with paging on, at every scale a lecturer uses, in the space it has beside the
 * mesh on a full-HD projector: nothing cut, nothing out of reach (ProjectorScalesTest checks the
 * window's views on the scheduling lab, where paging is off). With {@code -Dpaging.screenshots=DIR}
 * it also writes each tab at 100 % and 250 % as PNGs, for a human to look at.
 */
@ExtendWith(ApplicationExtension.class)
class PagingViewScalesTest {
    private PagingMachine machine;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        machine = new PagingMachine();
        stage.setScene(new Scene((Parent) machine.view().node(), 1100, 960));
        stage.show();
        machine.view().show(machine.snapshot(), 0);
    }

    @AfterEach
    void close() {
        machine.close();
    }

    @Test
    void everyTabIsCompleteAtEveryScale(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> machine.view().walk(0x00120000));
        Parent root = (Parent) machine.view().node();
        TabPane tabs = robot.lookup("#paging-tabs").queryAs(TabPane.class);
        List<String> problems = new ArrayList<>();
        String shots = System.getProperty("paging.screenshots");
        for (double scale : ProjectorScalesTest.SCALES) {
            for (var tab : List.copyOf(tabs.getTabs())) {
                robot.interact(() -> {
                    root.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", Projector.DEFAULT_FONT * scale));
                    tabs.getSelectionModel().select(tab);
                    for (int pass = 0; pass < 3; pass++) {
                        root.applyCss();
                        root.layout();
                    }
                });
                WaitForAsyncUtils.waitForFxEvents();
                robot.interact(() -> CompleteText.problems(root).forEach(p ->
                    problems.add(String.format("at %.0f%%, tab %s: %s", scale * 100, tab.getText(), p))));
                if (shots != null && (scale == 1.0 || scale == 2.5)) {
                    robot.interact(() -> write(java.nio.file.Path.of(shots, String.format(Locale.ROOT, "paging-%s-%.0f.png",
                        tab.getText().toLowerCase(Locale.ROOT), scale * 100))));
                }
            }
        }
        assertTrue(problems.isEmpty(), problems.size() + " problems a lecturer would see:\n" + String.join("\n", problems));
    }

    private void write(java.nio.file.Path file) {
        try (java.io.OutputStream png = java.nio.file.Files.newOutputStream(file)) {
            javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null),
                "png", png);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
