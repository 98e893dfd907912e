package eduscc.visualizer.app;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * For the lecture hall: the whole UI scales with the root font size (Ctrl + and Ctrl -, Ctrl 0
 * to reset), and Ctrl H switches a high-contrast theme on and off.
 */
public final class Projector {
    public static final double DEFAULT_FONT = 13;
    private static final double STEP = 1.2;
    private final Parent root;
    private double fontSize = DEFAULT_FONT;
    private boolean highContrast;

    public Projector(Parent root) {
        this.root = root;
        apply();
    }

    public void installKeys(Scene scene) {
        var keys = scene.getAccelerators();
        keys.put(new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN), () -> scale(STEP));
        keys.put(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN), () -> scale(STEP));
        keys.put(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN), () -> scale(1 / STEP));
        keys.put(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN), () -> {
            fontSize = DEFAULT_FONT;
            apply();
        });
        keys.put(new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN), this::toggleHighContrast);
    }

    public void scale(double factor) {
        fontSize = Math.max(8, Math.min(72, fontSize * factor));
        apply();
    }

    public void toggleHighContrast() {
        highContrast = !highContrast;
        apply();
    }

    public double fontSize() {
        return fontSize;
    }

    public boolean highContrast() {
        return highContrast;
    }

    private void apply() {
        String colours = highContrast ? "-fx-base: black; -fx-background: black; -fx-text-fill: white;" : "";
        root.setStyle(String.format("-fx-font-size: %.1fpx; %s", fontSize, colours));
    }
}
