package eduscc.visualizer.app;

/**
 * How the debugger window starts: its size, the UI scale and whether it opens in the
 * presentation layout. {@code eduscc gui --presenter} is the lecturer's start: 250 % (about 32 px
 * text, readable from the back of a hall) in the presentation layout; {@code --scale} picks
 * another scale, {@code --size} another window size (for screenshots).
 *
 * @param scale      the UI scale, 1.0 = 100 % (kept within {@link Projector#MIN_SCALE} .. {@link Projector#MAX_SCALE})
 * @param width      the window's width in pixels
 * @param height     the window's height in pixels
 * @param presenting true to start in the presentation layout (F11)
 */
public record WindowSetup(double scale, int width, int height, boolean presenting) {
    /** The desk: 100 % in a window of 1280 x 800. */
    public static final WindowSetup DESK = new WindowSetup(1.0, 1280, 800, false);
    /** The scale {@code --presenter} starts at unless {@code --scale} says otherwise. */
    public static final double PRESENTER_SCALE = 2.5;

    public WindowSetup {
        if (scale < Projector.MIN_SCALE - 1e-9 || scale > Projector.MAX_SCALE + 1e-9) {
            throw new IllegalArgumentException("scale " + scale + " is outside 75% .. 300%");
        }
        if (width < 320 || height < 240) {
            throw new IllegalArgumentException("window size " + width + "x" + height + " is smaller than 320x240");
        }
    }

    public WindowSetup withScale(double s) {
        return new WindowSetup(s, width, height, presenting);
    }

    public WindowSetup withSize(int w, int h) {
        return new WindowSetup(scale, w, h, presenting);
    }

    public WindowSetup presenting(boolean on) {
        return new WindowSetup(scale, width, height, on);
    }

    /** Applies the scale and the layout to a window that is already in its stage. */
    public void applyTo(MainWindow window) {
        window.projector().setScale(scale);
        window.setPresenting(presenting);
    }
}
