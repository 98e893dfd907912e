package eduscc.machine.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.machine.Machine;
import eduscc.machine.MachineConfig;
import eduscc.machine.chip.CoreId;
import eduscc.machine.cpu.CoreState;
import eduscc.machine.cpu.Operations;
import eduscc.machine.boot.ResetControl;
import eduscc.machine.x86.Interpreter;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The kind of Java thread a context runs on is invisible to the machine: on JDK 24 and later the
 * engine carries its contexts as virtual threads, and every run ends with the same trace as it
 * does on platform threads, hangs included.
 */
class VirtualThreadsTest {
    private static final int RESET_VECTOR = 0xFFFFFFF0;
    private static final long LIMIT = 1_000_000_000L;
    private static volatile boolean spinning = true;

    @AfterEach
    void stopSpinning() {
        spinning = false;
        System.clearProperty(VirtualCarrier.PROPERTY);
    }

    @Test
    void theBuildRunsContextsOnVirtualThreadsWhereTheJdkHasThem() {
        assertEquals(Runtime.version().feature() >= VirtualCarrier.FIRST_JDK, Engine.virtualThreadsAvailable(),
            "on JDK 24+ the build opens java.lang to the kit (surefire argLine), so the engine uses virtual threads");
    }

    @Test
    void threeCoresTakingTurnsLeaveTheSameTraceOnBothKindsOfThread() {
        Run platform = threeCores(false);
        Run carried = threeCores(true);
        assertFalse(platform.virtual);
        assertEquals(Engine.virtualThreadsAvailable(), carried.virtual);
        assertEquals(platform.hash, carried.hash);
        assertEquals(platform.dispatches, carried.dispatches);
    }

    @Test
    void aHangLeavesTheSameTraceOnBothKindsOfThreadAndTheOtherCoresGoOn() {
        assertEquals(hangRun(false), hangRun(true));
    }

    private record Run(boolean virtual, String hash, long dispatches) {
    }

    private static Run threeCores(boolean virtual) {
        System.setProperty(VirtualCarrier.PROPERTY, Boolean.toString(virtual));
        try (Machine m = new Machine(new MachineConfig(100, 5000), new Interpreter())) {
            for (int pid = 0; pid < 3; pid++) {
                Operations ops = m.core(pid).ops();
                int cycles = 700 + 300 * pid;
                m.core(pid).bind(RESET_VECTOR, "worker", () -> {
                    for (int i = 0; i < 200; i++) {
                        ops.work(cycles);
                    }
                    ops.cli();
                    ops.hlt();
                });
            }
            ResetControl.release(m.chip(), List.of(CoreId.of(0), CoreId.of(1), CoreId.of(2)));
            m.run(LIMIT);
            return new Run(m.virtualThreads(), m.trace().hashHex(), m.dispatches());
        }
    }

    private static String hangRun(boolean virtual) {
        System.setProperty(VirtualCarrier.PROPERTY, Boolean.toString(virtual));
        spinning = true;
        try (Machine m = new Machine(new MachineConfig(1000, 200), new Interpreter())) {
            m.core(0).bind(RESET_VECTOR, "spin", () -> {
                while (spinning) {
                    Thread.onSpinWait();
                }
            });
            Operations ops = m.core(1).ops();
            m.core(1).bind(RESET_VECTOR, "work", () -> {
                ops.work(500);
                ops.cli();
                ops.hlt();
            });
            ResetControl.release(m.chip(), List.of(CoreId.of(0), CoreId.of(1)));
            m.run(LIMIT);
            assertEquals(CoreState.HUNG, m.core(0).state());
            assertEquals(CoreState.HALTED, m.core(1).state(), "the other core went on after the hang");
            assertTrue(m.trace().events(eduscc.machine.trace.TraceEvent.Hang.class).get(0).javaStack()
                .contains("VirtualThreadsTest"), "the hang names the looping code");
            return m.trace().hashHex();
        } finally {
            spinning = false;
        }
    }
}
