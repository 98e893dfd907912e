package eduscc.kernel.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eduscc.machine.Machine;
import eduscc.machine.MachineConfig;
import eduscc.machine.chip.CoreId;
import eduscc.machine.cpu.Registers;
import eduscc.machine.engine.RunResult;
import eduscc.machine.snapshot.CoreSnapshot;
import eduscc.machine.snapshot.MachineSnapshot;
import eduscc.machine.trace.TraceEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The debugger's view of the boot path: stop right after CR0.PE is set, look, go on. */
class BootSnapshotTest {
    @Test
    void afterCr0PeTheCoreIsInProtectedModeButStillRunsTheRealModeCs() {
        try (Machine machine = SccBoot.boot(List.of(CoreId.of(0)), MachineConfig.DEFAULT)) {
            machine.trace().addListener(e -> {
                if (e.event() instanceof TraceEvent.ModeSwitch) {
                    machine.requestStop();
                }
            });
            assertEquals(RunResult.Reason.STOPPED, machine.run().reason());
            CoreSnapshot atPe = MachineSnapshot.of(machine).core(0);
            assertEquals("protected", atPe.mode());
            assertEquals(1, atPe.cr0() & 1);
            assertEquals(0xF000, atPe.segment(Registers.CS).selector(), "the far jump has not reloaded CS yet");
            assertEquals(0xFFFF0000, atPe.segment(Registers.CS).base());
            assertEquals(0, atPe.cpl());
            machine.run();
            CoreSnapshot atEnd = MachineSnapshot.of(machine).core(0);
            assertEquals(0x08, atEnd.segment(Registers.CS).selector());
            assertEquals(0x2BADB002, atEnd.register(Registers.EAX));
        }
    }
}
