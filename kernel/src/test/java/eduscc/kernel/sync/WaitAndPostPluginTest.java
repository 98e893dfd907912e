package eduscc.kernel.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eduscc.kernel.Kernel;
import eduscc.kernel.KernelConfig;
import eduscc.kernel.boot.SccBoot;
import eduscc.kernel.sched.Priority;
import eduscc.machine.Machine;
import eduscc.machine.MachineConfig;
import eduscc.machine.chip.CoreId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** sem_wait and sem_post are a plug-in (the exercise semaphores): the kernel calls the one the lab chose. */
class WaitAndPostPluginTest {

    @Test
    void theKitsWaitAndPostAreAlwaysThereAndCannotBeReplaced() {
        assertSame(WaitAndPostFactory.KIT, SemaphorePlugins.get("kit"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> SemaphorePlugins.register("kit", KitWaitAndPost::new));
        assertEquals("'kit' is the kit's own semaphore wait and post and cannot be replaced", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> SemaphorePlugins.get("nope"));
        assertEquals("no semaphore plug-in named 'nope'; known: " + String.join(", ", SemaphorePlugins.names()),
            e.getMessage());
    }

    @Test
    void everyWaitAndPostOfSemaphoresAndMutexesGoesThroughThePluginTryWaitDoesNot() {
        List<String> calls = new ArrayList<>();
        WaitAndPostFactory recording = (scheduler, data) -> new WaitAndPost() {
            private final KitWaitAndPost kit = new KitWaitAndPost(scheduler, data);

            @Override
            public void semWait(Semaphore sem) {
                calls.add("wait " + sem.name());
                kit.semWait(sem);
            }

            @Override
            public void semPost(Semaphore sem) {
                calls.add("post " + sem.name());
                kit.semPost(sem);
            }
        };
        try (Machine machine = SccBoot.boot(List.of(CoreId.of(0)), MachineConfig.DEFAULT, core -> {
            Kernel kernel = new Kernel(core, new KernelConfig(100, 0, true, false), k -> {
                Semaphore s = k.semaphores().create("s", 1);
                Mutex m = k.semaphores().createMutex("m");
                k.scheduler().create("user", Priority.NORMAL, () -> {
                    s.semWait();
                    s.semTryWait();
                    s.semPost();
                    m.lock();
                    m.unlock();
                });
            });
            kernel.setWaitAndPost(recording);
            return kernel::boot;
        })) {
            machine.run();
        }
        assertEquals(List.of("wait s", "post s", "wait m", "post m"), calls);
    }

    @Test
    void aQueueSlotOutsideTheRingIsRefusedByName() {
        List<String> messages = new ArrayList<>();
        try (Machine machine = SccBoot.boot(List.of(CoreId.of(0)), MachineConfig.DEFAULT, core -> {
            Kernel kernel = new Kernel(core, new KernelConfig(100, 0, true, false), k -> {
                Semaphore s = k.semaphores().create("items", 0);
                for (int slot : new int[] {-1, Semaphore.QUEUE_LENGTH}) {
                    messages.add(assertThrows(IndexOutOfBoundsException.class, () -> s.readQueue(slot)).getMessage());
                }
            });
            return kernel::boot;
        })) {
            machine.run();
        }
        assertEquals(List.of("semaphore \"items\": queue slot -1 is outside the ring of 58 slots (0..57)",
            "semaphore \"items\": queue slot 58 is outside the ring of 58 slots (0..57)"), messages);
    }
}
