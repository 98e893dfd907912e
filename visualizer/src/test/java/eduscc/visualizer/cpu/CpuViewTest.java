package eduscc.visualizer.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.labs.debug.Session;
import eduscc.labs.scenario.ShippedLabs;
import eduscc.machine.trace.TraceEvent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The CPU view on the boot lab, headless: the moment CR0.PE is set, as a student sees it. */
@ExtendWith(ApplicationExtension.class)
class CpuViewTest {
    private Session session;
    private CpuView view;

    @Start
    void start(Stage stage) {
        session = new Session(ShippedLabs.load("boot"));
        view = new CpuView();
        view.show(session.snapshot(), 0);
        stage.setScene(new Scene(new ScrollPane(view.node()), 1000, 700));
        stage.sizeToScene();
        stage.show();
    }

    @AfterEach
    void close() {
        session.close();
    }

    private Label label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class);
    }

    @Test
    void atTheModeSwitchPeIsSetAndCsStillHoldsTheResetCache(FxRobot robot) {
        assertTrue(label(robot, "#cr0-PE").getStyleClass().contains("clear"), "real mode at reset");
        robot.interact(() -> {
            session.runUntil(e -> e.event() instanceof TraceEvent.ModeSwitch, "CR0.PE");
            view.show(session.snapshot(), 0);
        });
        Label pe = label(robot, "#cr0-PE");
        assertEquals("PE=1", pe.getText());
        assertTrue(pe.getStyleClass().contains("set"), "the PE cell is drawn as set: " + pe.getStyleClass());
        assertTrue(pe.getStyleClass().contains("changed"), "and highlighted as changed");
        assertEquals("protected", label(robot, "#cpu-mode").getText());
        assertEquals("0xF000", label(robot, "#seg-cs-selector").getText());
        assertEquals("0xFFFF0000", label(robot, "#seg-cs-base").getText());
        assertTrue(label(robot, "#cpu-changes").getText().contains("CR0.PE"), "the change is said in words too");
    }

    @Test
    void theCachesSectionShowsTheSnapshotsCounters(FxRobot robot) {
        robot.interact(() -> {
            session.runUntil(e -> e.event() instanceof TraceEvent.ModeSwitch, "CR0.PE");
            view.show(session.snapshot(), 0);
        });
        eduscc.machine.snapshot.CacheSnapshot caches = session.snapshot().machine().core(0).caches();
        long fetchHits = caches.hits(eduscc.machine.cache.Level.L1I);
        // The reset code runs with the reset's CR0.CD set: every line it enters is a miss, and
        // none is filled, so nothing hits until the kernel turns the caches on.
        assertEquals(0, fetchHits, "no fill, no hit");
        assertTrue(caches.misses(eduscc.machine.cache.Level.L1I) > 0, "the boot code was fetched from memory");
        assertEquals(0, caches.contents(eduscc.machine.cache.Level.L1I).occupied(), "and filled no line");
        assertEquals(String.format(java.util.Locale.ROOT, "%,d", fetchHits), label(robot, "#cache-L1I-hits").getText());
        assertEquals(String.format(java.util.Locale.ROOT, "%,d", caches.misses(eduscc.machine.cache.Level.L1I)),
            label(robot, "#cache-L1I-misses").getText());
        assertEquals(String.format(java.util.Locale.ROOT, "%,d", caches.misses(eduscc.machine.cache.Level.L2)),
            label(robot, "#cache-L2-misses").getText());
        assertEquals(caches.writeStalls() + " (" + caches.writeStallCycles() + " cycles)",
            label(robot, "#cache-write-stalls").getText().replace(",", ""));
        String missed = caches.lastMisses().isEmpty() ? "none" : caches.lastMisses().get(0).toString();
        assertTrue(label(robot, "#cache-last-misses").getText().startsWith(missed),
            "the last step's misses are listed: " + label(robot, "#cache-last-misses").getText());
    }

    @Test
    void afterTheFarJumpTheCsCellsAreHighlighted(FxRobot robot) {
        robot.interact(() -> {
            session.runUntil(e -> e.event() instanceof TraceEvent.ModeSwitch, "CR0.PE");
            view.show(session.snapshot(), 0);
        });
        assertFalse(label(robot, "#seg-cs-selector").getStyleClass().contains("changed"));
        robot.interact(() -> {
            session.step();
            view.show(session.snapshot(), 0);
        });
        Label selector = label(robot, "#seg-cs-selector");
        assertTrue(selector.getStyleClass().contains("changed"), "CS changed at the far jump: " + selector.getText());
        assertTrue(label(robot, "#seg-cs-base").getStyleClass().contains("changed"));
        assertFalse(label(robot, "#cr0-PE").getStyleClass().contains("changed"), "PE did not change this time");
        assertEquals("32-bit", label(robot, "#seg-cs-size").getText());
    }
}
