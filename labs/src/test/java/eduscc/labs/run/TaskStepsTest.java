package eduscc.labs.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eduscc.labs.scenario.ScenarioReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The step kinds a lab task can run, each doing what its kernel call does. */
class TaskStepsTest {
    private static final String LAB = """
        {"name": "steps", "machine": {"cores": [0]},
         "cores": [{"pid": 0, "tasks": [
           {"name": "parent", "priority": 8, "steps": [
             {"type": "print", "text": "parent\\n"},
             {"type": "wake", "task": "child"},
             {"type": "spawn", "name": "child", "priority": 16, "steps": [
               {"type": "print", "text": "child\\n"}, {"type": "work", "cycles": 1000}, {"type": "exit", "code": 7}]},
             {"type": "wait", "task": "child"},
             {"type": "print", "text": "parent: child done\\n"}]},
           {"name": "a", "priority": 4, "steps": [
             {"type": "print", "text": "a1\\n"}, {"type": "yield"}, {"type": "print", "text": "a2\\n"}]},
           {"name": "b", "priority": 4, "steps": [
             {"type": "print", "text": "b1\\n"}, {"type": "yield"}, {"type": "print", "text": "b2\\n"}]}]}]}
        """;

    @Test
    void spawnWaitYieldAndExitCodes() {
        RunReport report = LabRunner.run(ScenarioReader.parse("steps.json", LAB), LabRunner.DEFAULT_UNTIL_CYCLES,
            cycle -> { });
        CoreRun core = report.core(0);
        assertEquals(List.of(), report.failures());
        assertEquals("parent\nchild\nparent: child done\na1\nb1\na2\nb2\n", core.console(),
            "waking the child before it exists does nothing; wait blocks the parent until the child exits");
        assertEquals(List.of("idle -> parent", "parent -> child", "child -> parent", "parent -> a", "a -> b",
            "b -> a", "a -> b", "b -> idle"),
            core.switches().stream().map(s -> s.from() + " -> " + s.to()).toList());
        assertEquals(List.of("higher priority ready", "current blocked", "current finished", "current finished",
            "round robin", "round robin", "current finished", "idle"),
            core.switches().stream().map(CoreRun.Switch::reason).toList());
        assertEquals(7, core.tasks().stream().filter(t -> t.name().equals("child")).findFirst().orElseThrow().exitCode());
        assertEquals(1, core.ticks(), "nothing here waits for the timer: all of it happens at tick 1");
    }
}
