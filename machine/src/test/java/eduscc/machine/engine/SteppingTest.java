package eduscc.machine.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eduscc.machine.Machine;
import eduscc.machine.MachineConfig;
import eduscc.machine.boot.ResetControl;
import eduscc.machine.chip.CoreId;
import eduscc.machine.cpu.CoreState;
import eduscc.machine.cpu.Operations;
import eduscc.machine.snapshot.MachineSnapshot;
import eduscc.machine.trace.TraceEvent;
import eduscc.machine.x86.Interpreter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** DESIGN §5: the engine stops at an instruction boundary and goes on from there, the same every time. */
class SteppingTest {
    private static Machine machine() {
        Machine m = new Machine(MachineConfig.DEFAULT, new Interpreter());
        for (int pid : new int[] {0, 1}) {
            Operations ops = m.core(pid).ops();
            m.core(pid).bind(0xFFFFFFF0, "counter", () -> {
                for (int i = 0; i < 100; i++) {
                    ops.work(10);
                }
                ops.cli();
                ops.hlt();
            });
        }
        ResetControl.release(m.chip(), List.of(CoreId.of(0), CoreId.of(1)));
        return m;
    }

    @Test
    void runToABoundaryThenOnGivesTheSameTraceAsOneRun() {
        String whole;
        try (Machine m = machine()) {
            m.run();
            whole = m.trace().hashHex();
        }
        try (Machine m = machine()) {
            assertEquals(RunResult.Reason.STOPPED, m.runToBoundary(37, Long.MAX_VALUE).reason());
            assertEquals(37, m.boundaries());
            long cycles0 = m.core(0).cycles();
            assertEquals(RunResult.Reason.STOPPED, m.runToBoundary(38, Long.MAX_VALUE).reason());
            assertEquals(38, m.boundaries(), "one more step is one more boundary");
            assertEquals(RunResult.Reason.ALL_IDLE, m.run().reason());
            assertEquals(whole, m.trace().hashHex(), "pausing changes nothing");
            assertEquals(true, cycles0 > 0);
        }
    }

    @Test
    void requestStopFromATraceListenerStopsAtTheNextBoundary() {
        try (Machine m = machine()) {
            m.trace().addListener(e -> {
                if (e.event() instanceof TraceEvent.Halt) {
                    m.requestStop();
                }
            });
            assertEquals(RunResult.Reason.STOPPED, m.run().reason());
            assertEquals(1, m.trace().events(TraceEvent.Halt.class).size(), "stopped at the first HLT");
        }
    }

    /**
     * A position names one state (DESIGN §3): the run to the end passes its last boundary as the
     * second core halts, so a fresh run to that boundary count stands in the same state, halted
     * cores included (before HLT was a boundary, it stopped one CLI short with the core running).
     */
    @Test
    void theLastPositionOfARunIsTheStateAtItsEnd() {
        MachineSnapshot atEnd;
        try (Machine m = machine()) {
            assertEquals(RunResult.Reason.ALL_IDLE, m.run().reason());
            atEnd = MachineSnapshot.of(m);
        }
        assertEquals(2 * 102, atEnd.boundaries(), "per core: 100 work, CLI, entering HLT; the HLT never wakes");
        try (Machine m = machine()) {
            assertEquals(RunResult.Reason.STOPPED, m.runToBoundary(atEnd.boundaries(), Long.MAX_VALUE).reason());
            assertEquals(atEnd, MachineSnapshot.of(m));
            assertEquals(CoreState.HALTED, m.core(1).state());
        }
    }

    /** A core that panics passes a boundary as it stops: the position after it shows the panicked core. */
    @Test
    void aPanicIsAPosition() {
        MachineSnapshot atEnd;
        try (Machine m = panicking()) {
            assertEquals(RunResult.Reason.ALL_IDLE, m.run().reason());
            atEnd = MachineSnapshot.of(m);
        }
        assertEquals(3 + 1, atEnd.boundaries(), "three operations, then the panic");
        try (Machine m = panicking()) {
            m.runToBoundary(atEnd.boundaries(), Long.MAX_VALUE);
            assertEquals(CoreState.PANICKED, m.core(0).state());
            assertEquals(atEnd, MachineSnapshot.of(m));
        }
    }

    private static Machine panicking() {
        Machine m = new Machine(MachineConfig.DEFAULT, new Interpreter());
        Operations ops = m.core(0).ops();
        m.core(0).bind(0xFFFFFFF0, "panics", () -> {
            for (int i = 0; i < 3; i++) {
                ops.work(10);
            }
            throw new IllegalStateException("the kernel gives up");
        });
        ResetControl.release(m.chip(), List.of(CoreId.of(0)));
        return m;
    }
}
