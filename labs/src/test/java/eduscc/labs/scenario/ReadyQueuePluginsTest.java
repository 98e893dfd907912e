package eduscc.labs.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.kernel.sched.ReadyQueueFactory;
import eduscc.kernel.sched.ReadyQueuePlugins;
import eduscc.kernel.sched.ReadyQueues;
import org.junit.jupiter.api.Test;

/** The kernel's registry of ready queues, as the labs use it: only registered names can be run. */
class ReadyQueuePluginsTest {

    @Test
    void theKitsQueueIsAlwaysRegistered() {
        assertSame(ReadyQueueFactory.KIT, ReadyQueuePlugins.get("kit"));
        assertTrue(ReadyQueuePlugins.names().contains("kit"));
    }

    @Test
    void anUnknownNameListsTheKnownOnesSorted() {
        ReadyQueuePlugins.register("zz-test", ReadyQueues::new);
        ReadyQueuePlugins.register("aa-test", ReadyQueues::new);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReadyQueuePlugins.get("nope"));
        assertTrue(e.getMessage().startsWith("no ready-queue plug-in named 'nope'; known: aa-test, "), e.getMessage());
        assertTrue(e.getMessage().endsWith(", zz-test"), e.getMessage());
        assertEquals(ReadyQueuePlugins.names().stream().sorted().toList(), ReadyQueuePlugins.names());
    }

    @Test
    void theKitCannotBeReplacedAndNamesAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> ReadyQueuePlugins.register("kit", ReadyQueues::new));
        assertThrows(IllegalArgumentException.class, () -> ReadyQueuePlugins.register("Has Space", ReadyQueues::new));
    }
}
