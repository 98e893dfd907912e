package eduscc.visualizer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.labs.debug.Session;
import eduscc.labs.scenario.ShippedLabs;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Projector mode as a lecturer uses it: the zoom keys of a US keyboard, a scale change that
 * restyles only what is on screen, the mesh following the scale, the tool bar whole at 250 %,
 * and F11's presentation layout at 1920 x 1080 and at 1280 x 800.
 */
@ExtendWith(ApplicationExtension.class)
class ProjectorModeTest {
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = new MainWindow(new Session(ShippedLabs.load("scheduling")));
        Scene scene = new Scene(window.root(), 1280, 800);
        window.installKeys(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        window.stop();
        javafx.application.Platform.runLater(() -> {
            stage.setWidth(1024);
            stage.setHeight(680);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static KeyEvent key(KeyCode code, boolean shift, String text) {
        return new KeyEvent(KeyEvent.KEY_PRESSED, text, text, code, shift, true, false, false);
    }

    private static boolean matches(java.util.List<javafx.scene.input.KeyCombination> keys, KeyEvent e) {
        return keys.stream().anyMatch(k -> k.match(e));
    }

    @Test
    void ctrlPlusZoomsInHoweverAUsKeyboardTypesThePlus() {
        assertTrue(matches(Projector.ZOOM_IN, key(KeyCode.EQUALS, false, "=")), "Ctrl =");
        assertTrue(matches(Projector.ZOOM_IN, key(KeyCode.EQUALS, true, "+")), "Ctrl Shift = (the + of a US keyboard)");
        assertTrue(matches(Projector.ZOOM_IN, key(KeyCode.PLUS, true, "+")), "Ctrl + where the keyboard has a plus key");
        assertTrue(matches(Projector.ZOOM_IN, key(KeyCode.ADD, false, "+")), "Ctrl numpad +");
        assertTrue(matches(Projector.ZOOM_OUT, key(KeyCode.MINUS, false, "-")), "Ctrl -");
        assertTrue(matches(Projector.ZOOM_OUT, key(KeyCode.SUBTRACT, false, "-")), "Ctrl numpad -");
        assertTrue(matches(Projector.RESET, key(KeyCode.DIGIT0, false, "0")), "Ctrl 0");
        assertFalse(matches(Projector.ZOOM_IN, new KeyEvent(KeyEvent.KEY_PRESSED, "=", "=", KeyCode.EQUALS,
            false, false, false, false)), "= alone types, it does not zoom");
    }

    @Test
    void theRobotsCtrlShiftEqualsZoomsInAndCtrl0Resets(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.EQUALS).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertEquals(1.2, window.projector().scaleProperty().get(), 1e-9, "one step up from 100 %");
        robot.press(KeyCode.CONTROL).type(KeyCode.ADD).type(KeyCode.ADD).release(KeyCode.CONTROL);
        assertEquals(1.75, window.projector().scaleProperty().get(), 1e-9, "numpad + twice more: 150 %, 175 %");
        assertTrue(window.root().getStyle().contains("22.8px"), window.root().getStyle());
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        assertEquals(1.0, window.projector().scaleProperty().get(), 1e-9, "Ctrl 0 is 100 % again");
    }

    @Test
    void theStepsReach250AndStopAt300(FxRobot robot) {
        robot.interact(() -> {
            for (int i = 0; i < 5; i++) {
                window.projector().zoomIn();
            }
        });
        assertEquals(2.5, window.projector().scaleProperty().get(), 1e-9, "100 120 150 175 200 250");
        robot.interact(() -> {
            window.projector().zoomIn();
            window.projector().zoomIn();
        });
        assertEquals(3.0, window.projector().scaleProperty().get(), 1e-9);
        robot.interact(() -> window.projector().zoomOut());
        assertEquals(2.5, window.projector().scaleProperty().get(), 1e-9);
    }

    /**
     * The cause of the one-to-four-second freeze on Ctrl +: every view in every tab, the source
     * listing and the trace tables among them, was restyled and laid out again. Only the tab in
     * front has its view in the scene now.
     */
    @Test
    void onlyTheViewInFrontIsRestyledWhenTheScaleChanges(FxRobot robot) {
        robot.interact(() -> {
            window.select("cpu");
            window.root().applyCss();
            window.root().layout();
        });
        assertNotNull(robot.lookup("#cr0-PE").tryQuery().orElse(null), "the CPU view is on screen");
        assertTrue(robot.lookup("#source").tryQuery().isEmpty(), "the source listing behind its tab is not in the scene");
        assertTrue(robot.lookup("#events").tryQuery().isEmpty(), "nor is the events table");
        robot.interact(() -> {
            window.select("source");
            window.root().applyCss();
            window.root().layout();
        });
        assertTrue(robot.lookup("#source").tryQuery().isPresent(), "selected, the listing is back");
        assertTrue(robot.lookup("#cr0-PE").tryQuery().isEmpty(), "and the CPU view has left");
    }

    @Test
    void theMeshLabelsFollowTheScale(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(1920);
            stage.setHeight(1080);
        });
        double before = meshView().layout().labelFont();
        robot.interact(() -> window.projector().setScale(2.5));
        double after = meshView().layout().labelFont();
        assertTrue(after >= 2.2 * before, "the mesh's header and axis labels grow with the UI: " + before + " px, then " + after);
        assertTrue(after >= 26, "nearly 30 px at 250 % (the panel's width may hold them a little below), was " + after);
    }

    @Test
    void theStatusLineWrapsRatherThanCutItsSentence(FxRobot robot) {
        robot.interact(() -> {
            window.projector().setScale(2.5);
            window.root().applyCss();
            window.root().layout();
            window.root().layout();
        });
        javafx.scene.control.Label status = robot.lookup("#status").queryAs(javafx.scene.control.Label.class);
        assertTrue(status.getText().length() > 60, "a long status at the start of the lab: " + status.getText());
        assertEquals(java.util.List.of(), CompleteText.problems(status.getParent()).stream()
            .filter(p -> p.startsWith("#status")).toList());
    }

    @Test
    void theTimelineStripsFollowTheScale(FxRobot robot) {
        double before = window.timelineView().fontSize();
        robot.interact(() -> window.projector().setScale(2.5));
        assertEquals(2.5 * before, window.timelineView().fontSize(), 0.01, "the timeline's text grows with the UI");
    }

    @Test
    void theToolBarIsWholeAt250PercentOn1280x800(FxRobot robot) {
        robot.interact(() -> window.projector().setScale(2.5));
        robot.interact(() -> {
            window.root().applyCss();
            window.root().layout();
        });
        Pane rows = robot.lookup("#tool-rows").queryAs(Pane.class);
        for (String id : java.util.List.of("#run", "#speed", "#pause", "#step", "#step-line", "#back",
            "#event-kind-to-run", "#next-event", "#previous-event", "#reset", "#core")) {
            Node control = robot.lookup(id).query();
            assertTrue(control.isVisible() && control.getScene() != null, id + " is shown");
            Bounds b = control.localToScene(control.getLayoutBounds());
            assertTrue(b.getMaxX() <= 1281 && b.getMinX() >= 0 && b.getMaxY() < rows.localToScene(rows.getLayoutBounds()).getMaxY() + 1,
                id + " lies inside the window's tool rows, at " + b);
        }
    }

    @Test
    void f11KeepsTheMeshBesideTheViewOnAFullHdScreen(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(1920);
            stage.setHeight(1080);
        });
        SplitPane split = (SplitPane) ((BorderPane) window.root()).getCenter();
        robot.interact(() -> window.select("cpu"));
        robot.type(KeyCode.F11);
        assertTrue(window.presentingProperty().get(), "F11 turns the presentation layout on");
        assertEquals(2, split.getItems().size(), "the mesh stays beside the view");
        robot.interact(() -> window.root().layout());
        Node mesh = split.getItems().get(0);
        Node tabs = split.getItems().get(1);
        assertTrue(mesh.getLayoutBounds().getWidth() > 600, "the mesh has room: " + mesh.getLayoutBounds().getWidth());
        assertTrue(tabs.getLayoutBounds().getWidth() > mesh.getLayoutBounds().getWidth(), "the chosen view is the larger part");
        assertEquals("tab-cpu", ((TabPane) tabs).getSelectionModel().getSelectedItem().getId(), "the chosen view stays in front");
        robot.type(KeyCode.F11);
        assertFalse(window.presentingProperty().get());
        assertEquals(2, split.getItems().size());
    }

    @Test
    void f11On1280x800GivesTheViewTheWidthAndTheMeshATab(FxRobot robot) {
        SplitPane split = (SplitPane) ((BorderPane) window.root()).getCenter();
        Node mesh = split.getItems().get(0);
        robot.type(KeyCode.F11);
        assertEquals(1, split.getItems().size(), "no room for the mesh beside the view");
        TabPane tabs = (TabPane) split.getItems().get(0);
        assertTrue(tabs.getTabs().stream().anyMatch(t -> "tab-mesh".equals(t.getId()) && t.getContent() == mesh),
            "the mesh is one click away in a tab of its own, not gone");
        robot.type(KeyCode.F11);
        assertEquals(2, split.getItems().size(), "F11 again: the desk layout");
        assertSame(mesh, split.getItems().get(0));
        assertNull(tabs.getTabs().stream().filter(t -> "tab-mesh".equals(t.getId())).findFirst().orElse(null));
    }

    private static void assertSame(Object expected, Object actual) {
        org.junit.jupiter.api.Assertions.assertSame(expected, actual);
    }

    private eduscc.visualizer.mesh.MeshView meshView() {
        return window.meshView();
    }
}
