package eduscc.visualizer.mpb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.labs.debug.Session;
import eduscc.visualizer.app.MainWindow;
import eduscc.visualizer.mesh.MeshLayout;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The MPB tab in the debugger window on the corner-messages lab: decoded flags, changed bytes, who waits. */
@ExtendWith(ApplicationExtension.class)
class MpbViewTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(new Session(CornerMessages.lab()));
        Scene scene = new Scene(window.root(), 1280, 800);
        window.installKeys(scene);
        stage.setScene(scene);
        stage.show();
        window.select("MPB");
    }

    @AfterEach
    void close() {
        window.stop();
    }

    private void settle(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        window.controller().idle().join();
        robot.interact(window::refresh);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static StyleClassedTextArea share(FxRobot robot, int z) {
        return robot.lookup("#mpb-share-" + z).queryAs(StyleClassedTextArea.class);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    /** The text of the row that starts at {@code offset} ("+0x020") in the area, and where it starts. */
    private static int rowStart(StyleClassedTextArea area, String offset) {
        int at = area.getText().indexOf("\n" + offset + "  ");
        assertTrue(at >= 0, "no row " + offset + " in\n" + area.getText());
        return at + 1;
    }

    @Test
    void core47sShareShowsTheSentFlagSetAndMarkedTheStepItArrives(FxRobot robot) {
        robot.interact(() -> window.controller().nextEvent(CornerMessages.SENT_FLAG_ARRIVES, "core 0's sent flag"));
        settle(robot);
        robot.interact(() -> robot.lookup("#core").queryComboBox().getSelectionModel().select(Integer.valueOf(47)));
        settle(robot);
        assertEquals("MPB of tile (5,3): the shares of cores 46 and 47", text(robot, "#mpb-title"));
        assertTrue(text(robot, "#mpb-heading-0").startsWith("core 46 does not take part in messaging"));
        assertEquals("core 47, rank 1 of 2: share at physical 0xD7002000, 1 byte changed since the last step (marked)",
            text(robot, "#mpb-heading-1"));
        StyleClassedTextArea area = share(robot, 1);
        int row = rowStart(area, "+0x020");
        String value = "+0x020  sent[0]       ";
        assertEquals(value + "SET (1)", area.getText().substring(row, row + value.length() + 7));
        int flag = row + value.length();
        for (int i = 0; i < "SET (1)".length(); i++) {
            assertTrue(area.getStyleOfChar(flag + i).contains("changed"), "the flag's value is marked, char " + i);
        }
        int ready = rowStart(area, "+0x060");
        assertFalse(area.getStyleOfChar(ready + value.length()).contains("changed"), "ready[0] did not change");
        assertEquals("core 0 to send (sent flag)", text(robot, "#mpb-wait-47"));
        assertEquals("nothing", text(robot, "#mpb-wait-0"));
        assertTrue(robot.lookup("#mpb-wait-47").query().getStyleClass().contains("mpb-waiting"));
        assertEquals("nothing", text(robot, "#mpb-holds-0"), "this lab takes no LOCK register");
    }

    @Test
    void stepBackShowsTheFlagStillInCore0sWriteCombineBuffer(FxRobot robot) {
        robot.interact(() -> window.controller().nextEvent(CornerMessages.SENT_FLAG_ARRIVES, "core 0's sent flag"));
        settle(robot);
        robot.interact(() -> window.controller().stepBack());
        robot.interact(() -> robot.lookup("#core").queryComboBox().getSelectionModel().select(Integer.valueOf(47)));
        settle(robot);
        StyleClassedTextArea area = share(robot, 1);
        int row = rowStart(area, "+0x020");
        String line = area.getText().substring(row, area.getText().indexOf('\n', row));
        assertTrue(line.startsWith("+0x020  sent[0]       UNSET (0)"), line);
        assertTrue(line.contains("UNSET (0)  [still in core 0's write-combine buffer]  core 0 has put"), line);
        assertTrue(area.getStyleOfChar(row).contains("pending"), "the line's offset is boxed");
    }

    @Test
    void clickingCore0sBoxOnTheMeshShowsTileZerosMpbWithTheMessage(FxRobot robot) {
        robot.interact(() -> window.controller().nextEvent(CornerMessages.PAYLOAD_ARRIVES, "core 0's message"));
        settle(robot);
        robot.interact(() -> robot.lookup("#core").queryComboBox().getSelectionModel().select(Integer.valueOf(47)));
        settle(robot);
        Canvas mesh = robot.lookup(".mesh-view").queryAs(javafx.scene.layout.Pane.class).getChildren().stream()
            .filter(Canvas.class::isInstance).map(Canvas.class::cast).findFirst().orElseThrow();
        MeshLayout layout = new MeshLayout(mesh.getWidth(), mesh.getHeight());
        MeshLayout.Box box = layout.core(0);
        Point2D onScreen = mesh.localToScreen(box.centerX(), box.centerY());
        robot.clickOn(onScreen);
        settle(robot);
        assertEquals(0, window.selectedCore());
        assertEquals("MPB of tile (0,0): the shares of cores 0 and 1", text(robot, "#mpb-title"));
        StyleClassedTextArea area = share(robot, 0);
        int payload = area.getText().indexOf("\n+0x120  00 01 02") + 1;
        assertTrue(payload > 0, area.getText());
        int first = payload + "+0x120  ".length();
        assertFalse(area.getStyleOfChar(first).contains("changed"), "byte 0 of the message is 00 as before");
        assertTrue(area.getStyleOfChar(first + 3).contains("changed"), "byte 1 (01) arrived in this step");
        assertTrue(text(robot, "#mpb-heading-0").endsWith("31 bytes changed since the last step (marked)"));
        assertTrue(text(robot, "#mpb-heading-1").startsWith("core 1 does not take part in messaging"));
        assertFalse(robot.lookup("#mpb-share-1").query().getParent().isVisible(),
            "core 1 takes no part: its half shows the sentence, no bytes");
    }
}
