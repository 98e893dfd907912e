package eduscc.visualizer.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.visualizer.timeline.SchedulingRun;
import eduscc.visualizer.timeline.TimelineView;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The timeline's export menu, and the timeline of the scheduling lab written as a PNG from the test thread (not the FX thread).
 * The picture is kept in target/ for a human to look at, not compared pixel by pixel.
 */
@ExtendWith(ApplicationExtension.class)
class PngExportTest {
    private TimelineView view;

    @Start
    void start(Stage stage) {
        view = new TimelineView();
        view.show(SchedulingRun.finished(), 0);
        view.addTool(ExportMenu.forTimeline(view::model, view.node()));
        stage.setScene(new Scene((Parent) view.node(), 900, 300));
        stage.sizeToScene();
        stage.show();
    }

    @Test
    void theTimelinesExportMenuOffersATraceAndAPicture(FxRobot robot) {
        MenuButton menu = robot.lookup("#export").queryAs(MenuButton.class);
        assertEquals(List.of("export-chrome-trace", "export-png"), menu.getItems().stream().map(MenuItem::getId).toList());
    }

    @Test
    void writesTheNodeAsAPngOfItsSize() throws Exception {
        Path file = Path.of("target", "timeline-scheduling.png");
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(file);
        PngExport.write(view.node(), file);
        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(900, image.getWidth());
        assertEquals(300, image.getHeight());
        long colours = IntStream.range(0, 300).map(i -> image.getRGB(i * 3, 60 + (i % 3) * 10)).distinct().count();
        assertTrue(colours > 3, "the strip has coloured task bars, not one flat colour");
    }
}
