package eduscc.visualizer.cli;

import eduscc.visualizer.app.Launcher;
import eduscc.visualizer.app.Screenshot;
import eduscc.visualizer.app.ScreenshotPoint;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * The entry of the {@code eduscc} launcher: {@code gui [LAB] [--presenter] [--scale S]} opens the
 * visual debugger (for a lecturer: in projector mode); every
 * other command goes to the exercises (which hand what they do not know on to the labs). Plain
 * {@code eduscc} opens the debugger on the boot lab when there is a display, and otherwise runs
 * the headless boot and says why.
 */
public final class Main {
    /** Held here: JUL keeps loggers only weakly, and a collected one would forget its level. */
    private static final java.util.logging.Logger JAVAFX_LOG = java.util.logging.Logger.getLogger("javafx");

    private Main() {
    }

    public static void main(String[] args) {
        // JavaFX warns that it was loaded from the class path; the kit runs it that way on purpose
        // (javafx-notes §1.2), so the warning would only worry a student.
        JAVAFX_LOG.setLevel(java.util.logging.Level.SEVERE);
        System.exit(run(Arrays.asList(args), System.out, System.err));
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        // A lab file may name a student's plug-in ("readyQueues": "student"), in the debugger too.
        eduscc.exercises.cli.Main.registerStudentPlugins();
        if (args.isEmpty()) {
            if (hasDisplay()) {
                Launcher.launch("boot");
                return 0;
            }
            err.println("eduscc: no display (DISPLAY is not set), so the headless boot runs instead of the debugger");
            return eduscc.exercises.cli.Main.run(args, out, err);
        }
        if (args.get(0).equals("gui")) {
            GuiOptions options;
            try {
                options = GuiOptions.parse(args.subList(1, args.size()));
            } catch (IllegalArgumentException e) {
                err.println("eduscc gui: " + e.getMessage());
                return 2;
            }
            List<String> rest = options.rest();
            if (rest.contains("--screenshot")) {
                return screenshot(rest, options.window(), out, err);
            }
            if (!rest.isEmpty() && rest.get(0).startsWith("--") || rest.size() > 1) {
                err.println("eduscc gui: unknown option '" + (rest.get(0).startsWith("--") ? rest.get(0) : rest.get(1))
                    + "'; usage: eduscc gui [LAB] [--presenter] [--scale 100%..300%] [--size WxH]");
                return 2;
            }
            if (!hasDisplay()) {
                err.println("eduscc gui: no display (DISPLAY is not set); try 'xvfb-run ./eduscc gui' or run a lab headless with 'eduscc run LAB'");
                return 2;
            }
            Launcher.launch(rest.isEmpty() ? "boot" : rest.get(0), options.window());
            return 0;
        }
        if (args.get(0).equals("bench")) {
            return bench(args, out, err);
        }
        return eduscc.exercises.cli.Main.run(args, out, err);
    }

    /**
     * {@code bench}: the simulator's figures from the labs, then how long the debugger takes to
     * show a frame of a 48-core run (headless when there is no display). {@code bench --gui}
     * measures the frames only; {@code --json} and {@code --kernel} print the labs' figures only.
     */
    private static int bench(List<String> args, PrintStream out, PrintStream err) {
        boolean guiOnly = args.contains("--gui");
        if (!guiOnly) {
            int code = eduscc.exercises.cli.Main.run(args, out, err);
            if (code != 0 || args.contains("--json") || args.contains("--kernel")) {
                return code;
            }
        }
        if (guiOnly && args.size() > 2) {
            err.println("eduscc bench --gui: takes no other option, was " + args.subList(1, args.size()));
            return 2;
        }
        out.println("... debugger frames, " + BENCH_CORES + " cores at 1920x1080" + (hasDisplay() ? "" : " (headless)"));
        var figures = eduscc.visualizer.app.FrameBench.measure(BENCH_CORES, BENCH_FRAMES, !hasDisplay());
        eduscc.visualizer.app.FrameBench.report(figures, BENCH_CORES).forEach(out::println);
        return 0;
    }

    private static final int BENCH_CORES = 48;
    private static final int BENCH_FRAMES = 40;

    /**
     * gui --screenshot FILE [--lab LAB] [--at KIND[:N] | tick:N | position:N] [--view TAB[/SUBTAB]]
     * [--subtab SUBTAB] [--core N], with the window options of {@link GuiOptions}. A bad value (empty, an unknown lab, kind, view or sub-tab, a point the lab
     * never reaches) exits with 2, as a wrong option does; a failure while rendering or writing with 1.
     */
    private static int screenshot(List<String> args, eduscc.visualizer.app.WindowSetup window, PrintStream out, PrintStream err) {
        String file = null;
        String lab = "boot";
        String at = null;
        String view = null;
        String subtab = null;
        String core = null;
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            if (i + 1 >= args.size()) {
                err.println("eduscc gui: " + option + " needs a value");
                return 2;
            }
            String value = args.get(++i);
            switch (option) {
                case "--screenshot" -> file = value;
                case "--lab" -> lab = value;
                case "--at" -> at = value;
                case "--view" -> view = value;
                case "--subtab" -> subtab = value;
                case "--core" -> core = value;
                default -> {
                    err.println("eduscc gui: unknown option '" + option + "'");
                    return 2;
                }
            }
            if (value.isBlank()) {
                err.println("eduscc gui: " + option + " needs a value, not an empty one");
                return 2;
            }
        }
        if (subtab != null) {
            if (view == null || view.contains("/")) {
                err.println("eduscc gui: --subtab " + subtab + " needs --view with the view it belongs to (or use"
                    + " --view VIEW/SUBTAB alone)");
                return 2;
            }
            view = view + "/" + subtab;
        }
        try {
            if (at != null) {
                ScreenshotPoint.parse(at); // a typo is said before the lab runs
            }
            Screenshot.take(java.nio.file.Path.of(file), lab, at, view, !hasDisplay(), window, coreOption(core));
        } catch (IllegalArgumentException | eduscc.labs.scenario.ScenarioException e) {
            err.println("eduscc gui --screenshot: " + e.getMessage());
            return 2;
        } catch (java.io.UncheckedIOException e) {
            err.println("eduscc gui --screenshot: " + e.getMessage() + " (" + e.getCause().getMessage() + ")");
            return 1;
        } catch (RuntimeException e) {
            err.println("eduscc gui --screenshot: " + e.getMessage());
            return 1;
        }
        out.println("wrote " + file);
        return 0;
    }

    /** {@code --core N}: the core the window selects (the MPB view shows its tile); -1 when not given. */
    private static int coreOption(String core) {
        if (core == null) {
            return -1;
        }
        try {
            int pid = Integer.parseInt(core.strip());
            if (pid >= 0 && pid < eduscc.machine.chip.CoreId.COUNT) {
                return pid;
            }
        } catch (NumberFormatException notANumber) {
            // said below
        }
        throw new IllegalArgumentException("--core " + core + ": name a core by its pid, 0 to "
            + (eduscc.machine.chip.CoreId.COUNT - 1));
    }

    static boolean hasDisplay() {
        String display = System.getenv("DISPLAY");
        String wayland = System.getenv("WAYLAND_DISPLAY");
        return display != null && !display.isBlank() || wayland != null && !wayland.isBlank();
    }
}
