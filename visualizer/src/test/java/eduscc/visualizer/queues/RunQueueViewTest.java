package eduscc.visualizer.queues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.kernel.KernelSnapshot;
import eduscc.labs.debug.Session;
import eduscc.labs.scenario.ShippedLabs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The run-queue view on the scheduling lab, headless: the cells and rows are the kernel's bitmap and lists. */
@ExtendWith(ApplicationExtension.class)
class RunQueueViewTest {
    private Session session;
    private RunQueueView view;

    @Start
    void start(Stage stage) {
        session = new Session(ShippedLabs.load("scheduling"));
        view = new RunQueueView();
        view.show(session.snapshot(), 0);
        stage.setScene(new Scene(new ScrollPane(view.node()), 1200, 600));
        stage.sizeToScene();
        stage.show();
    }

    @AfterEach
    void close() {
        session.close();
    }

    private void decisions(FxRobot robot, int count) {
        robot.interact(() -> {
            for (int i = 0; i < count; i++) {
                RunQueueViewModelTest.nextDecision(session);
            }
            view.show(session.snapshot(), 0);
        });
    }

    /** The ready lists as the view draws them: priority to task labels, in the order shown. */
    private Map<Integer, List<String>> shownLists(FxRobot robot) {
        Map<Integer, List<String>> shown = new TreeMap<>();
        for (Node row : robot.lookup(".prio-row").queryAll()) {
            List<String> tasks = new ArrayList<>();
            for (Node n : ((HBox) row).getChildren()) {
                if (n.getStyleClass().contains("task-chip")) {
                    tasks.add(((Label) n).getText());
                }
            }
            shown.put(Integer.parseInt(row.getId().substring("prio-".length())), tasks);
        }
        return shown;
    }

    @Test
    void everyBitCellFitsTheDebuggersTabWithItsNumberInFull(FxRobot robot) {
        double tabWidth = 740; // the tab pane beside the mesh in a 1280-pixel window
        RunQueueView narrow = new RunQueueView();
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            decisionsWithoutView(3);
            narrow.show(session.snapshot(), 0);
            stage[0] = new Stage();
            stage[0].setScene(new Scene((javafx.scene.Parent) narrow.node(), tabWidth, 600));
            stage[0].show();
        });
        try {
            for (int bit = 0; bit < 32; bit++) {
                javafx.scene.layout.Region cell = (javafx.scene.layout.Region) narrow.node().lookup("#bit-" + bit);
                double right = cell.localToScene(cell.getBoundsInLocal()).getMaxX();
                assertTrue(right <= tabWidth, "bit " + bit + " ends at x = " + right + ", outside the tab");
                Label number = (Label) cell.getChildrenUnmodifiable().get(0);
                assertTrue(number.getWidth() >= number.prefWidth(-1) - 0.5,
                    "bit " + bit + "'s number is cut short: " + number.getWidth() + " < " + number.prefWidth(-1));
            }
        } finally {
            robot.interact(() -> stage[0].close());
        }
    }

    private void decisionsWithoutView(int count) {
        for (int i = 0; i < count; i++) {
            RunQueueViewModelTest.nextDecision(session);
        }
    }

    @Test
    void cellsAndRowsShowTheKernelsBitmapAndReadyLists(FxRobot robot) {
        decisions(robot, 3);
        KernelSnapshot k = session.snapshot().kernels().get(0);
        for (int bit = 0; bit < 32; bit++) {
            Node cell = robot.lookup("#bit-" + bit).query();
            boolean set = (k.prioBitmap() & (1 << bit)) != 0;
            assertEquals(set, cell.getStyleClass().contains("lit"), "cell of bit " + bit);
            assertEquals(bit == RunQueueViewModelTest.lastDecisionBsr(session.snapshot()),
                cell.getStyleClass().contains("bsr"), "BSR marker on bit " + bit);
        }
        assertEquals(k.readyLists(), shownLists(robot));
        assertEquals(k.running(), robot.lookup("#rq-running .task-chip").queryAs(Label.class).getText());
        assertEquals(String.format("prioBitmap = 0x%08X", k.prioBitmap()),
            robot.lookup("#rq-bitmap-hex").queryAs(Label.class).getText());
    }

    /**
     * The ready queues are bytes, so a decision is many steps (the lock, the loads and stores of
     * the dequeue, the release): stepping through the third decision, each change is highlighted
     * in the step that makes it. The store that empties list 16 flips bit 16; the decision itself
     * is the step in which high takes the core.
     */
    @Test
    void theNextDecisionHighlightsWhatMovedAndWhatFlipped(FxRobot robot) {
        decisions(robot, 2);
        String runningBefore = session.snapshot().kernels().get(0).running();
        int decisionsBefore = decisionsSoFar(session.snapshot());
        int bit16Flips = 0;
        while (decisionsSoFar(session.snapshot()) == decisionsBefore) {
            robot.interact(() -> {
                session.step();
                view.show(session.snapshot(), 0);
            });
            KernelSnapshot now = session.snapshot().kernels().get(0);
            KernelSnapshot before = session.snapshot().previousStep().kernels().get(0);
            Node bit16 = robot.lookup("#bit-16").query();
            if (((before.prioBitmap() ^ now.prioBitmap()) & (1 << 16)) != 0) {
                bit16Flips++;
                assertTrue(bit16.getStyleClass().containsAll(List.of("unlit", "changed")),
                    "high left list 16: bit 16 went dark and is highlighted, " + bit16.getStyleClass());
                String changes = robot.lookup("#rq-changes").queryAs(Label.class).getText();
                assertTrue(changes.contains("bit 16 cleared"), changes);
            } else {
                assertTrue(!bit16.getStyleClass().contains("changed"), "bit 16 did not flip at position "
                    + session.snapshot().position() + " but is highlighted");
            }
        }
        assertEquals(1, bit16Flips, "one store cleared bit 16 on the way to the decision");
        KernelSnapshot k = session.snapshot().kernels().get(0);
        assertTrue(!k.running().equals(runningBefore), "the test needs a decision that switches tasks");
        Label running = robot.lookup("#rq-running .task-chip").queryAs(Label.class);
        assertEquals(k.running(), running.getText());
        assertTrue(running.getStyleClass().contains("changed"), k.running() + " took the core and is highlighted");
        String changes = robot.lookup("#rq-changes").queryAs(Label.class).getText();
        assertTrue(changes.contains(k.running() + ": not in any list -> running"), changes);
        assertEquals(k.readyLists(), shownLists(robot));
        assertTrue(robot.lookup("#bit-16").query().getStyleClass().contains("unlit"), "list 16 stays empty");
    }

    /** How many scheduler decisions core 0 has made in the run up to {@code s}. */
    private static int decisionsSoFar(eduscc.labs.debug.DebugSnapshot s) {
        return (int) s.trace().stream()
            .filter(e -> e.core() == 0 && e.event() instanceof eduscc.machine.trace.TraceEvent.SchedulerDecision)
            .count();
    }

    @Test
    void stepsThatChangeNoQueueRedrawNoNode(FxRobot robot) {
        session.runTo(190, "test"); // the kernel builds a TSS: no queue changes until boundary 213
        robot.interact(() -> view.show(session.snapshot(), 0));
        session.step(); // compared with 190 rather than the start: the "moved" marks go
        robot.interact(() -> view.show(session.snapshot(), 0));
        int before = view.redraws();
        for (int i = 0; i < 14; i++) {
            session.step();
            robot.interact(() -> view.show(session.snapshot(), 0));
        }
        assertEquals(before, view.redraws(), "14 frames with the same queues left the nodes alone");
        session.runTo(17_250, "test"); // tick 1: the tasks are made and one runs
        robot.interact(() -> view.show(session.snapshot(), 0));
        assertEquals(before + 1, view.redraws(), "a frame with other queues redraws");
    }

    @Test
    void theDecisionPanelExplainsTheDecisionJustTaken(FxRobot robot) {
        decisions(robot, 1);
        assertTrue(robot.lookup("#bit-31").query().getStyleClass().contains("bsr"),
            "tick 1's BSR found 31 in the bitmap it read");
        assertTrue(!robot.lookup("#bit-16").query().getStyleClass().contains("bsr"),
            "16 is the highest bit now, the next decision's question, not this one's answer");
        assertEquals("read prioBitmap 0x80010102 (bits 31, 16, 8, 1): BSR found 31, priority 31 chosen",
            robot.lookup("#rq-decision-read").queryAs(Label.class).getText());
        assertEquals("idle -> realtime (higher priority ready)",
            robot.lookup("#rq-decision-outcome").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#rq-decision-because").queryAs(Label.class).getText()
            .contains("takes the core from the idle task"));
    }

    @Test
    void aSleeperHasItsOwnRowWithTheTickItWakesAt(FxRobot robot) {
        robot.interact(() -> {
            while (session.snapshot().kernels().get(0).sleeping().isEmpty()) {
                RunQueueViewModelTest.nextDecision(session);
            }
            view.show(session.snapshot(), 0);
        });
        assertEquals("realtime", robot.lookup("#rq-sleeping .task-chip").queryAs(Label.class).getText());
        assertEquals("until tick 5", robot.lookup("#rq-sleeping .wake-tick").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#rq-blocked .task-chip").queryAll().stream()
            .noneMatch(n -> ((Label) n).getText().equals("realtime")), "realtime is not listed as blocked");
    }
}
