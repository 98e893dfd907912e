package eduscc.visualizer.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The paging view on one core whose kernel booted with paging on and ran no task (as the kernel's
 * PagingTest boots it): the directory at the first frame of the pool, the identity map of the low
 * 16 MiB through the tables in the next frames, the user heap not yet mapped, eight frames taken.
 * The view gets a snapshot without tables and reads them through its reader, as in the window.
 */
@ExtendWith(ApplicationExtension.class)
class PagingViewTest {
    private PagingMachine machine;

    @Start
    void start(Stage stage) {
        machine = new PagingMachine();
        stage.setScene(new Scene((javafx.scene.Parent) machine.view().node(), 1280, 800));
        stage.show();
        machine.view().show(machine.snapshot(), 0);
    }

    @AfterEach
    void close() {
        machine.close();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private static List<PageRow> rows(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TableView.class).getItems();
    }

    private static void walk(FxRobot robot, String address) {
        robot.interact(() -> robot.lookup("#paging-walk-address").queryTextInputControl().clear());
        robot.clickOn("#paging-walk-address").write(address).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Brings a tab of the view to the front, as a click on it does. */
    private static void subTab(FxRobot robot, String title) {
        javafx.scene.control.TabPane tabs = robot.lookup("#paging-tabs").queryAs(javafx.scene.control.TabPane.class);
        robot.interact(() -> tabs.getTabs().stream().filter(t -> t.getText().equals(title)).findFirst()
            .ifPresent(t -> tabs.getSelectionModel().select(t)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void cr3AndTheDirectoryEntryOfTheLow4MiB(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("core 0: CR3 = 0x00C00000; CR0.PG set: paging is on",
            text(robot, "#paging-header"));
        PageRow first = rows(robot, "#paging-directory").get(0);
        assertEquals(List.of("0x000", "0x00000000-0x003FFFFF", "0x00C01000", "1"),
            List.of(first.index(), first.linear(), first.maps(), first.uses()));
        assertEquals("1 1 0 0 0 1 ", bits(first), "P R/W, supervisor only, accessed by the boot's own reads; no D in a PDE");
    }

    @Test
    void theTableOfEntry0CollapsesTheIdentityMapIntoRuns(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("page table 0x00C01000 of directory entry 0x000: 1,023 present entries in 7 rows",
            text(robot, "#paging-table-title"));
        assertEquals(List.of(
            "0x001-0x10F | 0x00001000-0x0010F000 | same | 1 1 0 0 0 0 0 | 271",
            "0x110 | 0x00110000 | same | 1 1 0 0 0 1 1 | 1",
            "0x111 | 0x00111000 | same | 1 1 0 0 0 0 0 | 1",
            "0x112 | 0x00112000 | same | 1 1 0 0 0 1 1 | 1",
            "0x113-0x11F | 0x00113000-0x0011F000 | same | 1 1 0 0 0 0 0 | 13",
            "0x120 | 0x00120000 | same | 1 1 0 0 0 1 1 | 1",
            "0x121-0x3FF | 0x00121000-0x003FF000 | same | 1 1 0 0 0 0 0 | 735"),
            rows(robot, "#paging-table").stream().map(r -> String.join(" | ", r.index(), r.linear(), r.maps(),
                bits(r).trim(), r.entriesText())).toList(),
            "page 0 left out; the pages the boot wrote with paging on (accessed and dirty) in rows of their own");

    }

    @Test
    void theWalkOfTheTaskTableGoesThroughItsPte(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        subTab(robot, "Walk");
        walk(robot, "0x00120000");
        assertEquals("linear 0x00120000: directory index 0x000 (bits 31-22), table index 0x120 (bits 21-12), offset 0x000 (bits 11-0)\n"
            + "PDE at 0x00C00000 = 0x00C01023 (P R/W A): page table at 0x00C01000\n"
            + "PTE at 0x00C01480 = 0x00120063 (P R/W A D): frame 0x00120000", text(robot, "#paging-walk-steps"));
        assertEquals("physical 0x00120000; from ring 3: no access, U/S is clear in the PDE",
            text(robot, "#paging-walk-outcome"));
    }

    @Test
    void theWalkOfTheUntouchedHeapStopsAtItsPde(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        subTab(robot, "Walk");
        walk(robot, "10000000");
        assertEquals("linear 0x10000000: directory index 0x040 (bits 31-22), table index 0x000 (bits 21-12), offset 0x000 (bits 11-0)\n"
            + "PDE at 0x00C00100 = 0x00000000: not present", text(robot, "#paging-walk-steps"));
        assertEquals("stops: PDE not present: an access here is a page fault (#PF, CR2 = 0x10000000)",
            text(robot, "#paging-walk-outcome"));
    }

    @Test
    void theBitmapShowsTheEightFramesTheBootTook(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        subTab(robot, "Frames");
        assertEquals("frames 0x00C00000-0x00FFFFFF: 8 of 1,024 in use, 0 shared (count > 1)",
            text(robot, "#paging-frames-title"));
        StringBuilder used = new StringBuilder();
        for (int f = 0; f < 10; f++) {
            used.append(robot.lookup("#frame-" + f).queryAs(Region.class).getStyleClass().contains("used") ? '#' : '.');
        }
        assertEquals("########..", used.toString());
        robot.moveTo("#frame-7");
        assertEquals("frame 7 at 0x00C07000: in use, count 1 (one mapping)", text(robot, "#paging-frame-info"));
        robot.moveTo("#frame-8");
        assertEquals("frame 8 at 0x00C08000: free, count 0 (no mapping)", text(robot, "#paging-frame-info"));
    }

    @Test
    void aFrameTwoMappingsShareIsMarkedInTheGridAndInTheDirectory(FxRobot robot) {
        machine.setFrameCount(3, 2);
        robot.interact(() -> machine.view().show(machine.snapshot(), 0));
        WaitForAsyncUtils.waitForFxEvents();
        PageRow userStacks = rows(robot, "#paging-directory").get(2);
        assertEquals(List.of("0x00C03000", "2", true), List.of(userStacks.maps(), userStacks.uses(), userStacks.shared()),
            "the table of entry 2 lies in frame 3");
        subTab(robot, "Frames");
        assertEquals("frames 0x00C00000-0x00FFFFFF: 8 of 1,024 in use, 1 shared (count > 1)",
            text(robot, "#paging-frames-title"));
        assertTrue(robot.lookup("#frame-3").queryAs(Region.class).getStyleClass().contains("shared"));
        assertFalse(robot.lookup("#frame-2").queryAs(Region.class).getStyleClass().contains("shared"));
        robot.clickOn("#frame-3").moveTo("#paging-frames-title");
        assertEquals("frame 3 at 0x00C03000: in use, count 2 (2 mappings share it)", text(robot, "#paging-frame-info"),
            "a clicked frame stays described when the pointer leaves it");
    }

    private static String bits(PageRow row) {
        StringBuilder s = new StringBuilder();
        for (int mask : new int[] {1, 2, 4, 8, 16, 32, 64}) {
            s.append(row.bit(mask)).append(' ');
        }
        return s.toString().replace("  ", " ");
    }

}
