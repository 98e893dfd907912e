package eduscc.labs.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A replay file survives the round trip, and each kind of mistake in one names its field. */
class ReplayFileTest {
    private static final Replay REPLAY = new Replay("ready-queues", "the scheduling lab produces the reference ordering",
        "scheduling", Replay.Plugins.readyQueues("kit"), "tick:6", "t2 at tick 6", "t1 at tick 6");

    @Test
    void aWrittenReplayReadsBackTheSame(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("replays").resolve("ready-queues-7.json");
        ReplayFile.write(file, REPLAY);
        assertEquals(REPLAY, ReplayFile.read(file));
        String text = Files.readString(file);
        assertEquals(true, text.contains("\"readyQueues\" : \"kit\""), text);
        assertEquals(false, text.contains("pageFaults"), "the kit's own plug-ins are left out: " + text);
    }

    @Test
    void theScenarioIsTheShippedLabWithThePlugin() {
        Replay pageFaults = new Replay("page-faults", "c", "paging", Replay.Plugins.pageFaults("kit"), "tick:1", "a", "b");
        assertEquals("kit", pageFaults.scenario().kernel().pageFaults());
        assertEquals(ShippedLabs.load("paging").cores(), pageFaults.scenario().cores());
    }

    @Test
    void anUnknownPluginIsNamedByItsField() {
        String json = json("\"readyQueues\": \"com.evil.Queue\"", "\"scheduling\"", "\"tick:6\"");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ReplayFile.parse("r.json", json));
        assertEquals("kernel.readyQueues", e.path());
        assertEquals(true, e.problem().contains("no ready-queue plug-in named"), e.problem());
    }

    @Test
    void aLabTheKitDoesNotShipIsRefused() {
        ScenarioException e = assertThrows(ScenarioException.class,
            () -> ReplayFile.parse("r.json", json("\"readyQueues\": \"kit\"", "\"nosuch\"", "\"tick:6\"")));
        assertEquals("lab", e.path());
    }

    @Test
    void aMissingStopAndAnUnknownFieldAreNamed() {
        ScenarioException missing = assertThrows(ScenarioException.class,
            () -> ReplayFile.parse("r.json", json("\"readyQueues\": \"kit\"", "\"scheduling\"", "null")));
        assertEquals("stopAt", missing.path());
        ScenarioException unknown = assertThrows(ScenarioException.class,
            () -> ReplayFile.parse("r.json", json("\"readyQueues\": \"kit\", \"class\": \"x\"", "\"scheduling\"", "\"tick:6\"")));
        assertEquals("kernel.class", unknown.path());
    }

    @Test
    void aMissingFileSaysSo(@TempDir Path dir) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ReplayFile.read(dir.resolve("none.json")));
        assertEquals("no such file", e.problem());
    }

    private static String json(String kernel, String lab, String stopAt) {
        return "{\"exercise\": \"ready-queues\", \"check\": \"c\", \"lab\": " + lab + ", \"kernel\": {" + kernel
            + "}, \"stopAt\": " + stopAt + ", \"expected\": \"a\", \"actual\": \"b\"}";
    }
}
