package eduscc.visualizer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.labs.debug.Session;
import eduscc.labs.scenario.ShippedLabs;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The debugger window on the boot lab, headless (Monocle): controls, keys, status, events, errors. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    @TempDir
    Path dir;

    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = new MainWindow(new Session(ShippedLabs.load("boot")));
        Scene scene = new Scene(window.root(), 1280, 760);
        window.installKeys(scene);
        stage.setScene(scene);
        stage.sizeToScene();
        stage.show();
    }

    @AfterEach
    void close() {
        window.stop();
    }

    private String status(FxRobot robot) {
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        window.controller().idle().join();
        robot.interact(window::refresh);
        return robot.lookup("#status").queryAs(Label.class).getText();
    }

    @Test
    void stepAndBackMoveThePosition(FxRobot robot) {
        robot.clickOn("#step");
        robot.clickOn("#step");
        assertTrue(status(robot).contains("position 2"), status(robot));
        robot.clickOn("#back");
        assertTrue(status(robot).contains("position 1"), status(robot));
    }

    @Test
    void functionKeysStepAndShiftStepsBack(FxRobot robot) {
        robot.type(javafx.scene.input.KeyCode.F7);
        robot.type(javafx.scene.input.KeyCode.F7);
        robot.type(javafx.scene.input.KeyCode.F7);
        assertTrue(status(robot).contains("position 3"), status(robot));
        robot.press(javafx.scene.input.KeyCode.SHIFT).type(javafx.scene.input.KeyCode.F7).release(javafx.scene.input.KeyCode.SHIFT);
        assertTrue(status(robot).contains("position 2"), status(robot));
    }

    @Test
    void nextModeSwitchShowsTheEventInTheEventsTable(FxRobot robot) {
        robot.interact(() -> robot.lookup("#event-kind-to-run").queryComboBox().getSelectionModel().select(EventKinds.MODE_SWITCH));
        robot.clickOn("#next-event");
        assertTrue(status(robot).contains("mode switch"), status(robot));
        robot.clickOn("#tab-events");
        TableView<?> table = robot.lookup("#events").queryTableView();
        assertTrue(table.getItems().size() > 0);
        assertTrue(table.getItems().get(table.getItems().size() - 1).toString().contains("ModeSwitch"));
    }

    @Test
    void malformedLabGivesAReadableErrorAndTheWindowStaysUp(FxRobot robot) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"name\": \"bad\", \"cores\": [ {\"pid\": 0, \"tasks\": [ {\"name\": \"t\", \"priority\": 40, \"steps\": []} ] } ] }");
        robot.interact(() -> LabOpener.open(bad.toString(), stage));
        javafx.scene.control.DialogPane dialog = robot.lookup("#error-dialog").queryAs(javafx.scene.control.DialogPane.class);
        String text = dialog.getContentText();
        assertTrue(text.contains("bad.json"), text);
        assertTrue(stage.isShowing());
        assertEquals("boot", window.controller().session().lab().name(), "the open lab is unchanged");
        robot.interact(() -> dialog.getScene().getWindow().hide());
    }

    @Test
    void controlUpScalesTheUi(FxRobot robot) {
        String before = window.root().getStyle();
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.EQUALS).release(javafx.scene.input.KeyCode.CONTROL);
        assertTrue(window.root().getStyle().contains("15.6px"), before + " -> " + window.root().getStyle());
    }

    @Test
    void everyViewOfTheIssueIsDocked(FxRobot robot) {
        for (String tab : java.util.List.of("#tab-run-queues", "#tab-cpu", "#tab-descriptor-tables", "#tab-boot",
            "#tab-source", "#tab-timeline", "#tab-events", "#tab-lab", "#tab-switch-latency")) {
            assertTrue(robot.lookup(tab).tryQuery().isPresent() || robot.lookup(".tab").queryAll().stream()
                .anyMatch(n -> tab.equals("#" + n.getId())), "missing " + tab);
        }
    }

    @Test
    void stepToCr0PeShowsPeSetInTheCpuViewAndTheBootStage(FxRobot robot) {
        robot.interact(() -> robot.lookup("#event-kind-to-run").queryComboBox().getSelectionModel().select(EventKinds.MODE_SWITCH));
        robot.clickOn("#next-event");
        status(robot);
        robot.interact(() -> window.select("cpu"));
        assertTrue(robot.lookup("#cr0-PE").query().getStyleClass().contains("set"), "CR0.PE is shown set");
        robot.interact(() -> window.select("boot"));
        assertTrue(robot.lookup("#boot-stage-cr0-pe").query().getStyleClass().contains("lit"), "the boot strip lit CR0.PE");
    }

    @Test
    void aViewIsSelectedByTheStartOfItsTitleAndAnUnknownOneIsNamed(FxRobot robot) {
        robot.interact(() -> window.select("descriptor"));
        assertEquals("tab-descriptor-tables", robot.lookup(".tab-pane").queryAs(javafx.scene.control.TabPane.class)
            .getSelectionModel().getSelectedItem().getId());
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
            () -> window.select("registers"));
        assertTrue(e.getMessage().contains("'registers'") && e.getMessage().contains("Descriptor tables"), e.getMessage());
    }

    @Test
    void lineStepMovesToAnotherKernelLine(FxRobot robot) {
        robot.interact(() -> robot.lookup("#event-kind-to-run").queryComboBox().getSelectionModel().select(EventKinds.JAVA_ENTRY));
        robot.clickOn("#next-event");
        status(robot);
        var before = window.controller().session().snapshot().sourceLine(0);
        robot.type(javafx.scene.input.KeyCode.F10);
        assertTrue(status(robot).contains("one source line"), status(robot));
        var after = window.controller().session().snapshot().sourceLine(0);
        assertTrue(after != null && !after.equals(before), before + " -> " + after);
    }

    @Test
    void openingAnotherLabReplacesTheSession(FxRobot robot) {
        robot.interact(() -> window.openLab("scheduling"));
        assertEquals("scheduling", window.controller().session().lab().name());
        assertTrue(status(robot).startsWith("scheduling"), status(robot));
    }

    @Test
    void stepBackShowsExactlyTheEarlierState(FxRobot robot) {
        for (int i = 0; i < 5; i++) {
            robot.type(javafx.scene.input.KeyCode.F7);
        }
        status(robot);
        var before = window.controller().session().snapshot();
        robot.type(javafx.scene.input.KeyCode.F7);
        robot.press(javafx.scene.input.KeyCode.SHIFT).type(javafx.scene.input.KeyCode.F7).release(javafx.scene.input.KeyCode.SHIFT);
        status(robot);
        var back = window.controller().session().snapshot();
        assertEquals(before.position(), back.position());
        assertEquals(before.machine(), back.machine(), "every register, cache and table as before");
    }

    @Test
    void runStopsAtAnEventBreakpointFromThePanel(FxRobot robot) {
        robot.interact(() -> window.breakpoints().setBreakpoints(new eduscc.labs.debug.Breakpoints(java.util.List.of())
            .with(new eduscc.labs.debug.DebugBreakpoint.OnEvent("ModeSwitch"))));
        robot.type(javafx.scene.input.KeyCode.F5);
        String text = status(robot);
        assertTrue(text.contains("stopped at"), text);
        assertEquals("protected", window.controller().session().snapshot().machine().core(0).mode());
    }
}
