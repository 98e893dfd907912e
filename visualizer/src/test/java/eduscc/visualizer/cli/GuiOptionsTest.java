package eduscc.visualizer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.visualizer.app.WindowSetup;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code eduscc gui --presenter} and {@code --scale}: how a lecturer starts in projector mode, and the errors for bad values. */
class GuiOptionsTest {
    @Test
    void presenterStartsAt250PercentInThePresentationLayout() {
        GuiOptions o = GuiOptions.parse(List.of("scheduling", "--presenter"));
        assertEquals(2.5, o.window().scale(), 1e-9);
        assertTrue(o.window().presenting());
        assertEquals(List.of("scheduling"), o.rest(), "the lab is left for the caller");
    }

    @Test
    void aScaleIsAPercentageOrAFactor() {
        assertEquals(1.75, GuiOptions.parse(List.of("--scale", "175%")).window().scale(), 1e-9);
        assertEquals(2.5, GuiOptions.parse(List.of("--scale", "250")).window().scale(), 1e-9);
        assertEquals(2.0, GuiOptions.parse(List.of("--scale", "2")).window().scale(), 1e-9);
        assertFalse(GuiOptions.parse(List.of("--scale", "2")).window().presenting(), "a scale alone keeps the desk layout");
        assertEquals(2.0, GuiOptions.parse(List.of("--presenter", "--scale", "200%")).window().scale(), 1e-9,
            "--scale overrides the presenter's 250 %");
        assertEquals(WindowSetup.DESK, GuiOptions.parse(List.of("boot")).window());
    }

    @Test
    void aSizeIsWidthByHeight() {
        WindowSetup w = GuiOptions.parse(List.of("--size", "1920x1080", "--screenshot", "a.png")).window();
        assertEquals(1920, w.width());
        assertEquals(1080, w.height());
    }

    @Test
    void badValuesAreNamedWithTheRange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GuiOptions.parse(List.of("--scale", "huge")));
        assertTrue(e.getMessage().contains("'huge'") && e.getMessage().contains("250%"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> GuiOptions.parse(List.of("--scale", "500%")));
        assertTrue(e.getMessage().contains("75% .. 300%"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> GuiOptions.parse(List.of("--scale")));
        assertTrue(e.getMessage().contains("--scale needs a value"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> GuiOptions.parse(List.of("--size", "big")));
        assertTrue(e.getMessage().contains("WIDTHxHEIGHT"), e.getMessage());
    }

    @Test
    void theCommandLineExitsWith2AndSaysWhy() {
        assertExit2("--scale 'huge' is not a number", "gui", "--scale", "huge");
        assertExit2("outside 75% .. 300%", "gui", "--presenter", "--scale", "0.1");
        assertExit2("unknown option '--projector'", "gui", "--projector");
        assertExit2("unknown option '--big'", "gui", "scheduling", "--big");
    }

    private static void assertExit2(String message, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(List.of(args), new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        String said = err.toString(StandardCharsets.UTF_8);
        assertEquals(2, code, String.join(" ", args) + " said: " + said);
        assertTrue(said.contains(message), said);
    }
}
