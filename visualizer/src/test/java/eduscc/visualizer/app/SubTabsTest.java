package eduscc.visualizer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eduscc.labs.debug.Session;
import eduscc.labs.scenario.ShippedLabs;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** {@code --view descriptors/tss}: the sub-tab inside the view comes to the front. */
@ExtendWith(ApplicationExtension.class)
class SubTabsTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(new Session(ShippedLabs.load("boot")));
        stage.setScene(new Scene(window.root(), 1280, 800));
        stage.show();
    }

    @AfterEach
    void close() {
        window.stop();
    }

    @Test
    void descriptorsSlashTssBringsTheTssTabToTheFront(FxRobot robot) {
        robot.interact(() -> {
            window.select("descriptor");
            SubTabs.select(window.root(), "TSS");
        });
        Node tables = robot.lookup(".descriptor-tables").query();
        assertEquals("TSS", ((TabPane) tables).getSelectionModel().getSelectedItem().getText());
        robot.interact(() -> SubTabs.select(window.root(), "idt"));
        assertEquals("IDT", ((TabPane) tables).getSelectionModel().getSelectedItem().getText(), "any case");
    }
}
