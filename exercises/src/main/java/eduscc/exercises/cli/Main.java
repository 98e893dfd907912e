package eduscc.exercises.cli;

import eduscc.exercises.grading.Limits;
import eduscc.exercises.hypercalls.HypercallsExercise;
import eduscc.exercises.messaging.MessagingExercise;
import eduscc.exercises.pagefaults.PageFaultsExercise;
import eduscc.exercises.readyqueues.ReadyQueuesExercise;
import eduscc.exercises.semaphores.SemaphoresExercise;
import eduscc.exercises.sleep.SleepExercise;
import eduscc.labs.cli.UsageError;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code eduscc} command line with the exercises in it: registers the student's plug-ins, so
 * that labs can name them ({@code --ready-queues student}, {@code --page-faults student},
 * {@code --hypercalls student}, {@code --messaging student}, {@code --semaphores student},
 * {@code --sleep student}), handles {@code grade}, and hands every
 * other command to the labs' command line ({@link eduscc.labs.cli.Main}). The launcher runs this.
 */
public final class Main {
    static final String USAGE = String.join("\n",
        "exercises:",
        "       eduscc grade EXERCISE [--reference | --class CLASS] [--json] [--heap-mb N] [--max-threads N]"
            + " [--check-seconds N]",
        "           grade your code for an exercise: " + String.join(", ", GradeCommand.EXERCISES)
            + "; exit code 0 only when every check passed",
        "         --reference         grade the kit's own implementation instead (it earns every point)",
        "         --class CLASS       grade another class with the student's constructor (a submission kept elsewhere)",
        "         --json              print the checks and points as JSON",
        "         --heap-mb N         heap of the JVM that runs the graded code (default "
            + Limits.DEFAULT.heapMegabytes() + ")",
        "         --max-threads N     threads the graded code may leave running (default "
            + Limits.DEFAULT.maxThreads() + ")",
        "         --check-seconds N   time for one check before it counts as hung (default "
            + Limits.DEFAULT.perCheck().toSeconds() + ")");

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(Arrays.asList(args), System.out, System.err));
    }

    /**
     * Makes each exercise's student code available to labs as the plug-in {@code "student"}: for
     * {@code run}, {@code grade} and the debugger, whose lab files may name it.
     */
    public static void registerStudentPlugins() {
        ReadyQueuesExercise.register();
        PageFaultsExercise.register();
        HypercallsExercise.register();
        MessagingExercise.register();
        SemaphoresExercise.register();
        SleepExercise.register();
    }

    /** Runs one command; returns the process exit code. */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        registerStudentPlugins();
        if (args.isEmpty() || !args.get(0).equals("grade")) {
            int code = eduscc.labs.cli.Main.run(args, out, err);
            if (code == 0 && !args.isEmpty() && List.of("help", "-h", "--help").contains(args.get(0))) {
                out.println();
                out.println(USAGE);
            }
            return code;
        }
        try {
            return new GradeCommand(out, err).run(args.subList(1, args.size()));
        } catch (UsageError e) {
            err.println("eduscc: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
    }
}
