package eduscc.visualizer.app;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The stage during the presentation layout: full screen, and also moved and sized to fill its
 * screen, because full screen is only a request that a desktop without a window manager (a bare
 * X server, some projector set-ups) ignores. Leaving restores the window where it was.
 */
final class ScreenFilling {
    private static final String BEFORE = "eduscc.window-before-presenting";

    private ScreenFilling() {
    }

    static void follow(Stage stage, boolean presenting) {
        if (presenting) {
            stage.getProperties().put(BEFORE, new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()));
            Rectangle2D screen = screenOf(stage).getBounds();
            stage.setX(screen.getMinX());
            stage.setY(screen.getMinY());
            stage.setWidth(screen.getWidth());
            stage.setHeight(screen.getHeight());
            stage.setFullScreen(true);
        } else {
            stage.setFullScreen(false);
            if (stage.getProperties().remove(BEFORE) instanceof Rectangle2D before && before.getWidth() > 0) {
                stage.setX(before.getMinX());
                stage.setY(before.getMinY());
                stage.setWidth(before.getWidth());
                stage.setHeight(before.getHeight());
            }
        }
    }

    private static Screen screenOf(Stage stage) {
        double w = Double.isNaN(stage.getWidth()) ? 1 : Math.max(1, stage.getWidth());
        double h = Double.isNaN(stage.getHeight()) ? 1 : Math.max(1, stage.getHeight());
        double x = Double.isNaN(stage.getX()) ? 0 : stage.getX();
        double y = Double.isNaN(stage.getY()) ? 0 : stage.getY();
        var screens = Screen.getScreensForRectangle(x, y, w, h);
        return screens.isEmpty() ? Screen.getPrimary() : screens.get(0);
    }
}
