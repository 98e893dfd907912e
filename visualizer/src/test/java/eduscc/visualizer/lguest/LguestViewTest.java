package eduscc.visualizer.lguest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.labs.debug.DebugSnapshot;
import eduscc.labs.debug.Session;
import eduscc.labs.scenario.ShippedLabs;
import eduscc.machine.trace.TraceEntry;
import eduscc.machine.trace.TraceEvent;
import eduscc.visualizer.app.MainWindow;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Predicate;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The lguest tab on the lguest lab: the guest "hello" leaves core 0 28 times (counted here from
 * the trace too), the latest exits newest first, where the core is inside the Switcher and inside
 * the guest, a step back that counts one exit fewer, Enter on a row that goes to that exit; and
 * after the Lab menu opens the scheduling lab, its one line that says no core hosts a guest.
 */
@ExtendWith(ApplicationExtension.class)
class LguestViewTest {
    private static final Predicate<TraceEntry> ENTER = e -> e.event() instanceof TraceEvent.GuestEnter;
    private static final Predicate<TraceEntry> EXIT = e -> e.event() instanceof TraceEvent.GuestExit;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(new Session(ShippedLabs.load("lguest")));
        stage.setScene(new Scene(window.root(), 1280, 800));
        stage.show();
    }

    @AfterEach
    void close() {
        window.stop();
    }

    private DebugSnapshot settle(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        window.controller().idle().join();
        robot.interact(window::refresh);
        WaitForAsyncUtils.waitForFxEvents();
        return window.controller().session().snapshot();
    }

    private LguestLane lane() {
        return window.lguest().lane(0);
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void theWholeRunCountsEachExitByKindAndListsTheLatestFirst(FxRobot robot) {
        robot.interact(() -> window.select("lguest"));
        settle(robot);
        assertEquals("no exits yet: the launcher has not entered its guest", text(robot, "#lguest-counts-0"),
            "the lab gives core 0's launcher a guest: its lane is there before the first GuestEnter");
        window.controller().run(null);
        DebugSnapshot end = settle(robot);
        TreeMap<String, Integer> fromTrace = new TreeMap<>();
        end.trace().stream().filter(EXIT).map(e -> ((TraceEvent.GuestExit) e.event()).reason())
            .forEach(r -> fromTrace.merge(r.startsWith("hypercall") ? "hypercall" : r.startsWith("page fault") ? "page fault" : r, 1, Integer::sum));
        assertEquals("{general protection=18, hypercall=8, page fault=8}", fromTrace.toString(), "the trace's own count");
        assertEquals("34 exits: 18 general protection, 8 hypercalls, 8 page faults", text(robot, "#lguest-counts-0"));
        assertEquals("hypercalls: 4 LHCALL_FLUSH_ASYNC, 2 LHCALL_NOTIFY, 1 LHCALL_LGUEST_INIT, 1 LHCALL_SHUTDOWN",
            text(robot, "#lguest-hypercalls-0"), "hello.asm: two NOTIFYs of the virtio console, three no-op FLUSH_ASYNCs (empty ring), then the one that runs the queued call");
        assertEquals("core 0 hosts guest hello", text(robot, "#lguest-title-0"));
        List<String> rows = lane().rows();
        assertEquals(34, rows.size(), "every exit of this short run is kept");
        assertEquals(List.of(
            "#1227 | hypercall LHCALL_SHUTDOWN | 0x004000AF | 416",
            "#1198 | hypercall LHCALL_FLUSH_ASYNC | 0x0040009E | 525",
            "#1169 | page fault at 0x00500058 | 0x00400086 | 485",
            "#1138 | hypercall LHCALL_FLUSH_ASYNC | 0x00400084 | 420",
            "#1109 | hypercall LHCALL_FLUSH_ASYNC | 0x00400084 | 420",
            "#1080 | hypercall LHCALL_FLUSH_ASYNC | 0x00400084 | 702",
            "#1051 | page fault at 0x00600000 | 0x0040006E | 470",
            "#958 | hypercall LHCALL_NOTIFY | 0x0040006E | 764"), rows.subList(0, 8));
        assertEquals("#84 | page fault at 0x00400000 | 0x00400000 | 2674", rows.get(33), "the first exit: the empty shadow table");
        assertEquals(1, window.lguest().rebuilds(), "a run that goes on only adds its new events");
        assertEquals(34, lane().strip().trips().size());
        assertEquals("G", TripStrip.letter("general protection"));

        window.controller().previousEvent(EXIT, "GuestExit");
        settle(robot);
        assertEquals("34 exits: 18 general protection, 8 hypercalls, 8 page faults", text(robot, "#lguest-counts-0"),
            "back to the last exit (SHUTDOWN; the guest is gone after it): counted again from the re-run's trace");
        assertEquals(2, window.lguest().rebuilds(), "a step back starts the count again");
        window.controller().previousEvent(EXIT, "GuestExit");
        settle(robot);
        assertEquals("33 exits: 18 general protection, 8 page faults, 7 hypercalls", text(robot, "#lguest-counts-0"),
            "a step back to the FLUSH_ASYNC exit counts the trace up to there");
        assertEquals("#1198 | hypercall LHCALL_FLUSH_ASYNC | 0x0040009E | 525", lane().rows().get(0));
    }

    @Test
    void theLaneSaysWhereTheCoreIsInTheHostTheSwitcherAndTheGuest(FxRobot robot) {
        robot.interact(() -> window.select("lguest"));
        window.controller().nextEvent(ENTER, "GuestEnter");
        long enter = settle(robot).position();
        assertEquals(GuestPlace.HOST_KERNEL, lane().highlighted(), "the launcher records GuestEnter before it calls run_guest_once");
        // Two boundaries on: MOV EBX and the CALL into run_guest_once, the Switcher's first byte.
        window.controller().runTo(enter + 2, "into the Switcher");
        settle(robot);
        assertEquals("now: Switcher (ring 0) at EIP 0xFFC00000", text(robot, "#lguest-now-0"));
        assertEquals(GuestPlace.SWITCHER, lane().highlighted());
        assertEquals("no exits yet: the first trip into the guest is under way", text(robot, "#lguest-counts-0"));
        // 29 more: switch_to_guest loads the guest's GDT, IDT, TSS and CR3, pops the regs page, IRETs.
        window.controller().runTo(enter + 31, "into the guest");
        settle(robot);
        assertEquals("now: guest kernel (ring 1) at EIP 0x00400000", text(robot, "#lguest-now-0"));
        assertEquals(GuestPlace.GUEST_KERNEL, lane().highlighted());
        window.controller().runTo(enter + 32, "the guest's first fetch faults");
        settle(robot);
        assertEquals(GuestPlace.SWITCHER, lane().highlighted(), "the #PF gate leads back into the Switcher");
    }

    @Test
    void enterOnAnExitRowGoesToThatGuestExit(FxRobot robot) {
        robot.interact(() -> window.select("lguest"));
        window.controller().run(null);
        settle(robot);
        @SuppressWarnings("unchecked")
        TableView<GuestTrip> exits = robot.lookup("#lguest-exits-0").queryAs(TableView.class);
        robot.interact(() -> {
            exits.requestFocus();
            exits.getSelectionModel().select(33);
        });
        robot.type(KeyCode.ENTER);
        DebugSnapshot at = settle(robot);
        try (Session reference = new Session(ShippedLabs.load("lguest"))) {
            reference.runUntil(e -> e.seq() == 84, "the first GuestExit");
            assertEquals(reference.snapshot().position(), at.position(), "where Next event stops for event #84");
        }
        assertEquals("1 exit: 1 page fault", text(robot, "#lguest-counts-0"));
    }

    @Test
    void aLabWithoutAGuestSaysSoInOneLine(FxRobot robot) {
        robot.interact(() -> window.select("lguest"));
        robot.interact(() -> window.openLab("scheduling"));
        settle(robot);
        window.controller().run(EXIT.or(e -> e.seq() >= 2000));
        settle(robot);
        Label empty = robot.lookup("#lguest-empty").queryAs(Label.class);
        assertEquals(LguestViewModel.NO_GUEST, empty.getText());
        assertTrue(empty.isVisible());
        assertTrue(window.lguest().model().lanes().isEmpty());
        assertFalse(robot.lookup("#lguest-parts").query().isVisible(), "no exits, worlds or shadow to show");
    }
}
