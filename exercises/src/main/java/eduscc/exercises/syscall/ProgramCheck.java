package eduscc.exercises.syscall;

import eduscc.exercises.observing.Failures;
import eduscc.exercises.observing.Observer;
import eduscc.labs.run.CoreRun;
import eduscc.labs.run.LabRunner;
import eduscc.labs.run.RunReport;
import eduscc.labs.scenario.Scenario;
import eduscc.labs.scenario.ScenarioReader;
import java.util.List;

/**
 * The whole point: an x86 program from the ramdisk, {@code /bin/uptime}
 * ({@code kernel/src/main/resources/eduscc/kernel/programs/uptime.asm}), calls uptime with a real
 * INT 0x80 in ring 3, the number in EAX and its pointer in EBX, prints what it got, and hands uptime
 * a pointer into the kernel. The kernel runs it with the system calls under test, as
 * {@code eduscc run FILE --syscalls student} would run a lab file with that task.
 */
final class ProgramCheck {
    /** One simulated second: the program is done within its fourth tick. */
    static final long UNTIL_CYCLES = 533_333_333L;

    private ProgramCheck() {
    }

    /** The lab's name, under which a replay of the check names it ({@code ExerciseLabs}). */
    static final String LAB = "syscall-uptime";
    /**
     * /bin/uptime's system calls in order: sleep, uptime(&hz), write, uptime(kernel text), exit; the
     * debugger's stops at the two uptime calls ({@code SystemCall:N}).
     */
    private static final String FIRST_UPTIME = "SystemCall:2";
    private static final String SECOND_UPTIME = "SystemCall:4";

    /** The lab the check runs: one core with paging, one process running /bin/uptime. */
    static Scenario lab(String plugin) {
        return ScenarioReader.parse("the syscall exercise's program check", """
            {"name": "%s", "description": "/bin/uptime asks the kernel how long the core has been up.",
             "machine": {"cores": [0]}, "kernel": {"syscalls": "%s"},
             "cores": [{"pid": 0, "tasks": [{"name": "uptime", "priority": 8, "program": "/bin/uptime"}]}]}
            """.formatted(LAB, plugin));
    }

    /**
     * Where the debugger stops for a value of this check: what the program printed comes from the
     * first uptime call, its exit code from the second (the one handed kernel memory).
     */
    static String whereTheCallIs(String label, String expected, String actual) {
        if (label.startsWith("what /bin/uptime printed")) {
            return FIRST_UPTIME;
        }
        return label.startsWith("/bin/uptime's exit code") ? SECOND_UPTIME : null;
    }

    /** Records the first failure (or "none"), what the program printed and the exit code it ended with. */
    static void run(Observer o, String plugin) {
        RunReport report = LabRunner.run(lab(plugin), UNTIL_CYCLES, cycle -> { });
        List<CoreRun.Failure> failures = report.failures();
        o.see("the first failure of /bin/uptime's run", failures.isEmpty() ? "none" : "a " + failures.get(0).kind()
            + " in task " + failures.get(0).task() + ": " + Failures.shorten(failures.get(0).reason().lines().findFirst()
            .orElse("")));
        CoreRun core = report.core(0);
        o.see("what /bin/uptime printed", core.console());
        for (CoreRun.TaskOutcome task : core.tasks()) {
            if (task.name().equals("uptime")) {
                o.see("/bin/uptime's exit code: uptime(0x00100000) negated (14 is EFAULT)", task.state() + ", exit "
                    + task.exitCode());
            }
        }
    }
}
