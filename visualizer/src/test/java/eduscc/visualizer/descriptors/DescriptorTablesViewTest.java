package eduscc.visualizer.descriptors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.labs.debug.Session;
import eduscc.labs.scenario.ShippedLabs;
import eduscc.machine.trace.TraceEvent;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The descriptor panel on the boot lab, headless: the stub's GDT as the projector shows it. */
@ExtendWith(ApplicationExtension.class)
class DescriptorTablesViewTest {
    private Session session;
    private DescriptorTablesView view;

    @Start
    void start(Stage stage) {
        session = new Session(ShippedLabs.load("boot"));
        view = new DescriptorTablesView();
        view.show(session.snapshot(), 0);
        stage.setScene(new Scene((Parent) view.node(), 1100, 600));
        stage.sizeToScene();
        stage.show();
    }

    @AfterEach
    void close() {
        session.close();
    }

    @SuppressWarnings("unchecked")
    private static TableView<GdtRow> gdt(FxRobot robot) {
        return robot.lookup("#gdt-table").queryAs(TableView.class);
    }

    @ParameterizedTest(name = "font size {0}px")
    @ValueSource(ints = {12, 22})
    void theDescriptorBytesAreShownInFullAtEveryScale(int fontSize, FxRobot robot) {
        session.runUntil(e -> e.event() instanceof TraceEvent.ModeSwitch, "CR0.PE");
        robot.interact(() -> {
            view.node().setStyle("-fx-font-size: " + fontSize + "px");
            view.show(session.snapshot(), 0);
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        List<javafx.scene.control.Labeled> bytes = robot.lookup("#gdt-table .table-cell")
            .queryAllAs(javafx.scene.control.Labeled.class).stream()
            .filter(c -> c.getText() != null && c.getText().matches("([0-9A-F]{2} ){7}[0-9A-F]{2}")).toList();
        assertEquals(3, bytes.size(), "the stub's three descriptors");
        for (var cell : bytes) {
            javafx.scene.text.Text text = new javafx.scene.text.Text(cell.getText());
            text.setFont(cell.getFont());
            double needed = text.getLayoutBounds().getWidth() + cell.getPadding().getLeft() + cell.getPadding().getRight();
            assertTrue(cell.getWidth() >= needed, cell.getText() + " is cut: " + cell.getWidth() + " < " + needed);
        }
    }

    @Test
    void stubGdtListsNullCodeAndDataInWords(FxRobot robot) {
        session.runUntil(e -> e.event() instanceof TraceEvent.ModeSwitch, "CR0.PE");
        robot.interact(() -> view.show(session.snapshot(), 0));

        assertEquals("GDT at FFFFF048, limit 0017: 3 entries", robot.lookup("#gdt-header").queryAs(Label.class).getText());
        assertEquals(List.of("null", "code, readable", "data, writable"), gdt(robot).getItems().stream().map(GdtRow::type).toList());
        assertEquals("FFFFFFFF", gdt(robot).getItems().get(1).limitText());
    }

    @Test
    void theFarJumpHighlightsTheCodeDescriptorItMarkedAccessed(FxRobot robot) {
        session.runUntil(e -> e.event() instanceof TraceEvent.ModeSwitch, "CR0.PE");
        robot.interact(() -> view.show(session.snapshot(), 0));
        session.step();
        robot.interact(() -> view.show(session.snapshot(), 0));

        assertEquals("code, readable, accessed", gdt(robot).getItems().get(1).type());
        List<String> highlighted = robot.lookup("#gdt-table .table-row-cell").queryAllAs(TableRow.class).stream()
            .filter(row -> row.getStyleClass().contains("changed"))
            .map(row -> ((GdtRow) row.getItem()).type()).toList();
        assertEquals(List.of("code, readable, accessed"), highlighted, "exactly the row the far jump wrote");
    }

    @Test
    void showingTheSameSnapshotAgainKeepsTheHighlight(FxRobot robot) {
        session.runUntil(e -> e.event() instanceof TraceEvent.ModeSwitch, "CR0.PE");
        robot.interact(() -> view.show(session.snapshot(), 0));
        session.step();
        robot.interact(() -> view.show(session.snapshot(), 0));
        robot.interact(() -> view.show(session.snapshot(), 0));
        assertTrue(gdt(robot).getItems().get(1).changed(), "a redraw is not a step");
    }
}
