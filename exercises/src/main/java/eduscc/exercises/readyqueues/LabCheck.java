package eduscc.exercises.readyqueues;

import eduscc.exercises.grading.Judge;
import eduscc.exercises.observing.Failures;
import eduscc.exercises.observing.Observer;
import eduscc.kernel.arch.Apic;
import eduscc.kernel.sched.ReadyQueuePlugins;
import eduscc.labs.run.CoreRun;
import eduscc.labs.run.LabRunner;
import eduscc.labs.run.RunReport;
import eduscc.labs.scenario.Scenario;
import eduscc.labs.scenario.ShippedLabs;
import java.util.List;

/**
 * The whole point: the kernel runs the scheduling lab with the queue under test (invariants
 * checked after every decision, as the lab asks) and must hand the core to the same tasks at the
 * same ticks as with the kit's own queue. The queue runs with the kit's bitmap and highest
 * priority for its lists ({@link KitAnswers}): those are the other checks' to judge. What the lab
 * shows that they do not is the scheduler's own use of the queue: the task it preempts is READY but
 * in no list until the switch is over, and only then goes back to the tail of its list.
 *
 * <p>The lab takes the path {@code eduscc run scheduling --ready-queues student} takes: the lab
 * names a ready-queue plug-in and {@link LabRunner#run(Scenario, long, java.util.function.LongConsumer)}
 * gets it from the registry. The kernel calls the queue on its own execution-context threads,
 * whose stacks hold the machine's and the kernel's frames, as in a real run, and one of
 * {@link KitAnswers} between the kernel and the queue; the thread that started the run differs too
 * (here the child's {@code ChildMain}, there the command line). No frame of the grading package
 * ({@code eduscc.exercises.grading}) is among them, so a queue that looks for the grader there to
 * behave well under grading behaves here as it does for real.
 */
final class LabCheck {
    /**
     * 40 ticks of 10 ms: the lab is over after 13. A queue whose code keeps calling BSR in a loop
     * never hangs the engine, since every call is a machine operation; this limit ends such a run
     * in simulated time, before the grader's wall-clock limit would.
     */
    static final int UNTIL_TICKS = 40;
    static final long UNTIL_CYCLES = UNTIL_TICKS * Apic.countFor(Apic.DEFAULT_TIMER_FREQ);
    /** The plug-in under which the lab runs the queue under test with the kit's answers ({@link KitAnswers}). */
    static final String WITH_KIT_ANSWERS = "graded-with-kit-answers";

    private LabCheck() {
    }

    /**
     * Records how the run went: its first kernel failure (or "none"), how it ended, and who got the
     * core at which tick.
     *
     * @param plugin the registered plug-in name of the queue under test
     */
    static void run(Observer o, String plugin) {
        ReadyQueuePlugins.register(WITH_KIT_ANSWERS, KitAnswers.around(ReadyQueuePlugins.get(plugin)));
        Scenario lab = ShippedLabs.load("scheduling");
        lab = lab.withKernel(lab.kernel().withReadyQueues(WITH_KIT_ANSWERS));
        RunReport report = LabRunner.run(lab, UNTIL_CYCLES, cycle -> { });
        List<CoreRun.Failure> failures = report.failures();
        o.see("failures", failures.isEmpty() ? "none" : describe(failures.get(0)));
        o.see("end", report.ended().equals(RunReport.ALL_IDLE) ? report.ended()
            : "stopped at tick " + report.core(0).ticks());
        for (CoreRun.Switch s : report.core(0).switches()) {
            o.see("task switch", s.to() + " at tick " + s.tick());
        }
    }

    /** A kernel failure, the ordering or the end, in that order: each explains what follows it. */
    static final Judge JUDGE = (labels, expected, actual) -> {
        List<String> got = actual.values();
        if (got.size() < 2) {
            return actual.threw() != null ? actual.threw() : "the lab run ended before it was seen";
        }
        if (!got.get(0).equals(expected.get(0))) {
            return got.get(0);
        }
        if (!got.get(1).equals(expected.get(1))) {
            return "the scheduling lab did not finish within " + UNTIL_TICKS + " ticks (it needs 13); it " + got.get(1);
        }
        for (int i = 2; i < Math.max(got.size(), expected.size()); i++) {
            String want = i < expected.size() ? expected.get(i) : "nothing more";
            String was = i < got.size() ? got.get(i) : "nothing more";
            if (!want.equals(was)) {
                return "task switch " + (i - 1) + " of the scheduling lab: expected " + want + ", got " + was
                    + " (run ./eduscc run scheduling --ready-queues student to see it all)";
            }
        }
        return actual.threw();
    };

    private static String describe(CoreRun.Failure f) {
        return "the kernel stopped with a " + f.kind() + " in task " + f.task() + " at tick " + f.tick() + ": "
            + Failures.shorten(firstLines(f.reason()));
    }

    private static String firstLines(String text) {
        String[] lines = text.split("\n");
        return lines.length <= 3 ? text : String.join("\n", List.of(lines).subList(0, 3)) + " ...";
    }
}
