package eduscc.visualizer.cli;

import eduscc.visualizer.app.Launcher;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * The entry of the {@code eduscc} launcher: {@code gui [LAB]} opens the visual debugger; every
 * other command goes to the exercises (which hand what they do not know on to the labs). Plain
 * {@code eduscc} opens the debugger on the boot lab when there is a display, and otherwise runs
 * the headless boot and says why.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(Arrays.asList(args), System.out, System.err));
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            if (hasDisplay()) {
                Launcher.launch("boot");
                return 0;
            }
            err.println("eduscc: no display (DISPLAY is not set), so the headless boot runs instead of the debugger");
            return eduscc.exercises.cli.Main.run(args, out, err);
        }
        if (args.get(0).equals("gui")) {
            if (!hasDisplay()) {
                err.println("eduscc gui: no display (DISPLAY is not set); try 'xvfb-run ./eduscc gui' or run a lab headless with 'eduscc run LAB'");
                return 2;
            }
            Launcher.launch(args.size() > 1 ? args.get(1) : "boot");
            return 0;
        }
        return eduscc.exercises.cli.Main.run(args, out, err);
    }

    static boolean hasDisplay() {
        String display = System.getenv("DISPLAY");
        String wayland = System.getenv("WAYLAND_DISPLAY");
        return display != null && !display.isBlank() || wayland != null && !wayland.isBlank();
    }
}
