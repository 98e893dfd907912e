package eduscc.visualizer.cli;

import eduscc.visualizer.app.Launcher;
import eduscc.visualizer.app.Screenshot;
import eduscc.visualizer.app.ScreenshotPoint;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * The entry of the {@code eduscc} launcher: {@code gui [LAB | --replay FILE] [--presenter] [--scale S]} opens the
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
            if (rest.contains("--replay")) {
                return replay(rest, options.window(), err);
            }
            if (rest.contains("--compare")) {
                return compare(rest, options.window(), err);
            }
            if (!rest.isEmpty() && rest.get(0).startsWith("--") || rest.size() > 1) {
                err.println("eduscc gui: unknown option '" + (rest.get(0).startsWith("--") ? rest.get(0) : rest.get(1))
                    + "'; usage: eduscc gui [LAB [--compare PLUGIN] | --replay FILE] [--presenter] [--scale 100%..300%] [--size WxH]");
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
        int code = eduscc.exercises.cli.Main.run(args, out, err);
        if (code == 0 && List.of("help", "-h", "--help").contains(args.get(0))) {
            out.println();
            out.println(GUI_USAGE);
        }
        return code;
    }

    /** The parts {@code --part} takes, as the help and its errors list them. */
    private static final String PART_NAMES = String.join(", ",
        eduscc.labs.scenario.ComparedPart.PARTS.stream().map(eduscc.labs.scenario.ComparedPart.Part::name).toList());

    /** The debugger's commands, after the others in {@code eduscc help}. */
    static final String GUI_USAGE = String.join("\n",
        "       eduscc gui [LAB] [--presenter | --scale S] [--size WxH]   the visual debugger on a lab (default boot):"
            + " F5 run, F6 pause, F7 step, Shift+F7 back, F8 next event, Ctrl +/- text size",
        "       eduscc gui LAB --compare PLUGIN [--part PART]   the lab twice, the kit's part beside PLUGIN's (student),"
            + " stepped together, with their first difference (F9 goes there); PART: the one the lab is about, or " + PART_NAMES,
        "       eduscc gui --replay FILE   the debugger stopped where a graded check failed, expected beside actual"
            + " (eduscc grade prints the command)",
        "       eduscc gui [LAB] --screenshot FILE [--at KIND:N | tick:N | position:N] [--view TAB[/SUBTAB]] [--core N]"
            + " [--replay FILE | --compare PLUGIN [--part PART]]   the window as a PNG, also without a display"
            + " (--lab LAB names the lab too)");

    /**
     * {@code gui --replay FILE}: the debugger on a failed check of {@code eduscc grade}, stopped where
     * it failed. A file that cannot be read, or a stop the lab never reaches, exits with 2 and names
     * the file and the field.
     */
    private static int replay(List<String> rest, eduscc.visualizer.app.WindowSetup window, PrintStream err) {
        if (rest.size() != 2 || !rest.get(0).equals("--replay") || rest.get(1).startsWith("--")) {
            err.println("eduscc gui: --replay takes one replay file and no lab, e.g. eduscc gui --replay"
                + " .eduscc/replays/ready-queues-check7.json (eduscc grade prints the command)");
            return 2;
        }
        java.nio.file.Path file = java.nio.file.Path.of(rest.get(1));
        try {
            eduscc.labs.scenario.Replay replay = eduscc.labs.scenario.ReplayFile.read(file);
            String unassembled = unassembled(replay.scenario().kernel().resetStub());
            if (unassembled != null) {
                err.println("eduscc gui --replay: " + file + ": the reset stub '" + replay.scenario().kernel().resetStub()
                    + "' does not assemble: " + unassembled);
                return 2;
            }
            if (!hasDisplay()) {
                err.println("eduscc gui: no display (DISPLAY is not set); try 'xvfb-run ./eduscc gui --replay " + file + "'");
                return 2;
            }
            Launcher.launchReplay(file, replay, window);
            return 0;
        } catch (eduscc.labs.scenario.ScenarioException e) {
            err.println("eduscc gui --replay: " + e.getMessage());
            return 2;
        }
    }

    /** Why the reset stub {@code name} does not assemble ({@code file:line: problem}), or null when it does. */
    private static String unassembled(String name) {
        try {
            eduscc.kernel.boot.ResetStubPlugins.image(name);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /**
     * {@code gui LAB --compare PLUGIN [--part PART]}: the lab side by side with the kit's part and with
     * the plug-in registered as PLUGIN ({@code student}); the part is the one the lab is about unless
     * {@code --part} names another. An unknown lab, part or plug-in exits with 2.
     */
    private static int compare(List<String> rest, eduscc.visualizer.app.WindowSetup window, PrintStream err) {
        List<String> others = new java.util.ArrayList<>(rest);
        String part = null;
        int partAt = others.indexOf("--part");
        if (partAt >= 0) {
            if (partAt + 1 >= others.size() || others.get(partAt + 1).startsWith("--")) {
                err.println("eduscc gui: --part needs the part to compare, e.g. --part sleep; the parts: " + PART_NAMES);
                return 2;
            }
            part = others.remove(partAt + 1);
            others.remove(partAt);
        }
        int at = others.indexOf("--compare");
        if (at + 1 >= others.size() || others.get(at + 1).startsWith("--")) {
            err.println("eduscc gui: --compare needs the plug-in to compare with the kit's, e.g. eduscc gui scheduling"
                + " --compare student");
            return 2;
        }
        String plugin = others.remove(at + 1);
        others.remove(at);
        if (others.size() != 1 || others.get(0).startsWith("--")) {
            err.println("eduscc gui: --compare takes one lab, e.g. eduscc gui scheduling --compare student; got " + others);
            return 2;
        }
        if (eduscc.exercises.grading.ReferenceRecording.isRecorded(eduscc.exercises.readyqueues.ReadyQueuesExercise.NAME)) {
            err.println("eduscc gui: --compare needs the kit's own implementations, which the student edition does not"
                + " have; the replay files that eduscc grade writes show where your code went differently");
            return 2;
        }
        try {
            eduscc.labs.scenario.Scenario lab = eduscc.visualizer.app.LabOpener.load(others.get(0));
            eduscc.labs.scenario.ComparedPart compared = eduscc.labs.scenario.ComparedPart.of(lab, plugin, part);
            // A reset stub that does not assemble is told here, as file:line: problem, not in the window.
            eduscc.kernel.boot.ResetStubPlugins.image(compared.student().kernel().resetStub());
            if (!hasDisplay()) {
                err.println("eduscc gui: no display (DISPLAY is not set); try 'xvfb-run ./eduscc gui " + others.get(0)
                    + " --compare " + plugin + (part == null ? "" : " --part " + part) + "'");
                return 2;
            }
            err.println("eduscc gui: running " + lab.name() + " with the kit's " + compared.part() + " and with '" + plugin
                + "' to find where they first differ...");
            Launcher.launchCompare(compared, window);
            return 0;
        } catch (eduscc.labs.scenario.ScenarioException | IllegalArgumentException e) {
            err.println("eduscc gui --compare: " + e.getMessage());
            return 2;
        }
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
     * gui [LAB] --screenshot FILE [--lab LAB] [--at KIND[:N] | tick:N | position:N] [--view TAB[/SUBTAB]]
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
        String replay = null;
        String compare = null;
        String part = null;
        boolean labGiven = false;
        int first = 0;
        if (!args.get(0).startsWith("--")) {
            lab = args.get(0);
            labGiven = true;
            first = 1;
        }
        for (int i = first; i < args.size(); i++) {
            String option = args.get(i);
            if (i + 1 >= args.size()) {
                err.println("eduscc gui: " + option + " needs a value");
                return 2;
            }
            String value = args.get(++i);
            switch (option) {
                case "--screenshot" -> file = value;
                case "--lab" -> {
                    if (first == 1) {
                        err.println("eduscc gui: the lab is named twice, '" + lab + "' and --lab " + value + "; give one");
                        return 2;
                    }
                    lab = value;
                    labGiven = true;
                }
                case "--replay" -> replay = value;
                case "--compare" -> compare = value;
                case "--part" -> part = value;
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
        if (replay != null && (labGiven || at != null)) {
            err.println("eduscc gui: --replay names its lab and where to stop; leave out --lab and --at");
            return 2;
        }
        if (part != null && compare == null) {
            err.println("eduscc gui: --part names the part --compare compares; give --compare too");
            return 2;
        }
        if (compare != null && (replay != null || at != null || view != null || core != null)) {
            err.println("eduscc gui: --compare shows both runs at their first difference; leave out --replay, --at,"
                + " --view and --core");
            return 2;
        }
        try {
            if (compare != null) {
                Screenshot.takeCompare(java.nio.file.Path.of(file), lab, compare, part, !hasDisplay(), window);
                out.println("wrote " + file);
                return 0;
            }
            if (replay != null) {
                java.nio.file.Path replayFile = java.nio.file.Path.of(replay);
                Screenshot.takeReplay(java.nio.file.Path.of(file), replayFile, eduscc.labs.scenario.ReplayFile.read(replayFile),
                    view, !hasDisplay(), window, coreOption(core));
                out.println("wrote " + file);
                return 0;
            }
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
