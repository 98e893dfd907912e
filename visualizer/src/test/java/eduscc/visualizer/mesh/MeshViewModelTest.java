package eduscc.visualizer.mesh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.labs.debug.DebugSnapshot;
import eduscc.labs.debug.Session;
import eduscc.labs.scenario.ShippedLabs;
import eduscc.machine.chip.TileId;
import eduscc.machine.trace.TraceEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The mesh panel's model on real lab sessions, without a window: what each core's box says. */
class MeshViewModelTest {

    @Test
    void freshBootLabShowsCore0InRealModeAndEveryOtherCoreInReset() {
        try (Session session = new Session(ShippedLabs.load("boot"))) {
            MeshViewModel model = MeshViewModel.of(session.snapshot(), null, 0);
            assertEquals(CoreCategory.REAL_MODE, model.core(0).category(), "core 0 is released at the reset vector");
            assertEquals("0 real mode", model.core(0).headline());
            for (int pid = 1; pid < 48; pid++) {
                assertEquals(CoreCategory.IN_RESET, model.core(pid).category(), "the boot lab releases only core 0, not " + pid);
                assertEquals("in reset", model.core(pid).stateText());
            }
        }
    }

    @Test
    void afterTheModeSwitchCore0ShowsProtectedModeWithoutATask() {
        try (Session session = new Session(ShippedLabs.load("boot"))) {
            session.runUntil(e -> e.event() instanceof TraceEvent.ModeSwitch, "CR0.PE");
            CoreBox core0 = MeshViewModel.of(session.snapshot(), null, 0).core(0);
            assertEquals(CoreCategory.PROTECTED_MODE, core0.category());
            assertEquals("0 protected", core0.headline());
            assertEquals("", core0.taskText(), "the boot stub runs no kernel task yet");
        }
    }

    @Test
    void schedulingLabShowsTheRunningTaskWithItsPriority() {
        try (Session session = new Session(ShippedLabs.load("scheduling"))) {
            session.runUntil(e -> e.event() instanceof TraceEvent.SchedulerDecision d && "high".equals(d.to()),
                "the scheduler picks high");
            session.runUntil(e -> e.event() instanceof TraceEvent.ConsoleOutput, "high prints");
            CoreBox core0 = MeshViewModel.of(session.snapshot(), null, 0).core(0);
            assertEquals(CoreCategory.RUNNING_TASK, core0.category());
            assertEquals("high", core0.task());
            assertEquals(16, core0.priority());
            assertEquals("high p16", core0.taskText());
        }
    }

    @Test
    void finishedBootLabShowsCore0AsTheIdleTask() {
        try (Session session = new Session(ShippedLabs.load("boot"))) {
            while (!session.finished()) {
                session.runChunk();
            }
            CoreBox core0 = MeshViewModel.of(session.snapshot(), null, 0).core(0);
            assertEquals(CoreCategory.IDLE, core0.category());
            assertEquals("0 idle", core0.headline());
            assertEquals(CoreBox.NO_PRIORITY, core0.priority(), "the idle task's priority is not shown");
        }
    }

    @Test
    void packetsAreThoseSinceThePreviousSnapshotAndNoneAfterAStepBack() {
        try (Session session = new Session(ShippedLabs.load("boot"))) {
            session.runUntil(e -> e.event() instanceof TraceEvent.ModeSwitch, "CR0.PE");
            DebugSnapshot atPe = session.snapshot();
            while (!session.finished()) {
                session.runChunk();
            }
            DebugSnapshot end = session.snapshot();
            long expected = end.trace().stream()
                .filter(e -> e.seq() >= atPe.machine().traceEvents() && e.event() instanceof TraceEvent.MeshPacket)
                .count();
            List<PacketTrail> packets = MeshViewModel.of(end, atPe, 0).packets();
            assertTrue(expected > 0, "the kernel talks to the FPGA after the mode switch");
            assertEquals(expected, packets.size());
            assertTrue(packets.stream().allMatch(p -> p.seq() >= atPe.machine().traceEvents()));
            PacketTrail toFpga = packets.stream().filter(p -> p.label().startsWith("FPGA")).findFirst().orElseThrow();
            assertEquals(List.of(new TileId(0, 0), new TileId(1, 0), new TileId(2, 0), new TileId(3, 0)), toFpga.route());
            assertEquals(PacketTrail.Endpoint.SYSTEM_INTERFACE, toFpga.end());
            assertEquals(0, toFpga.startCore());
            assertEquals(List.of(), MeshViewModel.of(atPe, end, 0).packets(), "going back replays no traffic");
        }
    }

    @Test
    void selectionIsKeptAcrossWithSelectedCoreAndChecked() {
        try (Session session = new Session(ShippedLabs.load("boot"))) {
            MeshViewModel model = MeshViewModel.of(session.snapshot(), null, 5);
            assertEquals(5, model.selectedCore());
            MeshViewModel other = model.withSelectedCore(47);
            assertTrue(other.isSelected(47));
            assertFalse(other.isSelected(5));
            assertEquals(model.cores(), other.cores());
            assertEquals(-1, model.withSelectedCore(-1).selectedCore(), "-1 selects no core");
            assertThrows(IllegalArgumentException.class, () -> model.withSelectedCore(48));
        }
    }
}
