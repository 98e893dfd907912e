package eduscc.machine.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eduscc.machine.Machine;
import eduscc.machine.MachineConfig;
import eduscc.machine.boot.ResetControl;
import eduscc.machine.chip.CoreId;
import eduscc.machine.cpu.Operations;
import eduscc.machine.x86.Interpreter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** DESIGN §5 "run to a memory write": a watched write stops the run at the end of the writing operation. */
class WriteWatchTest {
    private static final int WATCHED = 0x2000;

    private static Machine machine() {
        Machine m = new Machine(MachineConfig.DEFAULT, new Interpreter());
        Operations ops = m.core(0).ops();
        m.core(0).bind(0xFFFFFFF0, "writer", () -> {
            ops.write32(0x1000, 1);
            ops.write32(0x1004, 2);
            ops.write16(WATCHED + 2, 3);
            ops.write32(0x1008, 4);
            ops.cli();
            ops.hlt();
        });
        ResetControl.release(m.chip(), List.of(CoreId.of(0)));
        return m;
    }

    @Test
    void aWatchedWriteStopsAtTheNextBoundaryWithTheWriteDone() {
        try (Machine m = machine()) {
            List<String> seen = new ArrayList<>();
            m.setWriteWatch((pid, linear, size) -> {
                seen.add(pid + ":" + Integer.toHexString(linear) + "/" + size);
                if (linear <= WATCHED + 3 && linear + size - 1 >= WATCHED) {
                    m.requestStop();
                }
            });
            assertEquals(RunResult.Reason.STOPPED, m.run().reason(), "the write to 0x2002 stops the run");
            assertEquals(List.of("0:1000/4", "0:1004/4", "0:2002/2"), seen, "every data write is told, in order");
            assertEquals(3, m.core(0).memory().readPhysical(WATCHED + 2, 2), "stopped after the write");
            assertEquals(0, m.core(0).memory().readPhysical(0x1008, 4), "and before the next one");
            m.setWriteWatch(null);
            assertEquals(RunResult.Reason.ALL_IDLE, m.run().reason());
        }
    }

    @Test
    void unwatchedWritesDoNotStop() {
        try (Machine m = machine()) {
            m.setWriteWatch((pid, linear, size) -> {
                if (linear >= 0x3000 && linear <= 0x3FFF) {
                    m.requestStop();
                }
            });
            assertEquals(RunResult.Reason.ALL_IDLE, m.run().reason(), "no write falls into 0x3000..0x3FFF");
            assertEquals(4, m.core(0).memory().readPhysical(0x1008, 4));
        }
    }
}
