package eduscc.visualizer.mesh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.labs.debug.Session;
import eduscc.labs.scenario.ShippedLabs;
import eduscc.machine.trace.TraceEvent;
import eduscc.visualizer.mesh.MeshLayout.Box;
import java.io.File;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Point2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The mesh panel on the boot lab, headless: what core 0's box says, clicking, resizing, drawing. */
@ExtendWith(ApplicationExtension.class)
class MeshViewTest {
    private Session session;
    private MeshView view;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        session = new Session(ShippedLabs.load("boot"));
        view = new MeshView();
        view.show(session.snapshot());
        stage.setScene(new Scene((Parent) view.node(), 1024, 680));
        stage.sizeToScene();
        stage.show();
    }

    @AfterEach
    void close() {
        // TestFX hands every test class the same primary stage: leave it as big as it came.
        javafx.application.Platform.runLater(() -> {
            stage.setWidth(1024);
            stage.setHeight(680);
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        session.close();
    }

    @Test
    void core0ShowsRealModeThenProtectedModeAfterTheModeSwitch(FxRobot robot) {
        assertEquals("0 real mode", view.model().get().core(0).headline());
        session.runUntil(e -> e.event() instanceof TraceEvent.ModeSwitch, "CR0.PE");
        robot.interact(() -> view.show(session.snapshot()));
        assertEquals(CoreCategory.PROTECTED_MODE, view.model().get().core(0).category());
        assertEquals("0 protected", view.model().get().core(0).headline());
        assertEquals(CoreCategory.IN_RESET, view.model().get().core(1).category());
    }

    @Test
    void showingTheSamePauseAgainKeepsItsPacketsOnTheMesh(FxRobot robot) {
        session.runUntil(e -> e.event() instanceof TraceEvent.MeshPacket, "the first mesh packet");
        robot.interact(() -> view.show(session.snapshot()));
        int packets = view.model().get().packets().size();
        assertTrue(packets > 0, "the step brought packets");
        robot.interact(() -> {
            view.selectedCoreProperty().set(1);
            view.show(session.snapshot()); // the window shows every view the pause again when a core is picked
        });
        assertEquals(packets, view.model().get().packets().size(), "picking a core does not wipe the trails");
        assertEquals(1, view.model().get().selectedCore());
    }

    @Test
    void clickingCore5sBoxSelectsCore5(FxRobot robot) {
        assertEquals(0, view.selectedCore().get(), "core 0 is selected at first");
        Box box = view.layout().core(5);
        Point2D onScreen = view.node().localToScreen(box.centerX(), box.centerY());
        robot.clickOn(onScreen);
        assertEquals(5, view.selectedCore().get());
        assertEquals(5, view.model().get().selectedCore(), "the canvas highlights core 5");
        robot.interact(() -> view.selectedCoreProperty().set(12));
        assertTrue(view.model().get().isSelected(12), "selecting from another panel moves the highlight");
    }

    @Test
    void packetsMoveAfterARunAndTheTimerStopsWhenTheyHaveFaded(FxRobot robot) throws TimeoutException {
        while (!session.finished()) {
            session.runChunk();
        }
        robot.interact(() -> view.show(session.snapshot()));
        assertFalse(view.model().get().packets().isEmpty(), "the kernel's writes to the FPGA cross the mesh");
        assertTrue(view.animating().get(), "the replay runs");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !view.animating().get());
        robot.interact(() -> view.show(session.snapshot()));
        assertFalse(view.animating().get(), "the same snapshot again: nothing new crossed the mesh");
    }

    @Test
    void aNewSnapshotsPacketsJoinTheTrafficStillMovingInsteadOfRestartingIt(FxRobot robot) {
        robot.interact(() -> view.show(session.snapshot()));
        session.runUntil(e -> e.event() instanceof TraceEvent.MeshPacket, "the first packet on the mesh");
        robot.interact(() -> view.show(session.snapshot()));
        assertEquals(1, view.replaysInFlight());
        session.runUntil(e -> e.event() instanceof TraceEvent.MeshPacket, "the next packet"); // a frame later
        robot.interact(() -> view.show(session.snapshot()));
        assertEquals(2, view.replaysInFlight(), "the first frame's packets are still on their way");
        assertTrue(view.animating().get());
    }

    @Test
    void theViewFollowsTheWindowSize(FxRobot robot) {
        double before = view.layout().fontSize();
        robot.interact(() -> stage.setWidth(stage.getWidth() / 2));
        robot.interact(() -> stage.setHeight(stage.getHeight() / 2));
        assertTrue(view.layout().width() < 600, "the canvas shrank with the window, width " + view.layout().width());
        assertTrue(view.layout().fontSize() < before, "smaller fonts in a smaller window");
    }

    @Test
    void snapshotRendersTheMeshToANonEmptyImage(FxRobot robot) throws IOException {
        AtomicReference<WritableImage> image = new AtomicReference<>();
        robot.interact(() -> image.set(view.node().snapshot(null, null)));
        WritableImage img = image.get();
        assertTrue(img.getWidth() >= 1000 && img.getHeight() >= 600, "the whole panel is drawn");
        PixelReader pixels = img.getPixelReader();
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 7) {
            for (int x = 0; x < img.getWidth(); x += 7) {
                colours.add(pixels.getArgb(x, y));
            }
        }
        assertTrue(colours.size() > 5, "tiles, routers, cores and text, not a blank canvas: " + colours.size() + " colours");
        Box core1 = view.layout().core(1);
        Color inReset = pixels.getColor((int) core1.x() + 4, (int) (core1.y() + core1.h()) - 4);
        assertEquals(MeshPalette.fill(CoreCategory.IN_RESET).toString(), inReset.toString(), "core 1's box is grey: in reset");
        File png = new File("target/mesh-view.png");
        ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", png);
    }
}
