package eduscc.visualizer.breakpoints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.labs.debug.Breakpoints;
import eduscc.labs.debug.DebugBreakpoint;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The breakpoints panel, headless: add an event breakpoint through the controls, then remove it. */
@ExtendWith(ApplicationExtension.class)
class BreakpointsViewTest {
    private BreakpointsView view;
    private final List<Breakpoints> told = new ArrayList<>();

    @Start
    void start(Stage stage) {
        view = new BreakpointsView();
        view.addListener(told::add);
        stage.setScene(new Scene(new StackPane(view.node()), 600, 300));
        stage.show();
    }

    @Test
    void anEventBreakpointAddedThroughTheControlsIsInTheModelUntilRemoved(FxRobot robot) {
        robot.interact(() -> robot.lookup("#breakpoint-kind").queryAs(ComboBox.class).getSelectionModel().select("event"));
        robot.clickOn("#breakpoint-text").write("ModeSwitch");
        robot.clickOn("#breakpoint-add");
        assertEquals(List.of(new DebugBreakpoint.OnEvent("ModeSwitch")), view.breakpoints().all());
        assertEquals(1, told.size(), "the window is told of the change");
        ListView<?> list = robot.lookup("#breakpoints").queryAs(ListView.class);
        assertEquals(1, list.getItems().size());
        assertTrue(robot.lookup("event ModeSwitch").tryQuery().isPresent(), "the list shows the breakpoint's text");

        robot.interact(() -> list.getSelectionModel().select(0));
        robot.clickOn("#breakpoint-remove");
        assertTrue(view.breakpoints().isEmpty(), "removed from the model");
        assertEquals(0, list.getItems().size());
    }

    @Test
    void aBadTextSaysWhatTheKindExpects(FxRobot robot) {
        robot.interact(() -> robot.lookup("#breakpoint-kind").queryAs(ComboBox.class).getSelectionModel().select("core"));
        robot.clickOn("#breakpoint-text").write("three");
        robot.clickOn("#breakpoint-add");
        assertTrue(view.breakpoints().isEmpty());
        assertEquals("core: not a number: 'three'", robot.lookup("#breakpoint-problem").queryAs(Label.class).getText());
    }

    @Test
    void aHypercallByNameAndAGuestExitOfAnyReason(FxRobot robot) {
        robot.interact(() -> robot.lookup("#breakpoint-kind").queryAs(ComboBox.class).getSelectionModel().select("hypercall"));
        assertEquals("a number or a name: 14, LHCALL_SET_PTE", robot.lookup("#breakpoint-text").queryAs(TextField.class).getPromptText());
        robot.clickOn("#breakpoint-text").write("LHCALL_SET_PTE");
        robot.clickOn("#breakpoint-add");
        robot.interact(() -> robot.lookup("#breakpoint-kind").queryAs(ComboBox.class).getSelectionModel().select("guestExit"));
        robot.clickOn("#breakpoint-add");
        assertEquals(List.of(new DebugBreakpoint.OnHypercall(14), new DebugBreakpoint.OnGuestExit("")), view.breakpoints().all());
        assertTrue(robot.lookup("hypercall 14 (LHCALL_SET_PTE)").tryQuery().isPresent());
        assertTrue(robot.lookup("guest exit").tryQuery().isPresent(), "an empty text: any exit");
    }
}
