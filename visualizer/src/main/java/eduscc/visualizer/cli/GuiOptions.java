package eduscc.visualizer.cli;

import eduscc.visualizer.app.Projector;
import eduscc.visualizer.app.WindowSetup;
import java.util.ArrayList;
import java.util.List;

/**
 * The window options of {@code eduscc gui}: {@code --presenter} (250 % and the presentation
 * layout, for a lecturer in front of a projector), {@code --scale S} (100% .. 300%, "250%", "250"
 * or "2.5") and {@code --size WxH}. They are taken out of the argument list; what is left (the
 * lab, the screenshot options) goes on to the caller. A bad value is an error that names it.
 *
 * @param window the window to start
 * @param rest   the arguments that were no window option, in their order
 */
record GuiOptions(WindowSetup window, List<String> rest) {
    static GuiOptions parse(List<String> args) {
        WindowSetup window = WindowSetup.DESK;
        Double scale = null;
        boolean presenter = false;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            switch (option) {
                case "--presenter" -> presenter = true;
                case "--scale" -> scale = Projector.parseScale(valueOf(args, i++));
                case "--size" -> {
                    int[] size = size(valueOf(args, i++));
                    window = window.withSize(size[0], size[1]);
                }
                default -> rest.add(option);
            }
        }
        if (presenter) {
            window = window.presenting(true).withScale(WindowSetup.PRESENTER_SCALE);
        }
        if (scale != null) {
            window = window.withScale(scale);
        }
        return new GuiOptions(window, rest);
    }

    private static String valueOf(List<String> args, int i) {
        if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
            throw new IllegalArgumentException(args.get(i) + " needs a value");
        }
        return args.get(i + 1);
    }

    private static int[] size(String text) {
        String[] parts = text.toLowerCase(java.util.Locale.ROOT).split("x");
        try {
            if (parts.length == 2) {
                return new int[] {Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim())};
            }
        } catch (NumberFormatException e) {
            // falls through to the error below
        }
        throw new IllegalArgumentException("--size '" + text + "' is not WIDTHxHEIGHT, e.g. 1920x1080");
    }
}
