package eduscc.visualizer.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.labs.debug.Session;
import eduscc.labs.scenario.ShippedLabs;
import eduscc.machine.trace.TraceEvent;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The events table, headless: the events in words, in columns wide enough for what they hold. */
@ExtendWith(ApplicationExtension.class)
class EventsViewWordsTest {
    private Session session;
    private EventsView view;
    private Parent root;

    @Start
    void start(Stage stage) {
        session = new Session(ShippedLabs.load("scheduling"));
        view = new EventsView();
        root = (Parent) view.node();
        stage.setScene(new Scene(root, 1280, 700));
        stage.show();
    }

    @AfterEach
    void close() {
        session.close();
    }

    private void showAfterFirstSwitch(FxRobot robot) {
        robot.interact(() -> {
            session.runUntil(e -> e.event() instanceof TraceEvent.TaskSwitch, "the first task switch");
            view.show(session.snapshot());
        });
    }

    /** The cells of the rows on screen. */
    private static List<TableCell<?, ?>> visibleCells(FxRobot robot) {
        Set<Node> cells = robot.lookup("#events .table-cell").queryAll();
        return cells.stream().filter(Node::isVisible).<TableCell<?, ?>>map(n -> (TableCell<?, ?>) n)
            .filter(c -> !c.isEmpty() && c.getText() != null).toList();
    }

    @Test
    void noCellIsCutShortAtTheNormalOrAProjectorsScale(FxRobot robot) {
        showAfterFirstSwitch(robot);
        for (String scale : List.of("", "-fx-font-size: 32px;")) {
            robot.interact(() -> {
                root.setStyle(scale);
                view.show(session.snapshot());
            });
            robot.interact(() -> root.applyCss());
            List<TableCell<?, ?>> cells = visibleCells(robot);
            assertFalse(cells.isEmpty(), "the table shows rows");
            for (TableCell<?, ?> cell : cells) {
                // What the skin draws: the cell's text, or that text cut short with "..." when the column is too narrow.
                String drawn = ((Text) cell.lookup(".text")).getText();
                assertEquals(cell.getText(), drawn, "column '" + cell.getTableColumn().getText() + "' is "
                    + cell.getWidth() + " px wide" + (scale.isEmpty() ? "" : " at " + scale));
            }
        }
    }

    @Test
    void eventsReadAsWordsNotAsTheRecordsFields(FxRobot robot) {
        showAfterFirstSwitch(robot);
        TableView<?> table = robot.lookup("#events").queryTableView();
        List<String> words = table.getItems().stream().map(r -> ((EventsView.Row) r).words()).toList();
        assertTrue(words.stream().noneMatch(w -> w.matches("^[A-Z][A-Za-z]+\\[.*")),
            "no line is a record's toString: " + words.stream().filter(w -> w.contains("[")).findFirst().orElse(""));
        String switchRow = words.stream().filter(w -> w.contains("task switch")).findFirst().orElse("no task switch row");
        assertTrue(switchRow.matches("hardware JMP task switch: TSS 0028 \\(idle\\) -> 0050 \\(realtime\\), \\d+ cycles;"
            + " CS, SS, DS, ES, FS, GS loaded from the new TSS"), switchRow);
        assertTrue(words.contains("real mode -> protected mode (CR0 = 60000011)"), "the mode switch in words");
        assertTrue(words.stream().anyMatch(w -> w.equals("LTR 0028 (idle): TSS at 00112000, limit 0067")),
            "LTR names the idle task's TSS: " + words.stream().filter(w -> w.startsWith("LTR")).toList());
    }

    @Test
    void theSearchFindsTheWords(FxRobot robot) {
        showAfterFirstSwitch(robot);
        robot.interact(() -> robot.lookup("#event-search").queryTextInputControl().setText("takes the core"));
        robot.interact(() -> robot.lookup("#event-search").queryTextInputControl().setText("task switch: TSS"));
        assertEquals(1, view.shownRows(), "one task switch so far, found by its words");
    }
}
