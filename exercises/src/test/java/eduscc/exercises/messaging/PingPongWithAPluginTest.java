package eduscc.exercises.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eduscc.kernel.ipc.MessagingPlugins;
import eduscc.kernel.sched.ReadyQueuePlugins;
import eduscc.labs.run.BootedLab;
import eduscc.labs.run.LabRunner;
import eduscc.labs.scenario.Scenario;
import eduscc.labs.scenario.ShippedLabs;
import eduscc.machine.Machine;
import eduscc.machine.time.Clocks;
import eduscc.machine.trace.TraceEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A lab that names a messaging plug-in runs with it, over the plug-in's own gory layer: the
 * ping-pong lab with a student's correct answer moves the same messages as with the kit's, and
 * with one that forgets the fooling store its cores never get past the first message.
 */
class PingPongWithAPluginTest {
    /** One simulated second: the lab is over after its third tick. */
    private static final long UNTIL_CYCLES = 533_333_333L;
    /** Past the lab's first tick (10 ms), when core 0 sends; spinning cores are slow to simulate. */
    private static final long SHORT_CYCLES = 20_000_000L;

    private static List<String> messages(String plugin) {
        return messages(plugin, UNTIL_CYCLES);
    }

    private static List<String> messages(String plugin, long untilCycles) {
        Scenario lab = ShippedLabs.load("ping-pong");
        lab = lab.withKernel(lab.kernel().withMessaging(plugin));
        try (BootedLab booted = LabRunner.boot(lab, ReadyQueuePlugins.get(lab.kernel().readyQueues()))) {
            Machine machine = booted.machine();
            machine.run(untilCycles * Clocks.TILE_533_UNITS);
            return machine.trace().entries().stream().filter(e -> e.event() instanceof TraceEvent.MessageSent
                || e.event() instanceof TraceEvent.MessageReceived || e.event() instanceof TraceEvent.Panic)
                .map(e -> "core " + e.core() + ": " + e.event()).toList();
        }
    }

    @Test
    void aCorrectAnswerMovesTheSameMessagesAsTheKit() {
        MessagingPlugins.register("solved", new Submission(SolvedMessaging.class.getName()).whole());
        List<String> kit = messages(MessagingPlugins.KIT);
        assertEquals(8, kit.size(), "32 and 8192 bytes there and back: " + kit);
        assertEquals(kit, messages("solved"));
    }

    @Test
    void withoutTheFoolingStoreNoMessageArrives() {
        MessagingPlugins.register("no-fooling",
            new Submission(PlantedBugs.ForgetsTheFoolingStore.class.getName()).whole());
        assertEquals(List.of(), messages("no-fooling", SHORT_CYCLES), "the first sent flag stays in core 0's write-combine buffer");
    }
}
