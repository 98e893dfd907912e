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
import java.util.function.Predicate;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The lguest view's two worlds and its page table beside the shadow, on lab lguest-fork (the
 * kit's own kernel as the guest): at the first exit (the page fault on lguest_data at
 * 0x00124570) the host's world is live and the regs page says #PF with a write error code; on
 * the way into the guest the Switcher's LGDT moves GDTR into the guest's world one instruction
 * before LIDT moves IDTR; inside the guest every guest value is live; after the fault's fill the
 * shadow maps guest page 0x00124000 to host frame 0x02124000 and marks it.
 */
@ExtendWith(ApplicationExtension.class)
class LguestWorldsViewTest {
    private static final Predicate<TraceEntry> ENTER = e -> e.event() instanceof TraceEvent.GuestEnter;
    private static final Predicate<TraceEntry> EXIT = e -> e.event() instanceof TraceEvent.GuestExit;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(new Session(ShippedLabs.load("lguest-fork")));
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

    private Label label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class);
    }

    private boolean live(FxRobot robot, String register, String world) {
        return label(robot, "#lguest-world-" + register + "-" + world + "-0").getStyleClass().contains("live-value");
    }

    @Test
    void theHostsAndTheGuestsTablesSideBySideWithTheLiveWorldMarked(FxRobot robot) {
        robot.interact(() -> {
            window.select("lguest");
            window.lguest().selectPart("two worlds");
        });
        window.controller().nextEvent(EXIT, "GuestExit");
        settle(robot);
        assertEquals("core 0, guest eduscc: the core is in the host's world now (IDTR.base = 0x00111000, the host's IDT)",
            label(robot, "#lguest-worlds-header-0").getText());
        assertTrue(label(robot, "#lguest-world-host-0").getStyleClass().contains("live-world"));
        assertEquals("0x00110000\nlimit 0x01FF\n64 entries", label(robot, "#lguest-world-GDTR-host-0").getText(),
            "the kit kernel's GDT, as the state page keeps it for the way out");
        assertEquals("0xFFC02888\nlimit 0x00FF\n32 entries", label(robot, "#lguest-world-GDTR-guest-0").getText(),
            "the guest's GDT in the state page, after its TSS and 256-gate IDT");
        assertEquals("0xFFC02088\nlimit 0x07FF\n256 entries", label(robot, "#lguest-world-IDTR-guest-0").getText());
        assertEquals("0x0028\nTSS 0xFFC02020", label(robot, "#lguest-world-TR-guest-0").getText());
        assertEquals("0x0028\nTSS 0x00112000", label(robot, "#lguest-world-TR-host-0").getText());
        assertEquals("0x00C0D000\nshadow of guest\nCR3 0x00180000", label(robot, "#lguest-world-CR3-guest-0").getText());
        for (String register : List.of("GDTR", "IDTR", "TR", "CR3")) {
            assertTrue(live(robot, register, "host"), register + ": back in the host, every register holds the host's value");
            assertFalse(live(robot, register, "guest"), register);
        }
        assertEquals("trapnum 31 (hypercall LHCALL_LGUEST_INIT), errcode 0x00000000",
            label(robot, "#lguest-trap-0").getText(), "the guest kernel's first act");

        window.controller().nextEvent(ENTER, "GuestEnter");
        long enter = settle(robot).position();
        assertEquals("trapnum 256: set before the guest was entered; no trap on this trip yet, errcode 0x00000000",
            label(robot, "#lguest-trap-0").getText());
        // PUSHF, CALL into run_guest_once, the far CALL, five PUSHes, MOV, LEA, LGDT: GDTR changed world, IDTR not yet.
        window.controller().runTo(enter + 12, "after LGDT");
        settle(robot);
        assertTrue(live(robot, "GDTR", "guest") && live(robot, "IDTR", "host"), "between LGDT and LIDT");
        assertTrue(label(robot, "#lguest-worlds-header-0").getText().endsWith(
            "; in the Switcher: the marked values are the registers that hold them"));
        window.controller().runTo(enter + 31, "into the guest");
        settle(robot);
        assertTrue(label(robot, "#lguest-world-guest-0").getStyleClass().contains("live-world"));
        for (String register : List.of("GDTR", "IDTR", "TR", "CR3")) {
            assertTrue(live(robot, register, "guest"), register + ": in the guest every register holds the guest's value");
            assertFalse(live(robot, register, "host"), register);
        }
    }

    @Test
    void theShadowEntryTheFaultFilledBesideTheGuestsOwn(FxRobot robot) {
        robot.interact(() -> {
            window.select("lguest");
            window.lguest().selectPart("page table | shadow");
        });
        window.controller().nextEvent(EXIT, "GuestExit");
        settle(robot);
        assertEquals("last page-fault fill: none in this directory's shadow yet", label(robot, "#lguest-shadow-fill-0").getText());
        assertEquals(List.of(), window.lguest().shadow(0).rows(), "the shadow starts empty: only the Switcher is mapped");
        window.controller().nextEvent(EXIT, "GuestExit");   // the first page fault: its GDT's page, written
        window.controller().nextEvent(ENTER, "GuestEnter");
        settle(robot);
        assertEquals("guest CR3 0x00180000 (guest-physical, at host 0x02180000) is shadowed by 0x00C0D000 (host-physical):"
            + " the processor walks the shadow; each host frame is the guest's frame + 0x02000000",
            label(robot, "#lguest-shadow-header-0").getText());
        assertEquals("shadows cached for guest directories: 0x00180000, free, free, free",
            label(robot, "#lguest-shadow-cache-0").getText());
        assertEquals("last page-fault fill: 0x00110000, page 0x00110000 (and a new shadow table for slot 0)",
            label(robot, "#lguest-shadow-fill-0").getText());
        assertEquals(List.of("0x00110000 | 0x00110000 P RW A D | 0x02110000 P RW A D | the last page fault filled it"),
            window.lguest().shadow(0).rows(), "demand_page set A and D in the guest's entry (a write) and copied it");
        assertTrue(label(robot, "#lguest-shadow-slots-0").getText().startsWith(
            "slot 0 (0x00000000..0x003FFFFF): the guest maps 1024 pages, the shadow 1\n"));
    }
}
