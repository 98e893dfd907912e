package eduscc.exercises.syscall;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eduscc.exercises.grading.InProcessGrader;
import eduscc.kernel.sys.ExtraSyscalls;
import eduscc.kernel.sys.ExtraSyscallsFactory;
import eduscc.kernel.sys.SyscallPlugins;
import eduscc.kernel.sys.SyscallServices;
import eduscc.kernel.sched.ReadyQueuePlugins;
import eduscc.labs.run.BootedLab;
import eduscc.labs.run.LabRunner;
import eduscc.labs.scenario.ExerciseLabs;
import eduscc.labs.scenario.Replay;
import eduscc.labs.scenario.ReplayFile;
import eduscc.labs.scenario.Scenario;
import eduscc.machine.time.Clocks;
import eduscc.machine.trace.TraceEvent;
import java.lang.reflect.Constructor;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A failed program check writes a replay of its own lab, /bin/uptime on one core, registered as
 * an exercise lab so that the replay names it as others name a shipped lab, stopped at the uptime
 * call whose result went wrong.
 */
class LabReplayTest {
    private static final String PLUGIN = "planted-replay";
    private static InProcessGrader grader;
    private static int program;

    @BeforeAll
    static void runTheReference() {
        SyscallExercise.register();
        grader = new InProcessGrader(SyscallExercise.NAME, SyscallExercise.reference());
        program = grader.reference().size() - 1;
    }

    private static Replay replay(Class<?> fixture) throws ReflectiveOperationException {
        Constructor<?> constructor = fixture.getDeclaredConstructor(SyscallServices.class);
        ExtraSyscallsFactory factory = kernel -> {
            try {
                return (ExtraSyscalls) constructor.newInstance(kernel);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        };
        SyscallPlugins.register(PLUGIN, factory);
        return grader.replay(SyscallExercise.checks(factory, PLUGIN), program);
    }

    @Test
    void aPointerFromTheWrongRegisterStopsAtTheFirstUptimeCall() throws ReflectiveOperationException {
        Replay replay = replay(PlantedBugs.ReadsTheSecondRegister.class);
        assertEquals(new Replay("syscall", grader.reference().get(program).name(), "syscall-uptime",
            Replay.Plugins.syscalls("student"), "SystemCall:2", "up 3 ticks at 100 Hz\n", "up 3 ticks at 0 Hz\n"), replay);
    }

    @Test
    void theReplaysLabIsTheChecksOwnWithTheStudentsCalls(@TempDir Path folder) throws ReflectiveOperationException {
        Replay replay = replay(PlantedBugs.ReadsTheSecondRegister.class);
        assertEquals(ProgramCheck.lab("student"), replay.scenario());
        Path file = folder.resolve("syscall-check5.json");
        ReplayFile.write(file, replay);
        assertEquals(replay, ReplayFile.read(file), "a replay of an exercise's own lab reads back");
        assertEquals(true, ExerciseLabs.isRegistered("syscall-uptime"));
    }

    /** The stops name the uptime calls by their place among the program's system calls. */
    @Test
    void theSecondAndFourthSystemCallsAreTheUptimeCalls() {
        Scenario lab = ExerciseLabs.load("syscall-uptime");
        try (BootedLab booted = LabRunner.boot(lab, ReadyQueuePlugins.get(lab.kernel().readyQueues()))) {
            booted.machine().run(ProgramCheck.UNTIL_CYCLES * Clocks.TILE_533_UNITS);
            List<String> calls = booted.machine().trace().events(TraceEvent.SystemCall.class).stream()
                .map(TraceEvent.SystemCall::name).toList();
            assertEquals(List.of("sleep", "uptime", "write", "uptime", "exit"), calls);
        }
    }

    @Test
    void theKitsCallsWriteNone() throws ReflectiveOperationException {
        assertEquals(null, replay(SolvedSyscalls.class));
    }
}
