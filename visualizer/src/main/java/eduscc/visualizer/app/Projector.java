package eduscc.visualizer.app;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * For the lecture hall: the whole UI scales with the root font size, in the steps a browser
 * zooms in (100 %, 120 %, 150 % ... 300 %), and Ctrl H switches a high-contrast theme on and off.
 *
 * <p>The keys are those a lecturer tries first: Ctrl + however the keyboard makes a plus (on a US
 * keyboard "+" is Shift and "=", so Ctrl = and Ctrl Shift = both zoom in; so does the numpad +),
 * Ctrl - and numpad - zoom out, Ctrl 0 goes back to 100 %. The canvases (the mesh) cannot follow a
 * CSS font size, so they read {@link #scaleProperty()}.
 */
public final class Projector {
    /** The root font size at 100 %, in pixels. */
    public static final double DEFAULT_FONT = 13;
    public static final double MIN_SCALE = 0.75;
    public static final double MAX_SCALE = 3.0;
    /** The zoom steps; 250 % gives about 32 px text, what the back of a lecture hall needs. */
    static final List<Double> STEPS = List.of(0.75, 0.9, 1.0, 1.2, 1.5, 1.75, 2.0, 2.5, 3.0);

    static final List<KeyCombination> ZOOM_IN = List.of(
        new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_ANY),
        new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_ANY),
        new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN));
    static final List<KeyCombination> ZOOM_OUT = List.of(
        new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_ANY),
        new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN));
    static final List<KeyCombination> RESET = List.of(
        new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN),
        new KeyCodeCombination(KeyCode.NUMPAD0, KeyCombination.SHORTCUT_DOWN));

    private final Parent root;
    private final ReadOnlyDoubleWrapper scale = new ReadOnlyDoubleWrapper(this, "scale", 1.0);
    private boolean highContrast;

    public Projector(Parent root) {
        this.root = root;
        apply();
    }

    public void installKeys(Scene scene) {
        var keys = scene.getAccelerators();
        ZOOM_IN.forEach(k -> keys.put(k, this::zoomIn));
        ZOOM_OUT.forEach(k -> keys.put(k, this::zoomOut));
        RESET.forEach(k -> keys.put(k, () -> setScale(1.0)));
        keys.put(new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN), this::toggleHighContrast);
    }

    /** The next step up from the scale now (Ctrl +). */
    public void zoomIn() {
        setScale(STEPS.stream().filter(s -> s > scale.get() + 1e-9).findFirst().orElse(MAX_SCALE));
    }

    /** The next step down (Ctrl -). */
    public void zoomOut() {
        double now = scale.get();
        setScale(STEPS.stream().filter(s -> s < now - 1e-9).reduce((a, b) -> b).orElse(MIN_SCALE));
    }

    /** Multiplies the scale by {@code factor}, kept within 75 % .. 300 %. */
    public void scale(double factor) {
        setScale(scale.get() * factor);
    }

    /** Sets the scale (1.0 = 100 %), kept within 75 % .. 300 %. */
    public void setScale(double value) {
        double clamped = Math.max(MIN_SCALE, Math.min(MAX_SCALE, value));
        if (clamped != scale.get()) {
            scale.set(clamped);
            apply();
        }
    }

    public ReadOnlyDoubleProperty scaleProperty() {
        return scale.getReadOnlyProperty();
    }

    public double fontSize() {
        return DEFAULT_FONT * scale.get();
    }

    public void toggleHighContrast() {
        highContrast = !highContrast;
        apply();
    }

    public boolean highContrast() {
        return highContrast;
    }

    /**
     * One inline style on the root: every size in the stylesheet is in em, so it all follows. The
     * restyle touches only the nodes in the scene: the tabs not shown are outside it ({@link ViewDocking}).
     */
    private void apply() {
        String colours = highContrast ? "-fx-base: black; -fx-background: black; -fx-text-fill: white;" : "";
        root.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx; %s", fontSize(), colours));
    }

    /**
     * A scale from the command line: "250%", "250" or "2.5" all mean 250 %.
     *
     * @throws IllegalArgumentException naming the value and the range when it is no scale
     */
    public static double parseScale(String text) {
        String t = text.trim();
        boolean percent = t.endsWith("%");
        double v;
        try {
            v = Double.parseDouble(percent ? t.substring(0, t.length() - 1) : t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--scale '" + text + "' is not a number; try 250% or 2.5");
        }
        if (percent || v > 10) {
            v /= 100;
        }
        if (!(v >= MIN_SCALE - 1e-9 && v <= MAX_SCALE + 1e-9)) {
            throw new IllegalArgumentException("--scale '" + text + "' is outside 75% .. 300%");
        }
        return v;
    }
}
