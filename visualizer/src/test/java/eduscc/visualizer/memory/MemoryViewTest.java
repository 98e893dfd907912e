package eduscc.visualizer.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.labs.debug.LastWrites;
import eduscc.labs.debug.MemoryWrite;
import eduscc.labs.debug.Session;
import eduscc.labs.scenario.ShippedLabs;
import eduscc.machine.snapshot.CoreSnapshot;
import eduscc.machine.trace.TraceEvent;
import eduscc.visualizer.app.MainWindow;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The memory view in the debugger window on the scheduling lab: go to, hex and ASCII, written bytes. */
@ExtendWith(ApplicationExtension.class)
class MemoryViewTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(new Session(ShippedLabs.load("scheduling")));
        Scene scene = new Scene(window.root(), 1280, 800);
        window.installKeys(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        window.stop();
    }

    /** Waits for the commands and the memory read they cause, then for the window to draw them. */
    private void settle(FxRobot robot) {
        for (int i = 0; i < 2; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            window.controller().idle().join();
            robot.interact(window::refresh);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Types into the address field as a user does, starting from an empty field. */
    private static org.testfx.api.FxRobotInterface type(FxRobot robot, String text) {
        robot.interact(() -> robot.lookup("#memory-address").queryTextInputControl().clear());
        return robot.clickOn("#memory-address").write(text);
    }

    private CoreSnapshot toFirstDecision(FxRobot robot) {
        window.controller().nextEvent(e -> e.event() instanceof TraceEvent.SchedulerDecision, "a scheduler decision");
        settle(robot);
        return window.controller().session().snapshot().machine().core(0);
    }

    @Test
    void doubleClickOnGdtrInTheCpuViewShowsTheGdtBytesInTheMemoryView(FxRobot robot) {
        CoreSnapshot core = toFirstDecision(robot);
        robot.interact(() -> window.select("CPU"));
        robot.doubleClickOn("#reg-gdtr");
        settle(robot);
        assertTrue(robot.lookup("#tab-memory").tryQuery().isPresent());
        MemoryViewModel model = window.memory().model();
        assertTrue(model.title().contains(String.format("linear 0x%08X", core.gdtrBase())), model.title());
        long code = core.tables().gdt().entry(1);
        StringBuilder entry = new StringBuilder();
        for (int b = 0; b < 8; b++) {
            entry.append(String.format("%02X ", (code >>> (8 * b)) & 0xFF));
        }
        String firstRow = model.text().lines().findFirst().orElseThrow();
        assertTrue(firstRow.contains(entry.toString().trim()),
            "the second 8 bytes are GDT entry 1, the kernel code descriptor: " + firstRow);
        assertTrue(firstRow.contains("\u2190 GDT"), firstRow);
    }

    @Test
    void showThisTssInMemoryFromTheDescriptorTablesGoesToTrsBase(FxRobot robot) {
        CoreSnapshot core = toFirstDecision(robot);
        robot.interact(() -> {
            window.select("Descriptor");
            window.root().applyCss(); // the view just came into the scene: skin its scroll pane
            window.root().layout();
            robot.lookup("#tss-table").queryTableView().getContextMenu().getItems().get(0).fire();
        });
        settle(robot);
        String title = window.memory().model().title();
        assertTrue(title.contains(String.format("linear 0x%08X", core.tr().base() & ~0xF)), title);
        assertTrue(window.memory().model().text().lines().findFirst().orElseThrow().contains("\u2190 TSS"));
    }

    @Test
    void bytesTheLastStepWroteAreMarkedInTheDump(FxRobot robot) {
        toFirstDecision(robot);
        LastWrites written = LastWrites.NONE;
        for (int i = 0; i < 200 && written.writes().stream().noneMatch(w -> w.core() == 0); i++) {
            window.controller().step().join();
            written = window.controller().session().snapshot().lastWrites();
        }
        MemoryWrite first = written.writes().stream().filter(w -> w.core() == 0).findFirst().orElseThrow();
        settle(robot);
        robot.interact(() -> {
            window.select("Memory");
            window.memory().goTo(eduscc.machine.snapshot.MemoryDump.Space.LINEAR, first.linear());
        });
        settle(robot);
        MemoryViewModel model = window.memory().model();
        MemoryViewModel.Mark mark = model.marks().stream().filter(m -> m.style().equals("written")).findFirst()
            .orElseThrow(() -> new AssertionError("no byte marked written: " + model.writes()));
        StyleClassedTextArea dump = robot.lookup("#memory-dump").queryAs(StyleClassedTextArea.class);
        assertTrue(dump.getStyleOfChar(mark.start() + 1).contains("written"),
            "the text area draws the mark: " + dump.getStyleOfChar(mark.start() + 1));
        assertTrue(model.writes().contains("here (marked)"), model.writes());
    }

    @Test
    void typingALandmarkOrAHexAddressGoesThere(FxRobot robot) {
        CoreSnapshot core = toFirstDecision(robot);
        robot.interact(() -> window.select("Memory"));
        type(robot, "esp").type(KeyCode.ENTER);
        settle(robot);
        int esp = core.segment(eduscc.machine.cpu.Registers.SS).base() + core.register(eduscc.machine.cpu.Registers.ESP);
        assertTrue(window.memory().model().title().contains(String.format("0x%08X", esp & ~0xF)),
            window.memory().model().title() + " after typing '" + robot.lookup("#memory-address")
                .queryTextInputControl().getText() + "'");
        type(robot, "not-an-address").type(KeyCode.ENTER);
        settle(robot);
        String problem = robot.lookup("#memory-problems").queryLabeled().getText();
        assertTrue(problem.contains("is not an address"), problem);
        type(robot, "0xF8000000").type(KeyCode.ENTER);
        robot.interact(() -> robot.lookup("#memory-space").queryComboBox().getSelectionModel()
            .select(eduscc.machine.snapshot.MemoryDump.Space.PHYSICAL));
        robot.clickOn("#memory-go");
        settle(robot);
        assertFalse(window.memory().model().problems().isEmpty(), "a register bank is not read, and the view says why");
        assertEquals("physical", window.memory().model().title().split(", ")[1].split(" ")[0]);
    }
}
