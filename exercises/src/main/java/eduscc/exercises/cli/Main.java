package eduscc.exercises.cli;

import eduscc.exercises.elfloader.ElfLoaderExercise;
import eduscc.exercises.apictimer.ApicTimerExercise;
import eduscc.exercises.gdt.GdtExercise;
import eduscc.exercises.grading.Limits;
import eduscc.exercises.hypercalls.HypercallsExercise;
import eduscc.exercises.idtgates.IdtGatesExercise;
import eduscc.exercises.messaging.MessagingExercise;
import eduscc.exercises.pagefaults.PageFaultsExercise;
import eduscc.exercises.pageframes.PageFramesExercise;
import eduscc.exercises.readyqueues.ReadyQueuesExercise;
import eduscc.exercises.resetstub.ResetStubExercise;
import eduscc.exercises.semaphores.SemaphoresExercise;
import eduscc.exercises.sleep.SleepExercise;
import eduscc.exercises.switchcontext.SwitchContextExercise;
import eduscc.exercises.syscall.SyscallExercise;
import eduscc.labs.cli.UsageError;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code eduscc} command line with the exercises in it: registers the student's plug-ins, so
 * that labs can name them ({@code --ready-queues student}, {@code --page-faults student},
 * {@code --hypercalls student}, {@code --messaging student}, {@code --gdt student},
 * {@code --idt-gates student}, {@code --semaphores student}, {@code --sleep student},
 * {@code --page-frames student}, {@code --syscalls student}, {@code --reset-stub student}), handles
 * {@code grade} and {@code edition}, and hands every other command to the labs' command line
 * ({@link eduscc.labs.cli.Main}). The launcher runs this.
 */
public final class Main {
    static final String USAGE = String.join("\n",
        "exercises:",
        "       eduscc grade [--json]",
        "           list the exercises and how far each is (not started, or the points of its last grading)",
        "       eduscc grade EXERCISE|all [--reference | --class CLASS] [--json] [--heap-mb N] [--max-threads N]"
            + " [--check-seconds N]",
        "           grade your code for an exercise: " + String.join(", ", GradeCommand.EXERCISES)
            + "; all grades each in turn and ends with a table; exit code 0 only when every check passed",
        "         --reference         grade the kit's own implementation instead (it earns every point)",
        "         --class CLASS       grade another class with the student's constructor (a submission kept elsewhere)",
        "         --json              print the checks and points as JSON (with all: a list of every exercise's)",
        "         --heap-mb N         heap of the JVM that runs the graded code (default "
            + Limits.DEFAULT.heapMegabytes() + ")",
        "         --max-threads N     threads the graded code may leave running (default "
            + Limits.DEFAULT.maxThreads() + ")",
        "         --check-seconds N   time for one check before it counts as hung (default "
            + Limits.DEFAULT.perCheck().toSeconds() + ")",
        "       eduscc edition student DIR",
        "           write the student edition of this kit into DIR: every exercise's answer replaced by a hand-over"
            + " to the student's class, the instructor-only files left out");

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
        GdtExercise.register();
        IdtGatesExercise.register();
        SemaphoresExercise.register();
        SleepExercise.register();
        ElfLoaderExercise.register();
        ApicTimerExercise.register();
        SwitchContextExercise.register();
        PageFramesExercise.register();
        SyscallExercise.register();
        ResetStubExercise.register();
    }

    /** Runs one command; returns the process exit code. */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        registerStudentPlugins();
        if (args.isEmpty() || !List.of("grade", "edition").contains(args.get(0))) {
            int code = eduscc.labs.cli.Main.run(args, out, err);
            if (code == 0 && !args.isEmpty() && List.of("help", "-h", "--help").contains(args.get(0))) {
                out.println();
                out.println(USAGE);
            }
            return code;
        }
        try {
            List<String> rest = args.subList(1, args.size());
            return args.get(0).equals("grade") ? new GradeCommand(out, err).run(rest)
                : new EditionCommand(out, err, KitFolder.find()).run(rest);
        } catch (UsageError e) {
            err.println("eduscc: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
    }
}
