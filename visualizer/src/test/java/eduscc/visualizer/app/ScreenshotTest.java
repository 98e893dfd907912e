package eduscc.visualizer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;

/** {@code gui --screenshot}: the window at an event of a lab, written as a PNG of the window's size. */
@ExtendWith(ApplicationExtension.class)
class ScreenshotTest {
    @TempDir
    Path dir;

    @Test
    void writesThePngOfTheWindowAtTheEvent() throws Exception {
        Path file = dir.resolve("boot.png");
        Screenshot.take(file, "boot", "ModeSwitch", "events", true);
        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(1280, image.getWidth());
        assertEquals(800, image.getHeight());
        int distinct = (int) java.util.stream.IntStream.range(0, 200)
            .map(i -> image.getRGB(i * 6, 20 + i * 3)).distinct().count();
        assertTrue(distinct > 2, "the picture has content, not one flat colour");
    }

    @Test
    void aProjectorScreenshotHasTheAskedSizeAndScale() throws Exception {
        Path file = dir.resolve("projector.png");
        Screenshot.take(file, "boot", null, "cpu", true, new WindowSetup(2.5, 1920, 1080, true));
        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(1920, image.getWidth());
        assertEquals(1080, image.getHeight());
    }

    @Test
    void aMissingFolderIsNamedBeforeAnythingRuns() {
        Path file = dir.resolve("no-such-folder").resolve("boot.png");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> Screenshot.take(file, "boot", null, null, true));
        assertTrue(e.getMessage().contains("no-such-folder") && e.getMessage().contains("does not exist"), e.getMessage());
    }

    @Test
    void anUnknownViewIsNamedWithTheViewsThereAre() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> Screenshot.take(dir.resolve("x.png"), "boot", null, "registers", true));
        assertTrue(e.getMessage().startsWith("no view called 'registers'"), e.getMessage());
    }

    @Test
    void anUnknownSubTabIsNamedWithTheSubTabsThereAre() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> Screenshot.take(dir.resolve("x.png"), "boot", null, "descriptors/ldt", true));
        assertEquals("the view 'Descriptor tables' has no sub-tab 'ldt'; its sub-tabs are [GDT, IDT, TSS]", e.getMessage());
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
            () -> Screenshot.take(dir.resolve("x.png"), "boot", null, "cpu/flags", true));
        assertTrue(none.getMessage().contains("'CPU' has no sub-tabs"), none.getMessage());
    }

    @Test
    void badOptionValuesExitWithTwoBeforeAnythingRuns() {
        for (List<String> options : List.of(List.of("--at", "task-switch:x"), List.of("--at", ""),
            List.of("--at", "nonsense:2"), List.of("--view", "registers"), List.of("--subtab", "tss"),
            List.of("--view", "descriptors", "--subtab", "ldt"))) {
            java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
            java.util.List<String> args = new java.util.ArrayList<>(List.of("gui", "--screenshot",
                dir.resolve("x.png").toString(), "--lab", "boot"));
            args.addAll(options);
            int code = eduscc.visualizer.cli.Main.run(args, new java.io.PrintStream(new java.io.ByteArrayOutputStream()),
                new java.io.PrintStream(err));
            assertEquals(2, code, options + " -> " + err);
            assertTrue(err.toString().startsWith("eduscc gui"), err.toString());
        }
    }

    @Test
    void emptyNumericAndUnknownPointsAndViewsAndAFolderAsTheFileExitWithTwo() {
        for (List<String> options : List.of(List.of("--at", "42"), List.of("--at", "frobnicate"),
            List.of("--at", " "), List.of("--view", ""), List.of("--screenshot", dir.toString()))) {
            java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
            java.util.List<String> args = new java.util.ArrayList<>(List.of("gui", "--screenshot",
                dir.resolve("x.png").toString(), "--lab", "boot"));
            args.addAll(options);
            java.io.PrintStream oldErr = System.err;
            java.io.ByteArrayOutputStream stray = new java.io.ByteArrayOutputStream();
            System.setErr(new java.io.PrintStream(stray));
            int code;
            try {
                code = eduscc.visualizer.cli.Main.run(args, new java.io.PrintStream(new java.io.ByteArrayOutputStream()),
                    new java.io.PrintStream(err));
            } finally {
                System.setErr(oldErr);
            }
            assertEquals(2, code, options + " -> " + err);
            assertEquals(1, err.toString().lines().count(), err.toString());
            assertTrue(err.toString().startsWith("eduscc gui"), err.toString());
            assertEquals("", stray.toString(), "printed behind the message's back");
        }
    }
}
