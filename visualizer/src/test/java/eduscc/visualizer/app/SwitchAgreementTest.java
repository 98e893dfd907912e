package eduscc.visualizer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.kernel.KernelSnapshot;
import eduscc.labs.debug.DebugSnapshot;
import eduscc.labs.debug.Session;
import eduscc.labs.scenario.ShippedLabs;
import eduscc.machine.trace.TraceEvent;
import eduscc.visualizer.mesh.CoreBox;
import eduscc.visualizer.queues.RunQueueViewModel;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The mesh and the run-queue view show one snapshot: at every stop of the scheduling lab's task
 * switches they name the same running task, and the task between the switch and
 * finishTaskSwitch is shown as being switched out instead of vanishing from every list.
 */
class SwitchAgreementTest {

    @Test
    void meshAndRunQueuesNameTheSameTaskAtEverySwitchAndTheOldOneIsBeingSwitchedOut() {
        Set<Long> ticksMidSwitch = new HashSet<>();
        try (Session session = new Session(ShippedLabs.load("scheduling"))) {
            while (!session.finished()) {
                session.runUntil(e -> e.event() instanceof TraceEvent.TaskSwitch, "a task switch");
                DebugSnapshot s = session.snapshot();
                KernelSnapshot k = s.kernels().get(0);
                RunQueueViewModel queues = RunQueueViewModel.of(s, null, 0);
                CoreBox box = CoreBox.of(s.machine().core(0), k);
                String where = "tick " + k.tick() + ", position " + s.position();
                assertEquals(queues.running().name(), box.task(), where + ": the mesh and the run queues disagree");
                String label = s.machine().core(0).task();
                if (!label.equals(k.running())) {
                    ticksMidSwitch.add(k.tick());
                    assertEquals(label, k.switchingOut(), where + ": the core still runs the old task's label");
                    assertEquals(label, queues.switchingOut().name(), where + ": the old task is shown being switched out");
                    assertTrue(box.stateText().contains(label), where + ": the mesh names the task being switched out");
                }
            }
        }
        assertTrue(ticksMidSwitch.containsAll(Set.of(6L, 13L)), "stops between switch and finishTaskSwitch at ticks "
            + ticksMidSwitch + " include the issue's ticks 6 and 13");
    }
}
