package eduscc.labs.run;

import java.util.List;

/**
 * What a headless run of a lab showed, read from its trace and, at the end, from each core's
 * kernel: the same for the text view, {@code --json} and the tests.
 *
 * @param lab             the lab's name
 * @param description     the lab's description
 * @param switchMode      how tasks were switched: "hardware" or "software"
 * @param readyQueues     the ready-queue plug-in the scheduler ran with
 * @param checkInvariants whether the kernel checked its ready queue after every decision
 * @param timerFreq       timer ticks per second
 * @param untilCycles     the run's limit in 533 MHz core cycles
 * @param ended           "all cores idle" or "time limit"
 * @param endCycle        the global time the run reached, in 533 MHz core cycles
 * @param cores           one report per released core, by pid
 * @param traceEvents     how many trace events the run recorded
 * @param traceHash       the trace hash: the same for every run of the same lab
 */
public record RunReport(String lab, String description, String switchMode, String readyQueues,
                        boolean checkInvariants, int timerFreq, long untilCycles, String ended, long endCycle,
                        List<CoreRun> cores, long traceEvents, String traceHash) {
    public static final String ALL_IDLE = "all cores idle";
    public static final String TIME_LIMIT = "time limit";
    /** Every core's task spins on an RCCE flag that no core can set any more ({@code MessagingDeadlock}). */
    public static final String DEADLOCK = "deadlock";

    public RunReport {
        cores = List.copyOf(cores);
    }

    /** Every panic, hang or fault on any core. */
    public List<CoreRun.Failure> failures() {
        return cores.stream().flatMap(c -> c.failures().stream()).toList();
    }

    /** The report of core {@code pid}. */
    public CoreRun core(int pid) {
        return cores.stream().filter(c -> c.pid() == pid).findFirst()
            .orElseThrow(() -> new IllegalArgumentException("core " + pid + " did not run in this lab"));
    }
}
