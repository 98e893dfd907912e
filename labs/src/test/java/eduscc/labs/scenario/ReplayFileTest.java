package eduscc.labs.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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

    /** The plug-ins of the exercises that wrote replays later: each its own field, and a file without them reads as before. */
    @Test
    void everyPluginFieldSurvivesTheRoundTrip(@TempDir Path dir) throws Exception {
        Replay.Plugins all = new Replay.Plugins("kit", "kit", "kit", "kit", "kit", "kit", "kit", "kit", "kit", "kit",
            "kit", "kit", "kit");
        Replay replay = new Replay("apic-timer", "c", "interrupts", all, "tick:1", "6,607,059", "11,940,390");
        Path file = dir.resolve("apic-timer-check6.json");
        ReplayFile.write(file, replay);
        assertEquals(replay, ReplayFile.read(file));
        String text = Files.readString(file);
        for (String field : List.of("gdt", "idtGates", "elfLoader", "apicTimer", "contextSwitch", "syscalls")) {
            assertEquals(true, text.contains("\"" + field + "\" : \"kit\""), field + ": " + text);
        }
        assertEquals(Replay.Plugins.readyQueues("kit"),
            ReplayFile.parse("r.json", json("\"readyQueues\": \"kit\"", "\"scheduling\"", "\"tick:6\"")).kernel());
    }

    @Test
    void eachFactoryPutsItsPluginIntoItsOwnFieldOfTheLab() {
        KernelPart lab = ShippedLabs.load("interrupts").kernel();
        Map<Replay.Plugins, KernelPart> expected = Map.of(
            Replay.Plugins.gdt("g"), lab.withGdt("g"),
            Replay.Plugins.idtGates("i"), lab.withIdtGates("i"),
            Replay.Plugins.elfLoader("e"), lab.withElfLoader("e"),
            Replay.Plugins.apicTimer("a"), lab.withApicTimer("a"),
            Replay.Plugins.contextSwitch("c"), lab.withContextSwitch("c"),
            Replay.Plugins.syscalls("s"), lab.withSyscalls("s"),
            Replay.Plugins.resetStub("r"), lab.withResetStub("r"));
        expected.forEach((plugins, kernel) -> assertEquals(kernel, plugins.applyTo(lab), plugins.toString()));
        ScenarioException e = assertThrows(ScenarioException.class, () -> ReplayFile.parse("r.json",
            json("\"apicTimer\": \"nosuch\"", "\"interrupts\"", "\"tick:1\"")));
        assertEquals("kernel.apicTimer", e.path());
    }

    /** The reset stub came last: a replay of the boot lab with it reads back, and a file without it reads as before. */
    @Test
    void theResetStubSurvivesTheRoundTrip(@TempDir Path dir) throws Exception {
        Replay replay = new Replay("reset-stub", "c", "boot", Replay.Plugins.resetStub("kit"), "JavaEntry:1", "0x00090000",
            "0x00008000");
        Path file = dir.resolve("reset-stub-check5.json");
        ReplayFile.write(file, replay);
        assertEquals(replay, ReplayFile.read(file));
        assertEquals(true, Files.readString(file).contains("\"resetStub\" : \"kit\""));
        assertEquals("kit", replay.scenario().kernel().resetStub());
        assertEquals(null, ReplayFile.parse("r.json", json("\"syscalls\": \"kit\"", "\"boot\"", "\"tick:1\"")).kernel()
            .resetStub());
        ScenarioException e = assertThrows(ScenarioException.class, () -> ReplayFile.parse("r.json",
            json("\"resetStub\": \"nosuch\"", "\"boot\"", "\"JavaEntry:1\"")));
        assertEquals("kernel.resetStub", e.path());
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
