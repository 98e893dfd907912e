package eduscc.visualizer.queues;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eduscc.kernel.KernelSnapshot;
import eduscc.kernel.ipc.MailboxState;
import eduscc.kernel.sync.SemaphoreState;
import eduscc.labs.debug.DebugSnapshot;
import eduscc.labs.debug.Session;
import eduscc.labs.scenario.ShippedLabs;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The "where tasks wait" lines compare each place with itself a step before, whatever it is called. */
class WaitLinesModelTest {
    /** {@code snapshot} with core 0's kernel holding {@code semaphores} and {@code mailbox}. */
    private static DebugSnapshot with(DebugSnapshot snapshot, List<SemaphoreState> semaphores, MailboxState mailbox) {
        KernelSnapshot k = snapshot.kernels().get(0);
        SortedMap<Integer, KernelSnapshot> kernels = new TreeMap<>(snapshot.kernels());
        kernels.put(0, new KernelSnapshot(k.pid(), k.tick(), k.prioBitmap(), k.highestPriority(), k.readyLists(),
            k.running(), k.runningPriority(), k.idle(), k.blocked(), k.finished(), k.contextSwitch(), k.switchingOut(),
            k.tasks(), k.damage(), k.processes(), semaphores, mailbox));
        return new DebugSnapshot(snapshot.lab(), snapshot.position(), snapshot.machine(), kernels, snapshot.trace(),
            snapshot.status(), snapshot.kernelStacks());
    }

    @Test
    void aSemaphoreCalledMailboxIsNotComparedWithTheMailbox() {
        try (Session session = new Session(ShippedLabs.load("scheduling"))) {
            session.runTo(17_250, "test");
            DebugSnapshot before = session.snapshot();
            session.step();
            DebugSnapshot now = session.snapshot();
            List<SemaphoreState> semaphores = List.of(new SemaphoreState("mailbox", false, 0, List.of(), ""));
            MailboxState mailbox = new MailboxState(List.of(), List.of(), List.of("net"), "", true);
            RunQueueViewModel m = RunQueueViewModel.of(with(now, semaphores, mailbox), with(before, semaphores, mailbox), 0);
            assertEquals(List.of(new RunQueueViewModel.WaitLine("mailbox: count 0, nobody waiting", false),
                new RunQueueViewModel.WaitLine("mailbox: no mail to fetch, waiting: net", false)), m.waits(),
                "neither changed in the step");
            assertEquals(List.of(), m.changes().stream().filter(c -> c.startsWith("mailbox")).toList());
        }
    }
}
