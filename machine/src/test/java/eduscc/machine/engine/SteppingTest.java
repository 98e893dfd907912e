package eduscc.machine.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eduscc.machine.Machine;
import eduscc.machine.MachineConfig;
import eduscc.machine.boot.ResetControl;
import eduscc.machine.chip.CoreId;
import eduscc.machine.cpu.Operations;
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
}
